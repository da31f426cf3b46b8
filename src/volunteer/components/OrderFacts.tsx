// The order as a volunteer reads it before going: what, where, when, by when, which team.
import { Text, View } from '@tarojs/components';
import { Card, InfoRow, StatusTag } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { categoryLabel, describeDate, formatDateTime, TIME_WINDOW_LABELS } from '@/services';
import { isOverdue } from './format';
import './ui.scss';

export function OrderFacts({ order, teamName }: { order: WishView; teamName?: string }) {
  const overdue = isOverdue(order);
  return (
    <Card className={`order-facts${order.urgency === 'urgent' || overdue ? ' v-card-alert' : ''}`} id='order-facts'>
      <View className='v-row'>
        <Text className='v-head order-category'>{categoryLabel(order.category)}</Text>
        {order.urgency === 'urgent' && <Text className='v-tag v-tag-alert'>加急</Text>}
        {overdue && <Text className='v-tag v-tag-alert'>已超时</Text>}
      </View>
      <View id='order-status' data-status={order.status}>
        <StatusTag status={order.status} />
      </View>
      <Text className='v-text order-description'>{order.description}</Text>
      <InfoRow label='地点' value={`楼栋 ${order.buildingId} · ${order.room} 室`} className='order-place' />
      <InfoRow label='希望时间' value={`${describeDate(order.preferredTime.date)} ${TIME_WINDOW_LABELS[order.preferredTime.window]}`} />
      <InfoRow label='办理时限' value={`${formatDateTime(order.dueAt)}${overdue ? '（已超时）' : ''}`} className={overdue ? 'v-alert' : ''} />
      {teamName && <InfoRow label='服务队' value={teamName} />}
    </Card>
  );
}
