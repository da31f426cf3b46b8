// The passbook's lines (存折明细): when, what for, points and minutes credited.
import { Text, View } from '@tarojs/components';
import { Card } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { formatDateTime } from '@/services';

type Entry = ActionOutput<'volunteer', 'passbook'>['entries'][number];

export function PassbookEntries({ entries }: { entries: Entry[] }) {
  return (
    <Card title='明细' id='passbook-entries'>
      {entries.length === 0 && (
        <Text className='meta' id='passbook-empty'>
          还没有积分记录。完成服务并经居民评价后，积分会存入这里。
        </Text>
      )}
      {entries.map((e) => (
        <View className='passbook-entry' key={e.id} id={`entry-${e.id}`}>
          <View className='entry-body'>
            <Text className='body-text entry-memo'>{e.memo}</Text>
            <Text className='meta'>
              {formatDateTime(e.at)}
              {e.minutes > 0 ? ` · 服务 ${e.minutes} 分钟` : ''}
            </Text>
          </View>
          {/* A sent-back service keeps its hours without points (重办): say so rather than show +0. */}
          <Text className={`entry-points${e.points < 0 ? ' entry-points--minus' : ''}`} data-kind={e.kind}>
            {e.kind === 'service_hours' ? '只记时长' : e.points > 0 ? `+${e.points}` : e.points}
          </Text>
        </View>
      ))}
    </Card>
  );
}
