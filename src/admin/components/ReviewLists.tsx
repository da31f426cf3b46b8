// The review's lists: the month's redemptions (月兑换) and the top volunteers of a quarter or year
// (季小评、年总评), the street's and each community's, high scorers marked 「推荐集中兑换」 in words.
import { Text, View } from '@tarojs/components';
import { Card, Notice } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { formatDateTime, hoursOf } from '@/services';

type Review = ActionOutput<'bank', 'reviews'>;
type Ranked = NonNullable<Review['street']>[number];

export function RedemptionList({ r }: { r: NonNullable<Review['redemptions']> }) {
  return (
    <Card title={`兑换 ${r.count} 笔，共 ${r.points} 积分`} id='review-redemptions'>
      {r.items.length === 0 && <Text className='meta'>这个月还没有兑换。</Text>}
      {r.items.map((i) => (
        <View className='review-row' key={i.id} id={`redeemed-${i.id}`}>
          <Text className='body-text'>{`${i.name}（${i.communityName}）`}</Text>
          <Text className='meta'>{`${i.shopName} · ${i.what} · ${i.points} 积分 · ${formatDateTime(i.redeemedAt)}`}</Text>
        </View>
      ))}
    </Card>
  );
}

function RankedRows({ list, prefix }: { list: Ranked[]; prefix: string }) {
  if (list.length === 0) return <Text className='meta'>这段时间还没有服务记录。</Text>;
  return (
    <>
      {list.map((s, i) => (
        <View className='review-row' key={`${prefix}-${i}`} data-flagged={s.flagged}>
          <Text className='body-text'>{`${i + 1}. ${s.name}（${s.communityName}）`}</Text>
          <Text className='meta'>
            {`${s.points} 积分 · ${hoursOf(s.minutes)} 小时`}
            {s.flagged ? ' · ★推荐集中兑换' : ''}
          </Text>
        </View>
      ))}
    </>
  );
}

export function TopVolunteers({ review }: { review: Review }) {
  return (
    <>
      {review.flagAt !== undefined && (
        <Notice kind='info'>{`本期获得 ${review.flagAt} 积分及以上的志愿者标为「推荐集中兑换」，报总行统一兑换。`}</Notice>
      )}
      {review.street && (
        <Card title='街道排名' id='review-street'>
          <RankedRows list={review.street} prefix='street' />
        </Card>
      )}
      <View className='review-grid'>
        {(review.communities ?? []).map((c) => (
          <Card key={c.communityId} title={c.communityName} className='review-community' id={`review-${c.communityId}`}>
            <RankedRows list={c.top} prefix={c.communityId} />
          </Card>
        ))}
      </View>
      {(review.communities ?? []).length === 0 && <Text className='meta'>这段时间还没有服务记录。</Text>}
    </>
  );
}
