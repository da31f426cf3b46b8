// 已退回重办: a service of mine the resident sent back (≤2★). The order stays readable for me: the
// resident's reason, the stars, and the minutes kept in my passbook (no points unless the centre awards).
import { Text, View } from '@tarojs/components';
import { Card } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { formatDateTime } from '@/services';

export function SentBackCard({ order }: { order: WishView }) {
  const mine = (order.attempts ?? []).filter((a) => a.byMe);
  if (mine.length === 0) return null;
  return (
    <Card title='已退回重办' id='sent-back' className='card--alert'>
      {mine.map((a) => (
        <View className='sent-back-attempt' key={a.at}>
          <Text className='body-text sent-back-reason'>居民的意见：{a.reason ?? '（没有写原因）'}</Text>
          <Text className='meta'>
            {formatDateTime(a.at)} · {a.stars} 星 · 服务 {a.minutes} 分钟已记入存折（不计积分）
          </Text>
        </View>
      ))}
      <Text className='meta'>这一单已交回中心，另派服务队重办，您不用再处理。如中心认定您确实尽力了，会为您补记积分。</Text>
    </Card>
  );
}
