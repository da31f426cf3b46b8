/**
 * 接单大厅 — orders of my teams. Tab 待接单: dispatched, not yet claimed (resident phone masked),
 * each with 接单 (first claim wins). Tab 进行中: orders I claimed or am serving. Tab 我的: services I
 * completed (ServedList), with their ratings and points, and those sent back with the reason. Tap a card to open it.
 *
 * Selectors (browser tests):
 * - `#hall-page`; `#hall-tab-open`, `#hall-tab-mine`, `#hall-tab-history` (`data-on` = "true" on the current tab); `#hall-refresh`
 * - 我的: `#served-list`, `.served-item` / `#served-<wishId>` (`data-outcome`: waiting, to_confirm, paid, sent_back;
 *   `data-waiting-budget="true"` when its credit waits for budget, 等待预算), `.served-reason`, `.served-points`
 * - `.order-card` / `#order-card-<wishId>` (`data-status`), with `.order-category`, `.order-status`,
 *   `.order-description`, `.order-place`, `.order-contact`, `.order-phone`, `.order-due`, `.order-urgent`, `.order-overdue`
 * - `.claim-button` / `#claim-<wishId>` (待接单), `.open-button` / `#open-<wishId>` (我的)
 * - `#hall-empty`, `#hall-more`, `#hall-error` (`.error-message[data-code]`, e.g. ORDER.ALREADY_CLAIMED)
 * - `#go-wall` (微心愿墙), `#go-teams`, `#go-passbook`, `#go-activities` (志愿活动), `#go-register` (not registered), `#go-join` (registered, in no team)
 */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Loading, Notice, PageRoot, RefreshButton, Tappable } from '@/components';
import { askVolunteerSubscriptions, call } from '@/services';
import { HallTabs, type HallTab } from '@/volunteer/components/HallTabs';
import { LoadFailure } from '@/volunteer/components/LoadFailure';
import { OrderCard } from '@/volunteer/components/OrderCard';
import { ServedList } from '@/volunteer/components/ServedList';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { teamName, useProfile } from '@/volunteer/components/useProfile';
import { useNow } from '@/hooks/useNow';
import { useRefresh } from '@/hooks/useRefresh';
import './index.scss';

const go = (url: string) => () => void Taro.navigateTo({ url });
const openOrder = (wishId: string) => go(`/volunteer/pages/order/index?wishId=${encodeURIComponent(wishId)}`)();

export default function HallPage() {
  const [tab, setTab] = useState<HallTab>('open');
  const [tick, setTick] = useState(0);
  const hallTab = tab === 'history' ? 'mine' : tab;
  const load = useCallback((page: number) => call('volunteer', { action: 'hall' as const, tab: hallTab, page }), [hallTab]);
  const { list, reload, more } = usePaged(load, { keyOf: (w) => w.id });
  const { profile } = useProfile();
  const { busy, error, act, reset } = useAct();
  useRefresh(reload);
  const now = useNow();

  const claim = async (wishId: string) => {
    void askVolunteerSubscriptions(); // inside the tap: 指派、积分、退回重办 notices
    const r = await act(() => call('volunteer', { action: 'claim' as const, wishId }), '接单成功，请尽快联系居民');
    if (r.ok) openOrder(wishId);
    else await reload(); // someone was faster (ORDER.ALREADY_CLAIMED) or the order changed
  };

  const unregistered = profile.status === 'ready' && !profile.data.registered;
  const noTeams = profile.status === 'ready' && !unregistered && !profile.data.teams.some((t) => t.status === 'active');
  return (
    <PageRoot id='hall-page'>
      <View className='links'>
        <Tappable role='link' className='link' id='go-wall' onClick={go('/volunteer/pages/wall/index')}>
          微心愿墙
        </Tappable>
        <Tappable role='link' className='link' id='go-teams' onClick={go('/volunteer/pages/teams/index')}>
          我的服务队
        </Tappable>
        <Tappable role='link' className='link' id='go-passbook' onClick={go('/volunteer/pages/passbook/index')}>
          我的积分
        </Tappable>
        <Tappable role='link' className='link' id='go-activities' onClick={go('/volunteer/pages/activities/index')}>
          志愿活动
        </Tappable>
      </View>
      <HallTabs
        tab={tab}
        onChange={(next) => {
          reset();
          setTab(next);
        }}
      />
      <RefreshButton id='hall-refresh' onRefresh={tab === 'history' ? async () => setTick((t) => t + 1) : reload} />
      {tab === 'history' && <ServedList tick={tick} onOpen={openOrder} />}
      {error && (
        <Notice kind='error' code={error.code} id='hall-error'>
          {error.message}
        </Notice>
      )}
      {tab !== 'history' && (
        <>
          {list.status === 'loading' && <Loading />}
          {list.status === 'error' && list.error && <LoadFailure {...list.error} onRetry={() => void reload()} />}
          {list.status === 'ready' && list.items.length === 0 && (
            <View id='hall-empty'>
              <Notice kind='info'>{tab === 'open' ? '暂时没有待接的单，下拉可刷新' : '您手上没有进行中的单'}</Notice>
              {unregistered && (
                <BigButton id='go-register' onClick={go('/volunteer/pages/register/index')}>
                  注册成为志愿者
                </BigButton>
              )}
              {noTeams && (
                <BigButton kind='secondary' id='go-join' onClick={go('/volunteer/pages/teams/index')}>
                  还没加入服务队？去申请加入
                </BigButton>
              )}
            </View>
          )}
          {list.items.map((order) => (
            <OrderCard
              key={order.id}
              order={order}
              now={now}
              teamName={teamName(profile, order.teamId)}
              busy={busy}
              onOpen={openOrder}
              onClaim={tab === 'open' ? (id) => void claim(id) : undefined}
            />
          ))}
          {list.status === 'ready' && list.error && (
            <Notice kind='error' code={list.error.code}>
              {list.error.message}
            </Notice>
          )}
          {list.hasMore && (
            <BigButton kind='plain' id='hall-more' busy={list.loadingMore} onClick={() => void more()}>
              加载更多
            </BigButton>
          )}
        </>
      )}
    </PageRoot>
  );
}
