// A wish's due time as one line of a card (办理时限：周三 17:30 前; the resident's 预计 周三 前上门), while
// someone still has to act on it. Late reads 「已超时 2 天」 in words and carries the alert colour and a
// mark, so it is never told by colour alone (`data-overdue` for tests).
import { Text } from '@tarojs/components';
import { wishDueText } from '@/domain/dueText';
import type { WishView } from '@/domain/wish/view';

interface Props {
  wish: Pick<WishView, 'dueAt' | 'status' | 'serviceDay'>;
  now: number;
  className: string;
  /** Shown before the text (办理时限); the resident's line has none. */
  label?: string;
  resident?: boolean;
}

export function DueLine({ wish, now, className, label, resident }: Props) {
  const due = wishDueText(wish, now, resident);
  if (!due) return null;
  return (
    <Text className={`${className}${due.overdue ? ' alert-text due-overdue' : ''}`} data-overdue={due.overdue ? 'true' : 'false'}>
      {`${label ? `${label}：` : ''}${due.overdue ? '⚠ ' : ''}${due.text}`}
    </Text>
  );
}
