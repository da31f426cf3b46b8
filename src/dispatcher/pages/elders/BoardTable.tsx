// The board's rows: a table at desk width (姓名, 年龄, 标签, 联系志愿者, 距上次联系, 下次应访), cards on a
// phone. Overdue rows say so in words (「已逾期 3 天」) as well as in colour; escalated ones say 已上报社区.
import { Text, View } from '@tarojs/components';
import type { ActionOutput } from '@/domain/schemas';
import { sinceText, tagsText } from '@/domain/visit/board';
import { VISIT_OUTCOME_LABELS } from '@/domain/visit/order';
import { BigButton, Card } from '@/components';

export type BoardItem = ActionOutput<'visit', 'elders'>['items'][number];

const H5 = process.env.TARO_ENV === 'h5';
const roleOf = (role: string, label?: string): Record<string, string> => (H5 ? { role, ...(label ? { 'aria-label': label } : {}) } : {});

/** 已逾期 3 天 · 已上报社区 · 连续 2 次联系不上 */
function dueWords(e: BoardItem): string {
  const words = [e.due.text];
  if (e.escalated) words.push('已上报社区');
  if (e.unreachableStreak >= 2) words.push(`连续 ${e.unreachableStreak} 次联系不上`);
  else if (e.lastOutcome) words.push(`上次：${VISIT_OUTCOME_LABELS[e.lastOutcome]}`);
  return words.join(' · ');
}

const HEAD = ['姓名', '年龄', '标签', '联系志愿者', '距上次联系', '下次应访', ''];

/** `#elders-board` with `.elder-row` (`data-state`, `#elder-row-<id>`), `.elder-due`, `.elder-open`. */
export function BoardTable({ items, wide, onOpen }: { items: BoardItem[]; wide: boolean; onOpen: (id: string) => void }) {
  if (!wide) {
    return (
      <View id='elders-board' className='elders-cards'>
        {items.map((e) => (
          <Card
            key={e.elderId}
            title={`${e.name}（${e.age}岁）`}
            className={`elder-row elder-row--${e.due.state}`}
            id={`elder-row-${e.elderId}`}
          >
            <Text className={`elder-due elder-due--${e.due.state}`}>{dueWords(e)}</Text>
            <Text className='meta'>{`${e.buildingName} · ${tagsText(e.tags) || '无标签'}`}</Text>
            <Text className='meta'>{`距上次联系：${sinceText(e.due.daysSinceContact)} · 下次应访：${e.due.nextDue ?? '—'}`}</Text>
            <Text className='meta'>{`联系志愿者：${e.volunteerName ?? '社区队伍'}`}</Text>
            <BigButton kind='plain' className='elder-open' onClick={() => onOpen(e.elderId)}>
              查看 / 修改
            </BigButton>
          </Card>
        ))}
      </View>
    );
  }
  return (
    <View id='elders-board' className='elders-table' {...roleOf('table', '巡访看板')}>
      <View className='elders-table-row elders-table-head' {...roleOf('row')}>
        {HEAD.map((h, i) => (
          <Text key={i} className={`elders-cell elders-cell--${i}`} {...roleOf('columnheader')}>
            {h}
          </Text>
        ))}
      </View>
      {items.map((e) => (
        <View
          key={e.elderId}
          className={`elders-table-row elder-row elder-row--${e.due.state}`}
          id={`elder-row-${e.elderId}`}
          data-state={e.due.state}
          {...roleOf('row')}
        >
          <Text className='elders-cell elders-cell--0 elder-name' {...roleOf('cell')}>
            {e.name}
          </Text>
          <Text className='elders-cell elders-cell--1' {...roleOf('cell')}>{`${e.age}岁`}</Text>
          <Text className='elders-cell elders-cell--2' {...roleOf('cell')}>
            {tagsText(e.tags) || '—'}
          </Text>
          <Text className='elders-cell elders-cell--3' {...roleOf('cell')}>
            {e.volunteerName ?? '社区队伍'}
          </Text>
          <Text className='elders-cell elders-cell--4' {...roleOf('cell')}>
            {sinceText(e.due.daysSinceContact)}
          </Text>
          <View className='elders-cell elders-cell--5' {...roleOf('cell')}>
            <Text className='elder-next'>{e.due.nextDue ?? '—'}</Text>
            <Text className={`elder-due elder-due--${e.due.state}`}>{dueWords(e)}</Text>
          </View>
          <View className='elders-cell elders-cell--6' {...roleOf('cell')}>
            <BigButton kind='plain' className='elder-open' onClick={() => onOpen(e.elderId)}>
              查看
            </BigButton>
          </View>
        </View>
      ))}
    </View>
  );
}
