// The whole wish as the centre sees it (full contact: dispatchers may call the resident).
import { Text, View } from '@tarojs/components';
import { InfoRow, StatusTag } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { categoryLabel, describeDate, formatDateTime, TIME_WINDOW_LABELS } from '@/services';
import { backReason, isOverdue } from './format';
import './ui.scss';

export function WishFacts({ wish, teamName }: { wish: WishView; teamName?: string }) {
  const overdue = isOverdue(wish);
  const reason = backReason(wish);
  return (
    <View className={`card wish-facts${wish.urgency === 'urgent' || overdue ? ' d-card-alert' : ''}`} id='wish-facts'>
      <View className='d-row'>
        <Text className='d-head wish-category'>{categoryLabel(wish.category)}</Text>
        {wish.urgency === 'urgent' && <Text className='d-tag d-tag-alert'>加急</Text>}
        {overdue && <Text className='d-tag d-tag-alert'>已超时</Text>}
      </View>
      <View id='wish-status' data-status={wish.status}>
        <StatusTag status={wish.status} />
      </View>
      <Text className='d-text wish-description'>{wish.description}</Text>
      {wish.photos.length > 0 && <Text className='d-meta'>附照片 {wish.photos.length} 张</Text>}
      <InfoRow label='地点' value={`楼栋 ${wish.buildingId} · ${wish.room} 室`} />
      <InfoRow label='联系人' value={`${wish.contact.name} ${wish.contact.phone}${wish.proxy ? '（帮办代提）' : ''}`} className='wish-contact' />
      <InfoRow label='希望时间' value={`${describeDate(wish.preferredTime.date)} ${TIME_WINDOW_LABELS[wish.preferredTime.window]}`} />
      <InfoRow label='提交于' value={formatDateTime(wish.createdAt)} />
      <InfoRow label='办理时限' value={`${formatDateTime(wish.dueAt)}${overdue ? '（已超时）' : ''}`} className={`wish-due${overdue ? ' d-meta-alert' : ''}`} />
      {wish.teamId && <InfoRow label='承办队' value={teamName ?? wish.teamId} className='wish-team' />}
      {reason && <Text className='d-reason wish-reason'>{reason}</Text>}
      {wish.rejectReason && <Text className='d-reason wish-reason'>不予受理：{wish.rejectReason}</Text>}
    </View>
  );
}
