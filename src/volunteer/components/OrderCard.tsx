// One order in the hall: what, where (小区 楼栋; the room once it is mine), when the resident would like
// it, by when, the centre's note (中心留言), the resident as this viewer may see them, and (on the
// 待接单 tab) the 接单 button. Tapping the card opens the order.
import { Text, View } from '@tarojs/components';
import { BigButton, Tappable } from '@/components';
import { StatusTag } from '@/components/wish/StatusTag';
import { needsAttention, WishHead } from '@/components/wish/WishHead';
import { DueLine } from '@/components/wish/DueLine';
import type { WishView } from '@/domain/wish/view';
import { clip, dispatchNote, placeText, preferredTimeLine } from '@/services';

interface Props {
  order: WishView;
  now: number;
  teamName?: string;
  busy: boolean;
  onOpen: (id: string) => void;
  /** Given on the 待接单 tab. */
  onClaim?: (id: string) => void;
}

export function OrderCard({ order, now, teamName, busy, onOpen, onClaim }: Props) {
  const note = dispatchNote(order);
  return (
    <View
      className={`card order-card${needsAttention(order, now) ? ' card--alert' : ''}`}
      id={`order-card-${order.id}`}
      data-status={order.status}
    >
      <Tappable role='link' onClick={() => onOpen(order.id)} className='order-card-body'>
        <WishHead wish={order} prefix='order' now={now} />
        <StatusTag status={order.status} className='order-status' />
        <Text className='body-text order-description'>{clip(order.description, 60)}</Text>
        <Text className='meta order-place'>{`地点：${placeText(order)}`}</Text>
        <Text className='meta order-time'>{`希望时间：${preferredTimeLine(order.preferredTime, new Date(now))}`}</Text>
        {note ? <Text className='meta order-note'>{`中心留言：${clip(note, 40)}`}</Text> : null}
        <Text className='meta order-contact'>
          联系人：{order.contact.name} <Text className='order-phone'>{order.contact.phone}</Text>
        </Text>
        <DueLine wish={order} now={now} className='meta order-due' label='办理时限' />
        {teamName && <Text className='meta order-team'>服务队：{teamName}</Text>}
      </Tappable>
      {onClaim ? (
        <BigButton className='claim-button' id={`claim-${order.id}`} busy={busy} onClick={() => onClaim(order.id)}>
          接单
        </BigButton>
      ) : (
        <BigButton kind='secondary' className='open-button' id={`open-${order.id}`} onClick={() => onOpen(order.id)}>
          {order.status === 'claimed' ? '查看并签到' : order.status === 'in_service' ? '去完成服务' : '查看详情'}
        </BigButton>
      )}
    </View>
  );
}
