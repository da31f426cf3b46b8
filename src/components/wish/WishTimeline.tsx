// What happened to a wish so far, newest first, with who acted by role (never by name): the same
// card on the resident's detail, the centre's order and the volunteer's order.
import type { ReactNode } from 'react';
import { Card } from '@/components/Card';
import type { WishView } from '@/domain/wish/view';
import { wishSteps } from './steps';
import { Timeline } from './Timeline';

interface Props {
  wish: Pick<WishView, 'createdAt' | 'proxy' | 'history' | 'rating'>;
  /** The resident's own wish: the first step reads 我. */
  filedByMe?: boolean;
  title?: string;
  /** Beside the title (the resident's 刷新). */
  action?: ReactNode;
  id?: string;
  className?: string;
}

export function WishTimeline({ wish, filedByMe, title = '办理记录', action, id, className }: Props) {
  return (
    <Card title={title} action={action} id={id} className={className}>
      <Timeline steps={wishSteps(wish, { filedByMe })} id='timeline' />
    </Card>
  );
}
