// A paged list (20 a page): the first page on load and reload, further pages appended by `more`.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '@/domain/errors';
import { messageFor } from '@/services';

export interface Paged<T> {
  status: 'loading' | 'error' | 'ready';
  items: T[];
  hasMore: boolean;
  /** A page after the first is on its way. */
  loadingMore: boolean;
  error?: { code: string; message: string };
}

type Load<T> = (page: number) => Promise<Result<{ items: T[]; hasMore: boolean }>>;

/** `load` must be stable (wrap it in useCallback). */
export function usePaged<T>(load: Load<T>): { list: Paged<T>; reload: () => Promise<void>; more: () => Promise<void> } {
  const [list, setList] = useState<Paged<T>>({ status: 'loading', items: [], hasMore: false, loadingMore: false });
  const page = useRef(0);
  // Answers of an older reload are dropped, so a slow first page cannot overwrite a fresh one.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const result = await load(0);
    if (mine !== generation.current) return;
    page.current = 0;
    setList(
      result.ok
        ? { status: 'ready', items: result.data.items, hasMore: result.data.hasMore, loadingMore: false }
        : { status: 'error', items: [], hasMore: false, loadingMore: false, error: { code: result.error.code, message: messageFor(result.error) } },
    );
  }, [load]);

  const more = useCallback(async () => {
    const mine = generation.current;
    setList((l) => ({ ...l, loadingMore: true }));
    const result = await load(page.current + 1);
    if (mine !== generation.current) return;
    if (result.ok) page.current += 1;
    setList((l) =>
      result.ok
        ? { ...l, items: [...l.items, ...result.data.items], hasMore: result.data.hasMore, loadingMore: false, error: undefined }
        : { ...l, loadingMore: false, error: { code: result.error.code, message: messageFor(result.error) } },
    );
  }, [load]);

  useEffect(() => {
    setList({ status: 'loading', items: [], hasMore: false, loadingMore: false });
    void reload();
  }, [reload]);

  return { list, reload, more };
}
