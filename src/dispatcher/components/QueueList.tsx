// The workbench's list: one tab's wishes (optionally searched), 20 a page, in the order the function
// gives them, under the tabs, the search box and 刷新.
import { Text } from '@tarojs/components';
import { BigButton, Loading, Notice } from '@/components';
import { QUEUE_TAB_LABELS } from '@/domain/wish/queue';
import type { WishView } from '@/domain/wish/view';
import type { Paged } from '@/hooks/usePaged';
import { QueueCard } from './QueueCard';
import { QueueScope } from './QueueScope';
import type { Workbench } from './useQueue';
import { WorkbenchBar } from './WorkbenchBar';

interface Props {
  bench: Workbench;
  now: number;
  /** The wish open beside the list (desk). */
  selectedId?: string;
  onOpen: (wishId: string) => void;
  onRetry: () => void;
  onMore: () => void;
}

export function QueueList({ bench, now, selectedId, onOpen, onRetry, onMore }: Props) {
  const list: Paged<WishView> = bench.list;
  const label = QUEUE_TAB_LABELS[bench.tab];
  return (
    <>
      <Text className='section-title' id='queue-title'>
        {`派单台 · ${label}`}
      </Text>
      <QueueScope />
      <WorkbenchBar bench={bench} />
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && list.error && (
        <>
          <Notice kind='error' code={list.error.code}>
            {list.error.message}
          </Notice>
          <BigButton kind='plain' id='queue-retry' onClick={onRetry}>
            重试
          </BigButton>
        </>
      )}
      {list.status === 'ready' && list.items.length === 0 && (
        <Notice kind='info' id='queue-empty'>
          {bench.search ? `「${label}」里没有找到「${bench.search}」` : `「${label}」里暂时没有心愿`}
        </Notice>
      )}
      {list.items.map((wish) => (
        <QueueCard key={wish.id} wish={wish} now={now} selected={wish.id === selectedId} onOpen={onOpen} />
      ))}
      {list.status === 'ready' && list.error && (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      )}
      {list.hasMore && (
        <BigButton kind='plain' id='queue-more' busy={list.loadingMore} onClick={onMore}>
          加载更多
        </BigButton>
      )}
    </>
  );
}
