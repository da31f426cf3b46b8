// The workbench (中心派单) as a paged list of one tab, optionally searched; shared by the queue page and
// the order page's desk view. Changing the tab or the search loads page 0 again.
import { useCallback, useState } from 'react';
import type { QueueTab } from '@/domain/wish/queue';
import { usePaged } from '@/hooks/usePaged';
import { call } from '@/services';

const byId = (w: { id: string }) => w.id;

export function useQueue() {
  const [tab, setTab] = useState<QueueTab>('waiting');
  const [search, setSearch] = useState('');
  const load = useCallback(
    (page: number) => call('dispatch', { action: 'queue' as const, page, tab, ...(search ? { search } : {}) }),
    [tab, search],
  );
  return { ...usePaged(load, { keyOf: byId }), tab, setTab, search, setSearch };
}
export type Workbench = ReturnType<typeof useQueue>;
