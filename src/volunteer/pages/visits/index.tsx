/**
 * 我的巡访 — the volunteer's visit orders: their own (定点到人) and their teams' (队伍巡访), due soonest
 * first, overdue ones said in words (已超期 N 天); 明天有巡访 on top when some are due tomorrow; 记录巡访结果
 * opens the record page.
 *
 * Selectors (browser tests): `#visits-page`; `#visits-tomorrow`; `#visits-empty`; `#visits-more`;
 * VisitCard's (`#visit-<id with : as _>`, `#record-<id>`); `.error-message[data-code]`.
 */
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, Loading, Notice, PageRoot } from '@/components';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { call, shanghaiDate } from '@/services';
import { askVisitSubscriptions } from '@/services/subscribe';
import { openVisit, type VisitItem } from '@/services/visits';
import { VisitCard } from '@/volunteer/components/visit/VisitCard';
import '@/volunteer/components/visit/visit.scss';

export default function VisitsPage() {
  const load = useCallback((page: number) => call('visit', { action: 'my_visits' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (v) => v.id });
  useRefresh(reload);
  const tomorrow = list.items.filter((v) => v.dueDate === shanghaiDate(new Date(), 1)).length;
  const record = (v: VisitItem) => {
    void askVisitSubscriptions();
    openVisit(v);
    void Taro.navigateTo({ url: `/volunteer/pages/visit/index?id=${encodeURIComponent(v.id)}` });
  };
  return (
    <PageRoot id='visits-page' heading='我的巡访'>
      {tomorrow > 0 ? (
        <Notice kind='info' id='visits-tomorrow'>
          {`明天有巡访：${tomorrow} 次，请提前和老人约好时间`}
        </Notice>
      ) : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status !== 'ready' && list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <Notice kind='info' id='visits-empty'>
          现在没有要做的巡访。
        </Notice>
      ) : null}
      {list.items.map((v) => (
        <VisitCard key={v.id} visit={v} onRecord={() => record(v)} />
      ))}
      {list.hasMore ? (
        <BigButton kind='plain' id='visits-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
    </PageRoot>
  );
}
