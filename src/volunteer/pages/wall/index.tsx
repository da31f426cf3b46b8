/**
 * 微心愿墙 — the wall of my community: small wishes the centre published for any registered volunteer
 * of the community (在职党员到社区报到 too), longest waiting first, without the resident's name, phone
 * or room. 「我来认领」: first claim wins; then the order page, where the contact shows.
 *
 * Selectors (browser tests):
 * - `#wall-page`, `#wall-refresh`, `#wall-intro`
 * - `.wall-card` / `#wall-card-<wishId>` with `.wall-category`, `.wall-waited`, `.wall-description`,
 *   `.wall-community`, `.wall-due`; `.wall-claim` / `#wall-claim-<wishId>`
 * - `#wall-empty`, `#wall-more`, `#wall-error` (`.error-message[data-code]`, e.g. ORDER.ALREADY_CLAIMED)
 * - `#go-register` (not registered: a kind message and the way to register)
 */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { askVolunteerSubscriptions, call } from '@/services';
import { LoadFailure } from '@/volunteer/components/LoadFailure';
import { WallCard } from '@/volunteer/components/WallCard';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { useNow } from '@/hooks/useNow';
import { useRefresh } from '@/hooks/useRefresh';
import './index.scss';

const load = (page: number) => call('volunteer', { action: 'wall' as const, page });

export default function WallPage() {
  const { list, reload, more } = usePaged(useCallback(load, []), { keyOf: (c) => c.wishId });
  const { busy, error, act } = useAct();
  useRefresh(reload);
  const now = useNow();

  const claim = async (wishId: string) => {
    void askVolunteerSubscriptions();
    const r = await act(() => call('volunteer', { action: 'claim' as const, wishId }), '认领成功，请尽快联系居民');
    if (r.ok) void Taro.navigateTo({ url: `/volunteer/pages/order/index?wishId=${encodeURIComponent(wishId)}` });
    else await reload(); // someone was faster (ORDER.ALREADY_CLAIMED)
  };

  return (
    <PageRoot id='wall-page'>
      <Notice kind='info' id='wall-intro'>
        这里是本社区居民同意公开的小心愿，本社区注册的志愿者都可以认领（在职党员到社区报到也可以）。先到先得，认领后才能看到联系方式。
      </Notice>
      <RefreshButton id='wall-refresh' onRefresh={reload} />
      {error && (
        <Notice kind='error' code={error.code} id='wall-error'>
          {error.message}
        </Notice>
      )}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && list.error && <LoadFailure {...list.error} onRetry={() => void reload()} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <View id='wall-empty'>
          <Notice kind='info'>心愿墙上暂时没有待认领的心愿，下拉可刷新</Notice>
        </View>
      )}
      {list.items.map((card) => (
        <WallCard key={card.wishId} card={card} now={now} busy={busy} onClaim={(id) => void claim(id)} />
      ))}
      {list.hasMore && (
        <BigButton kind='plain' id='wall-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      )}
    </PageRoot>
  );
}
