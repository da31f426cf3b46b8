// Load one cloud call's result into page state, with a reload for retry, pull-down and page show.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '@/domain/errors';
import { messageFor } from '@/services';

export type Remote<T> = { status: 'loading' } | { status: 'error'; code: string; message: string } | { status: 'ready'; data: T };

/** Nothing to load (e.g. a page opened without the code it needs): no call is made. */
export type Idle = { status: 'idle' };

/** `again` is false for the first load and true when the page asks again (retry, refresh). */
export type Load<T> = (again: boolean) => Promise<Result<T>>;

/**
 * `load` must be stable (wrap it in useCallback); a new `load` loads again, showing `loading`.
 * `reload` keeps what is shown until the new answer arrives, except after an error, when it shows
 * `loading` again. An answer older than the latest load or reload is dropped.
 */
export function useRemote<T>(load: Load<T>): { state: Remote<T>; reload: () => Promise<void> };
/** Without a `load` the state is `idle`. */
export function useRemote<T>(load: Load<T> | undefined): { state: Remote<T> | Idle; reload: () => Promise<void> };
export function useRemote<T>(load: Load<T> | undefined): { state: Remote<T> | Idle; reload: () => Promise<void> } {
  const [state, setState] = useState<Remote<T> | Idle>(load ? { status: 'loading' } : { status: 'idle' });
  const generation = useRef(0);

  const run = useCallback(
    async (again: boolean) => {
      if (!load) return setState({ status: 'idle' });
      const mine = ++generation.current;
      const result = await load(again);
      if (mine !== generation.current) return;
      setState(
        result.ok
          ? { status: 'ready', data: result.data }
          : { status: 'error', code: result.error.code, message: messageFor(result.error) },
      );
    },
    [load],
  );

  const reload = useCallback(async () => {
    setState((s) => (s.status === 'error' ? { status: 'loading' } : s));
    await run(true);
  }, [run]);

  useEffect(() => {
    if (load) setState({ status: 'loading' });
    void run(false);
  }, [load, run]);

  return { state, reload };
}
