import { Image, Text, View } from '@tarojs/components';
import { Card, InfoRow, Notice, StarRating, StatusTag } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { categoryLabel, describeDate, formatDateTime, PHOTOS_SUPPORTED, TIME_WINDOW_LABELS } from '@/services';

/** What was asked, its status, and what happened: `#wish-status` (`data-status`), `.wish-description`. */
export function WishInfo({ wish }: { wish: WishView }) {
  const when = [describeDate(wish.preferredTime.date), TIME_WINDOW_LABELS[wish.preferredTime.window]];
  return (
    <Card className='wish-info'>
      <View className='info-head'>
        <Text className='info-category'>{categoryLabel(wish.category)}</Text>
        {wish.urgency === 'urgent' ? <Text className='info-urgent'>紧急</Text> : null}
      </View>
      <View id='wish-status' data-status={wish.status}>
        <StatusTag status={wish.status} className='info-status' />
      </View>
      {wish.rejectReason ? (
        <Notice kind='error' id='reject-reason'>
          {`社区未受理：${wish.rejectReason}`}
        </Notice>
      ) : null}
      <Text className='wish-description'>{wish.description}</Text>
      {wish.photos.length > 0 && PHOTOS_SUPPORTED ? (
        <View className='info-photos'>
          {wish.photos.map((p) => (
            <Image key={p} className='info-photo' src={p} mode='aspectFill' />
          ))}
        </View>
      ) : null}
      {wish.photos.length > 0 && !PHOTOS_SUPPORTED ? <InfoRow label='照片' value={`${wish.photos.length}张（请在微信小程序中查看）`} /> : null}
      <InfoRow label='希望时间' value={when} />
      <InfoRow label='门牌号' value={wish.room} />
      <InfoRow label='联系人' value={[wish.contact.name, wish.contact.phone]} />
      <InfoRow label='提交时间' value={formatDateTime(wish.createdAt)} />
      {wish.completion ? (
        <View className='completion' id='completion'>
          <Text className='completion-title'>志愿者的服务记录</Text>
          <Text className='completion-text'>{wish.completion.summary}</Text>
          <Text className='completion-meta'>{`用时 ${wish.completion.minutes} 分钟 · ${formatDateTime(wish.completion.at)}`}</Text>
        </View>
      ) : null}
      {wish.rating ? (
        <View className='my-rating' id='my-rating'>
          <Text className='completion-title'>我的评价</Text>
          <StarRating value={wish.rating.stars} />
          {wish.rating.comment ? <Text className='completion-text'>{wish.rating.comment}</Text> : null}
        </View>
      ) : null}
    </Card>
  );
}
