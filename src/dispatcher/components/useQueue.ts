// The workbench (中心派单) as a paged list of one tab, optionally searched; shared by the queue page and
// the order page's desk view. Changing the tab or the search loads page 0 again, which also brings
// how many wishes each open tab holds.
import { useCallback, useState } from 'react';
import type { ActionOutput } from '@/domain/schemas';
import type { QueueTab } from '@/domain/wish/queue';
import { usePaged } from '@/hooks/usePaged';
import { call } from '@/services';

const byId = (w: { id: string }) => w.id;

export function useQueue() {
  const [tab, setTab] = useState<QueueTab>('waiting');
  const [search, setSearch] = useState('');
  const [counts, setCounts] = useState<ActionOutput<'dispatch', 'queue'>['counts']>();
  const load = useCallback(
    async (page: number) => {
      const r = await call('dispatch', { action: 'queue' as const, page, tab, ...(search ? { search } : {}) });
      if (r.ok && r.data.counts) setCounts(r.data.counts);
      return r;
    },
    [tab, search],
  );
  return { ...usePaged(load, { keyOf: byId }), tab, setTab, search, setSearch, counts };
}
export type Workbench = ReturnType<typeof useQueue>;
