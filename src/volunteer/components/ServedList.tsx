// 我的: the services I completed, newest first — rated and paid (with the points), waiting for the
// rating, the leader or the sponsor's budget (等待预算), or 已退回重办 with the resident's reason. Tap
// one to open it (read only once it went back). Served by volunteer.history, 20 a page.
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect } from 'react';
import { BigButton, Loading, Notice, Tappable } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { call, formatDateTime } from '@/services';
import { categoryLabel } from '@/services/wishText';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';

type Item = ActionOutput<'volunteer', 'history'>['items'][number];

const OUTCOME: Record<Item['outcome'], string> = {
  waiting: '等待居民评价',
  to_confirm: '服务时长等队长确认',
  paid: '已办结，积分已入存折',
  sent_back: '已退回重办',
};
/** The credit waits in the queue for its sponsor's budget: served and recorded, paid when budget comes. */
const WAITING_BUDGET = '等待预算：积分在预算到账后自动存入';

/** `tick`: the hall's 刷新 (each new value reloads the first page). */
export function ServedList({ onOpen, tick }: { onOpen: (wishId: string) => void; tick: number }) {
  const load = useCallback((page: number) => call('volunteer', { action: 'history' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (i) => i.wish.id });
  useRefresh(reload);
  useEffect(() => {
    if (tick > 0) void reload();
  }, [tick, reload]);
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error' && list.error)
    return (
      <Notice kind='error' code={list.error.code}>
        {list.error.message}
      </Notice>
    );
  return (
    <View id='served-list'>
      {list.items.length === 0 && <Notice kind='info'>还没有完成过的服务</Notice>}
      {list.items.map((i) => (
        <Tappable
          role='link'
          key={i.wish.id}
          id={`served-${i.wish.id}`}
          className={`card served-item${i.outcome === 'sent_back' ? ' card--alert' : ''}`}
          data-outcome={i.outcome}
          data-waiting-budget={i.waitingBudget ? 'true' : undefined}
          onClick={() => onOpen(i.wish.id)}
        >
          <Text className='body-text served-title'>
            {categoryLabel(i.wish.category)} · {i.waitingBudget ? WAITING_BUDGET : OUTCOME[i.outcome]}
          </Text>
          {i.outcome === 'sent_back' && <Text className='body-text served-reason'>居民的意见：{i.reason ?? '（没有写原因）'}</Text>}
          <Text className='meta'>
            {i.wish.completion ? `${formatDateTime(i.wish.completion.at)} · ` : ''}
            {i.stars ? `${i.stars} 星 · ` : ''}
            服务 {i.minutes} 分钟 · <Text className='served-points'>{i.points > 0 ? `${i.points} 积分` : '未计积分'}</Text>
          </Text>
        </Tappable>
      ))}
      {list.hasMore && (
        <BigButton kind='plain' id='served-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      )}
    </View>
  );
}
