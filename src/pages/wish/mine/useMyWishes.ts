import { useCallback, useRef, useState } from 'react';
import type { ActionOutput } from '@/domain/schemas';
import { call, messageFor } from '@/services';

export type WishSummary = ActionOutput<'wish', 'mine'>['items'][number];

interface State {
  items: WishSummary[];
  page: number;
  hasMore: boolean;
  loading: boolean;
  loaded: boolean;
  error?: { code: string; message: string };
}

/** My wishes, 20 a page: `refresh` reloads from the first page, `more` appends the next one. */
export function useMyWishes() {
  const [state, setState] = useState<State>({ items: [], page: -1, hasMore: false, loading: false, loaded: false });
  const busy = useRef(false);

  const load = useCallback(async (page: number) => {
    if (busy.current) return;
    busy.current = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    const r = await call('wish', { action: 'mine', page });
    busy.current = false;
    setState((s) => {
      if (!r.ok) return { ...s, loading: false, error: { code: r.error.code, message: messageFor(r.error) } };
      // Appending can repeat an item when a new wish shifted the pages: keep the first copy.
      const seen = new Set(page === 0 ? [] : s.items.map((i) => i.id));
      const items = [...(page === 0 ? [] : s.items), ...r.data.items.filter((i) => !seen.has(i.id))];
      return { items, page: r.data.page, hasMore: r.data.hasMore, loading: false, loaded: true };
    });
  }, []);

  const refresh = useCallback(() => load(0), [load]);
  const more = useCallback(() => load(state.page + 1), [load, state.page]);
  return { state, refresh, more };
}
