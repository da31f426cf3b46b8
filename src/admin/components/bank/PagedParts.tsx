// A paged list's states above its items (loading, the failure, empty) and 加载更多 below them.
import { BigButton, Loading, Notice } from '@/components';
import type { Paged } from '@/hooks/usePaged';

export function ListState<T>({ list, empty, emptyId }: { list: Paged<T>; empty: string; emptyId?: string }) {
  return (
    <>
      {list.status === 'loading' ? <Loading /> : null}
      {list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <Notice kind='info' id={emptyId}>
          {empty}
        </Notice>
      ) : null}
    </>
  );
}

export function MoreButton<T>({ id, list, more }: { id: string; list: Paged<T>; more: () => Promise<void> }) {
  return list.hasMore ? (
    <BigButton kind='plain' id={id} busy={list.loadingMore} onClick={() => void more()}>
      加载更多
    </BigButton>
  ) : null;
}
