// One wish waiting at the centre: what, where, by when, and why it is back (if it is).
import { Text } from '@tarojs/components';
import { Tappable } from '@/components';
import { StatusTag } from '@/components/wish/StatusTag';
import { needsAttention, WishHead } from '@/components/wish/WishHead';
import { DueLine } from '@/components/wish/DueLine';
import type { WishView } from '@/domain/wish/view';
import { backReason, clip, placeText } from '@/services';
import { EscalationTags } from './EscalationTags';

interface Props {
  wish: WishView;
  now: number;
  /** The one open on the right of the desk (wide screens). */
  selected?: boolean;
  onOpen: (id: string) => void;
}

export function QueueCard({ wish, now, selected, onOpen }: Props) {
  const reason = backReason(wish);
  return (
    <Tappable
      role='link'
      className={`card queue-card${needsAttention(wish, now) ? ' card--alert' : ''}${selected ? ' card--selected' : ''}`}
      id={`queue-card-${wish.id}`}
      data-status={wish.status}
      onClick={() => onOpen(wish.id)}
    >
      <WishHead wish={wish} prefix='queue' now={now} />
      <StatusTag status={wish.status} className='queue-status' />
      <EscalationTags wish={wish} prefix='queue' />
      <Text className='body-text queue-description'>{clip(wish.description, 60)}</Text>
      <Text className='meta queue-building'>{placeText(wish)}</Text>
      <DueLine wish={wish} now={now} className='meta queue-due' label='办理时限' />
      {reason ? <Text className='reason queue-reason'>{reason}</Text> : null}
    </Tappable>
  );
}
