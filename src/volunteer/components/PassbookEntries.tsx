// The passbook's lines (存折明细): when, what (memo and category), points in or out said with a sign
// and a word (not colour alone), and the balance after each line.
import { Text, View } from '@tarojs/components';
import { Card } from '@/components';
import { CATEGORY_LABELS } from '@/domain/bank/ledger';
import type { ActionOutput } from '@/domain/schemas';
import { formatDateTime } from '@/services';

type Entry = ActionOutput<'volunteer', 'passbook'>['entries'][number];

/**
 * `+20` / `−50` (a true minus sign); 只记时长 for a sent-back service's hours; 已兑换 for the counter's
 * confirmation, whose points left the passbook when it was reserved (the line above it).
 */
export function pointsText(e: Pick<Entry, 'kind' | 'points'>): string {
  if (e.kind === 'service_hours') return '只记时长';
  if (e.kind === 'redemption' && e.points === 0) return '已兑换';
  return e.points > 0 ? `+${e.points}` : e.points < 0 ? `−${-e.points}` : '0';
}

export function PassbookEntries({ entries }: { entries: Entry[] }) {
  return (
    <Card title='明细' id='passbook-entries'>
      {entries.length === 0 && (
        <Text className='meta' id='passbook-empty'>
          还没有积分记录。完成服务并经居民评价后，积分会存入这里。
        </Text>
      )}
      {entries.map((e) => (
        <View className='passbook-entry' key={e.id} id={`entry-${e.id}`} data-category={e.category}>
          <View className='entry-body'>
            <Text className='body-text entry-memo'>{e.memo}</Text>
            <Text className='meta'>
              {`${formatDateTime(e.at)} · ${CATEGORY_LABELS[e.category]}`}
              {e.minutes > 0 ? ` · 服务 ${e.minutes} 分钟` : ''}
            </Text>
          </View>
          <View className='entry-figures'>
            {/* A sent-back service keeps its hours without points (重办): say so rather than show +0. */}
            <Text className={`entry-points${e.points < 0 ? ' entry-points--minus' : ''}`} data-kind={e.kind}>
              {pointsText(e)}
            </Text>
            <Text className='meta entry-balance'>{`余额 ${e.balance}`}</Text>
          </View>
        </View>
      ))}
    </Card>
  );
}
