// A paged list (20 a page): the first page on load and reload, further pages appended by `more`.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Failure, Result } from '@/domain/errors';
import { messageFor } from '@/services';

export interface Paged<T> {
  /** `error` only when the first page never arrived; a later failure keeps the list `ready` with `error`. */
  status: 'loading' | 'error' | 'ready';
  items: T[];
  hasMore: boolean;
  /** A page after the first is on its way. */
  loadingMore: boolean;
  error?: { code: string; message: string };
}

type Load<T> = (page: number) => Promise<Result<{ items: T[]; hasMore: boolean }>>;

interface Options<T> {
  /** An item's identity: an appended page skips items already shown (a new item shifts the pages). */
  keyOf?: (item: T) => string;
}

const failure = (error: Failure) => ({ code: error.code, message: messageFor(error) });

/**
 * `load` must be stable (wrap it in useCallback). `reload` keeps the shown items until the first page
 * arrives; when it fails they stay, with `error` set.
 */
export function usePaged<T>(
  load: Load<T>,
  options: Options<T> = {},
): { list: Paged<T>; reload: () => Promise<void>; more: () => Promise<void> } {
  const [list, setList] = useState<Paged<T>>({ status: 'loading', items: [], hasMore: false, loadingMore: false });
  const page = useRef(0);
  // Answers of an older reload are dropped, so a slow first page cannot overwrite a fresh one.
  const generation = useRef(0);
  const keyOf = useRef(options.keyOf);
  keyOf.current = options.keyOf;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const result = await load(0);
    if (mine !== generation.current) return;
    if (result.ok) page.current = 0;
    setList((l) => {
      if (result.ok) return { status: 'ready', items: result.data.items, hasMore: result.data.hasMore, loadingMore: false };
      return l.status === 'ready'
        ? { ...l, loadingMore: false, error: failure(result.error) }
        : { status: 'error', items: [], hasMore: false, loadingMore: false, error: failure(result.error) };
    });
  }, [load]);

  const more = useCallback(async () => {
    const mine = generation.current;
    setList((l) => ({ ...l, loadingMore: true }));
    const result = await load(page.current + 1);
    if (mine !== generation.current) return;
    if (result.ok) page.current += 1;
    setList((l) => {
      if (!result.ok) return { ...l, loadingMore: false, error: failure(result.error) };
      const key = keyOf.current;
      const seen = new Set(key ? l.items.map(key) : []);
      const fresh = key ? result.data.items.filter((i) => !seen.has(key(i))) : result.data.items;
      return { ...l, items: [...l.items, ...fresh], hasMore: result.data.hasMore, loadingMore: false, error: undefined };
    });
  }, [load]);

  useEffect(() => {
    setList({ status: 'loading', items: [], hasMore: false, loadingMore: false });
    void reload();
  }, [reload]);

  return { list, reload, more };
}
