// One wish waiting at the centre: what, where, by when, and why it is back (if it is).
import { Text, View } from '@tarojs/components';
import { StatusTag } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { categoryLabel, formatDateTime } from '@/services';
import { backReason, clip, isOverdue } from './format';
import './ui.scss';

export function QueueCard({ wish, onOpen }: { wish: WishView; onOpen: (id: string) => void }) {
  const overdue = isOverdue(wish);
  const urgent = wish.urgency === 'urgent';
  const reason = backReason(wish);
  return (
    <View
      className={`card queue-card${urgent || overdue ? ' d-card-alert' : ''}`}
      id={`queue-card-${wish.id}`}
      data-status={wish.status}
      onClick={() => onOpen(wish.id)}
    >
      <View className='d-row'>
        <Text className='d-head queue-category'>{categoryLabel(wish.category)}</Text>
        {urgent && <Text className='d-tag d-tag-alert queue-urgent'>加急</Text>}
        {overdue && <Text className='d-tag d-tag-alert queue-overdue'>已超时</Text>}
      </View>
      <StatusTag status={wish.status} className='queue-status' />
      <Text className='d-text queue-description'>{clip(wish.description, 60)}</Text>
      <Text className='d-meta queue-building'>
        楼栋 {wish.buildingId} · {wish.room} 室
      </Text>
      <Text className={`d-meta queue-due${overdue ? ' d-meta-alert' : ''}`}>
        {overdue ? '已超时，时限' : '办理时限'} {formatDateTime(wish.dueAt)}
      </Text>
      {reason && <Text className='d-reason queue-reason'>{reason}</Text>}
    </View>
  );
}
