/**
 * 派单台 — the centre's queue (中心派单): wishes waiting for a team, 20 a page, in the order the
 * function gives them. Tap a card to open it. Pull down to refresh; it also refreshes on return.
 *
 * Selectors (browser tests):
 * - `#queue-page`                           the page
 * - `.queue-card` / `#queue-card-<wishId>`  one wish; `data-status` = submitted | returned | reopened
 *   - `.queue-category` `.queue-status` `.queue-description` `.queue-building` `.queue-due`
 *   - `.queue-urgent` (加急), `.queue-overdue` (已超时), `.queue-reason` (why it is back)
 * - `#queue-more`                           加载更多
 * - `#queue-empty`                          nothing waiting
 * - `.error-message[data-code]`             a failure, in Chinese
 */
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, Loading, Notice, PageRoot } from '@/components';
import { call } from '@/services';
import { QueueCard } from '@/dispatcher/components/QueueCard';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import '@/dispatcher/components/ui.scss';

export default function QueuePage() {
  const load = useCallback((page: number) => call('dispatch', { action: 'queue' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (w) => w.id });
  useRefresh(reload);

  const open = (wishId: string) => {
    void Taro.navigateTo({ url: `/dispatcher/pages/order/index?wishId=${encodeURIComponent(wishId)}` });
  };

  return (
    <PageRoot id='queue-page'>
      <Text className='d-title'>待派单的心愿</Text>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && list.error && (
        <>
          <Notice kind='error' code={list.error.code}>
            {list.error.message}
          </Notice>
          <BigButton kind='plain' id='queue-retry' onClick={() => void reload()}>
            重试
          </BigButton>
        </>
      )}
      {list.status === 'ready' && list.items.length === 0 && (
        <Notice kind='info' id='queue-empty'>
          暂时没有待派单的心愿
        </Notice>
      )}
      {list.items.map((wish) => (
        <QueueCard key={wish.id} wish={wish} onOpen={open} />
      ))}
      {list.status === 'ready' && list.error && (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      )}
      {list.hasMore && (
        <BigButton kind='plain' id='queue-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      )}
    </PageRoot>
  );
}
