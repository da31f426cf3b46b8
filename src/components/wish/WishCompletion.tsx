// What the volunteer recorded when the service was done, and the resident's rating of it.
import { Text } from '@tarojs/components';
import { Card, InfoRow } from '@/components/Card';
import { StarRating } from '@/components/StarRating';
import type { WishView } from '@/domain/wish/view';
import { formatDateTime } from '@/services';

interface Props {
  wish: Pick<WishView, 'completion' | 'rating'>;
  /** The resident's own wish: the rating reads 我的评价, and no 等待居民评价 line. */
  mine?: boolean;
  /** For tests: `#completion` / `#my-rating` (resident), `#order-completion` / `#order-rating` (volunteer). */
  id: string;
  ratingId: string;
}

/** `.completion-summary`, `.completion-minutes`, `.rating-comment`. */
export function WishCompletion({ wish, mine, id, ratingId }: Props) {
  if (!wish.completion) return null;
  const { summary, minutes, at } = wish.completion;
  return (
    <Card title='服务记录' id={id}>
      <Text className='body-text completion-summary'>{summary}</Text>
      <InfoRow label='服务时长' value={`${minutes} 分钟`} className='completion-minutes' />
      <InfoRow label='完成于' value={formatDateTime(at)} />
      {wish.rating ? (
        <>
          <Text className='field-label gap-top'>{mine ? '我的评价' : '居民评价'}</Text>
          <StarRating value={wish.rating.stars} id={ratingId} />
          {wish.rating.comment ? <Text className='body-text rating-comment'>{`“${wish.rating.comment}”`}</Text> : null}
        </>
      ) : mine ? null : (
        <Text className='meta'>等待居民评价</Text>
      )}
    </Card>
  );
}
