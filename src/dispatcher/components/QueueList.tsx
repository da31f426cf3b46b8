// The centre's queue: wishes waiting for a team, 20 a page, in the order the function gives them.
import { Text } from '@tarojs/components';
import { BigButton, Loading, Notice } from '@/components';
import type { WishView } from '@/domain/wish/view';
import type { Paged } from '@/hooks/usePaged';
import { QueueCard } from './QueueCard';

interface Props {
  list: Paged<WishView>;
  now: number;
  /** The wish open beside the list (desk). */
  selectedId?: string;
  onOpen: (wishId: string) => void;
  onRetry: () => void;
  onMore: () => void;
}

export function QueueList({ list, now, selectedId, onOpen, onRetry, onMore }: Props) {
  return (
    <>
      <Text className='section-title'>待派单的心愿</Text>
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
          暂时没有待派单的心愿
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
