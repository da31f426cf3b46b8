// The passbook's lines (存折明细): when, what for, points and minutes credited.
import { Text, View } from '@tarojs/components';
import { Card } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { formatDateTime } from '@/services';
import './stats.scss';
import './ui.scss';

type Entry = ActionOutput<'volunteer', 'passbook'>['entries'][number];

export function PassbookEntries({ entries }: { entries: Entry[] }) {
  return (
    <Card title='明细' id='passbook-entries'>
      {entries.length === 0 && (
        <Text className='v-meta' id='passbook-empty'>
          还没有积分记录。完成服务并经居民评价后，积分会存入这里。
        </Text>
      )}
      {entries.map((e) => (
        <View className='v-entry passbook-entry' key={e.id} id={`entry-${e.id}`}>
          <View className='v-entry-body'>
            <Text className='v-text entry-memo'>{e.memo}</Text>
            <Text className='v-meta'>
              {formatDateTime(e.at)}
              {e.minutes > 0 ? ` · 服务 ${e.minutes} 分钟` : ''}
            </Text>
          </View>
          <Text className={`v-entry-points entry-points${e.points < 0 ? ' v-entry-points--minus' : ''}`}>{e.points > 0 ? `+${e.points}` : e.points}</Text>
        </View>
      ))}
    </Card>
  );
}
