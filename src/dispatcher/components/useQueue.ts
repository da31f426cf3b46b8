// The queue (中心派单) as a paged list, shared by the queue page and the order page's desk view.
import { useCallback } from 'react';
import { usePaged } from '@/hooks/usePaged';
import { call } from '@/services';

const byId = (w: { id: string }) => w.id;

export function useQueue() {
  const load = useCallback((page: number) => call('dispatch', { action: 'queue' as const, page }), []);
  return usePaged(load, { keyOf: byId });
}
