// A wish's first line on every page: what kind of help, and the flags that need attention first.
import { Text, View } from '@tarojs/components';
import { isWishOverdue } from '@/domain/sla';
import type { WishView } from '@/domain/wish/view';
import { categoryLabel, URGENCY_LABELS } from '@/services';

type Head = Pick<WishView, 'category' | 'urgency' | 'status' | 'dueAt'>;

interface Props {
  wish: Head;
  /** Class prefix for tests: `<prefix>-category`, `<prefix>-urgent`, `<prefix>-overdue` (e.g. `queue`, `order`). */
  prefix: string;
  /** Given on the centre's and volunteers' pages: the wish is flagged 已超时 once past due (domain/sla). */
  now?: number;
  /** The resident's pages: bigger text. */
  large?: boolean;
}

/** Whether the card around this head should carry the red edge (`Card alert`). */
export const needsAttention = (wish: Head, now: number) => wish.urgency === 'urgent' || isWishOverdue(wish, now);

export function WishHead({ wish, prefix, now, large }: Props) {
  const overdue = now !== undefined && isWishOverdue(wish, now);
  return (
    <View className={`row wish-head${large ? ' wish-head--large' : ''}`}>
      <Text className={`item-title ${prefix}-category`}>{categoryLabel(wish.category)}</Text>
      {wish.urgency === 'urgent' ? <Text className={`tag tag--alert ${prefix}-urgent`}>{URGENCY_LABELS.urgent}</Text> : null}
      {overdue ? <Text className={`tag tag--alert ${prefix}-overdue`}>已超时</Text> : null}
    </View>
  );
}
