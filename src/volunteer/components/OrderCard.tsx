// One order in the hall: what, where, by when, the resident as this viewer may see them, and
// (on the 待接单 tab) the 抢单 button. Tapping the card opens the order.
import { Text, View } from '@tarojs/components';
import { BigButton, StatusTag } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { categoryLabel, formatDateTime } from '@/services';
import { clip, isOverdue } from './format';
import './ui.scss';

interface Props {
  order: WishView;
  teamName?: string;
  busy: boolean;
  onOpen: (id: string) => void;
  /** Given on the 待接单 tab. */
  onClaim?: (id: string) => void;
}

export function OrderCard({ order, teamName, busy, onOpen, onClaim }: Props) {
  const overdue = isOverdue(order);
  const urgent = order.urgency === 'urgent';
  return (
    <View className={`card order-card${urgent || overdue ? ' v-card-alert' : ''}`} id={`order-card-${order.id}`} data-status={order.status}>
      <View onClick={() => onOpen(order.id)} className='order-card-body'>
        <View className='v-row'>
          <Text className='v-head order-category'>{categoryLabel(order.category)}</Text>
          {urgent && <Text className='v-tag v-tag-alert order-urgent'>加急</Text>}
          {overdue && <Text className='v-tag v-tag-alert order-overdue'>已超时</Text>}
        </View>
        <StatusTag status={order.status} className='order-status' />
        <Text className='v-text order-description'>{clip(order.description, 60)}</Text>
        <Text className='v-meta order-place'>
          地点：楼栋 {order.buildingId} · {order.room} 室
        </Text>
        <Text className='v-meta order-contact'>
          联系人：{order.contact.name} <Text className='order-phone'>{order.contact.phone}</Text>
        </Text>
        <Text className={`v-meta order-due${overdue ? ' v-alert' : ''}`}>办理时限：{formatDateTime(order.dueAt)}</Text>
        {teamName && <Text className='v-meta order-team'>服务队：{teamName}</Text>}
      </View>
      {onClaim ? (
        <BigButton className='claim-button' id={`claim-${order.id}`} busy={busy} onClick={() => onClaim(order.id)}>
          抢单
        </BigButton>
      ) : (
        <BigButton kind='secondary' className='open-button' id={`open-${order.id}`} onClick={() => onOpen(order.id)}>
          {order.status === 'claimed' ? '查看并签到' : order.status === 'in_service' ? '去完成服务' : '查看详情'}
        </BigButton>
      )}
    </View>
  );
}
