// The weekly digest's body (周报): five tiles (超时, 重办, 待评价, 闲置志愿者, 巡访未完成), then short lists.
// Each wish shows its kind, status and due time only, with the 已升级 / 已催办 marks; a tap opens it
// on the order page (a dispatcher's; a leader reads it there through their team's relation).
import { Text, View } from '@tarojs/components';
import { Card, Tappable } from '@/components';
import { StatusTag } from '@/components/wish/StatusTag';
import type { ActionOutput } from '@/domain/schemas';
import { countLabel } from '@/domain/wish/queue';
import { categoryLabel, formatDateTime, formatDay } from '@/services';
import { EscalationTags } from './EscalationTags';

export type Digest = ActionOutput<'dispatch', 'digest'>;
type List = Digest['overdue'];

const LISTS: ReadonlyArray<{ key: 'overdue' | 'reopened' | 'unrated'; title: string; empty: string }> = [
  { key: 'overdue', title: '超时未办结', empty: '没有超时的心愿。' },
  { key: 'reopened', title: '评价不满意，重办中', empty: '没有重办的心愿。' },
  { key: 'unrated', title: '已完成，等待居民评价', empty: '没有等待评价的服务。' },
];

function WishList({
  list,
  id,
  title,
  empty,
  onOpen,
}: {
  list: List;
  id: string;
  title: string;
  empty: string;
  onOpen?: (id: string) => void;
}) {
  return (
    <Card title={`${title}（${countLabel(list.count)}）`} id={`digest-${id}`} className='digest-list'>
      {list.items.length === 0 ? <Text className='meta digest-empty'>{empty}</Text> : null}
      {list.items.map((w) => (
        <Tappable key={w.id} role='link' className='digest-item' id={`digest-${id}-${w.id}`} onClick={() => onOpen?.(w.id)}>
          <View className='row'>
            <Text className='item-title digest-category'>{categoryLabel(w.category)}</Text>
            <StatusTag status={w.status} className='digest-status' />
          </View>
          <EscalationTags wish={w} prefix='digest' />
          <Text className='meta digest-due'>{`办理时限 ${formatDateTime(w.dueAt)}`}</Text>
        </Tappable>
      ))}
      {list.count > list.items.length ? <Text className='meta'>{`只列出最早的 ${list.items.length} 条`}</Text> : null}
    </Card>
  );
}

export function DigestView({ digest, onOpen }: { digest: Digest; onOpen?: (id: string) => void }) {
  const tiles: Array<[string, string, string]> = [
    ['overdue', countLabel(digest.overdue.count), '超时'],
    ['reopened', countLabel(digest.reopened.count), '重办'],
    ['unrated', countLabel(digest.unrated.count), '待评价'],
    ['idle', String(digest.idle.count), '闲置志愿者'],
    ['visits', String(digest.visitsMissed), '巡访未完成'],
  ];
  return (
    <View id='digest-body'>
      <Text className='meta' id='digest-period'>{`${digest.scope.label} · ${formatDay(digest.from)} 至 ${formatDay(digest.to)}`}</Text>
      <View className='stats digest-stats'>
        {tiles.map(([key, value, label]) => (
          <View key={key} className='stat' id={`digest-stat-${key}`}>
            <Text className='stat-value'>{value}</Text>
            <Text className='stat-label'>{label}</Text>
          </View>
        ))}
      </View>
      {LISTS.map((l) => (
        <WishList key={l.key} list={digest[l.key]} id={l.key} title={l.title} empty={l.empty} onOpen={onOpen} />
      ))}
      <Card title={`闲置志愿者（${digest.idle.count}）`} id='digest-idle'>
        <Text className='meta'>{`${digest.idle.days} 天内没有完成服务的队员`}</Text>
        {digest.idle.names.length ? (
          <Text className='body-text digest-idle-names'>{digest.idle.names.join('、')}</Text>
        ) : (
          <Text className='meta digest-empty'>每位队员都在服务。</Text>
        )}
        {digest.idle.partial ? <Text className='meta'>人数较多，只统计了部分队员。</Text> : null}
      </Card>
      <Card title='巡访' id='digest-visits'>
        <Text className='body-text'>{`本周期应巡访未完成 ${digest.visitsMissed} 次`}</Text>
      </Card>
    </View>
  );
}
