// One community's stairwells as a paged list with one search box (the start of a code or of a name).
import { useCallback, useState } from 'react';
import { usePaged } from '@/hooks/usePaged';
import { call } from '@/services';

export function useStairwells(communityId: string) {
  const [search, setSearch] = useState('');
  const load = useCallback(
    (page: number) => call('admin', { action: 'stairwells' as const, communityId, page, ...(search ? { search } : {}) }),
    [communityId, search],
  );
  return { ...usePaged(load, { keyOf: (s) => s.code }), search, setSearch };
}
export type Stairwells = ReturnType<typeof useStairwells>;
