// The activity's head counts for its organiser: 已报名 x/quota, 候补 n, 居民说会来 n.
import { Text, View } from '@tarojs/components';
import { Card } from '@/components';
import type { ActivityDetail } from '@/services/activities';
import './organiser.scss';

/** `#activity-counts`: `#count-signed`, `#count-waiting`, `#count-willcome` (`data-count`). */
export function Counts({ a }: { a: ActivityDetail }) {
  const tile = (id: string, value: string, count: number, label: string) => (
    <View className='stat' id={id} data-count={count}>
      <Text className='stat-value'>{value}</Text>
      <Text className='stat-label'>{label}</Text>
    </View>
  );
  return (
    <Card id='activity-counts'>
      <View className='stats'>
        {tile('count-signed', `${a.signedUp}/${a.quota}`, a.signedUp, '已报名')}
        {tile('count-waiting', String(a.waiting), a.waiting, '候补')}
        {tile('count-willcome', String(a.willCome), a.willCome, '居民说会来')}
      </View>
    </Card>
  );
}
