// What was done (the volunteer's record) and how the resident rated it.
import { Text } from '@tarojs/components';
import { Card, InfoRow, StarRating } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { formatDateTime } from '@/services';
import './ui.scss';

export function CompletionCard({ order }: { order: WishView }) {
  if (!order.completion) return null;
  const { summary, minutes, at } = order.completion;
  return (
    <Card title='服务记录' id='order-completion'>
      <Text className='v-text completion-summary'>{summary}</Text>
      <InfoRow label='服务时长' value={`${minutes} 分钟`} className='completion-minutes' />
      <InfoRow label='完成于' value={formatDateTime(at)} />
      {order.rating ? (
        <>
          <StarRating value={order.rating.stars} id='order-rating' />
          {order.rating.comment && <Text className='v-text rating-comment'>“{order.rating.comment}”</Text>}
        </>
      ) : (
        <Text className='v-meta'>等待居民评价</Text>
      )}
    </Card>
  );
}
