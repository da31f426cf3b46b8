// Load one cloud call's result into page state, with a reload for retry, pull-down and page show.
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '@/domain/errors';
import { messageFor } from '@/services';

export type Remote<T> =
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string }
  | { status: 'ready'; data: T };

/** `load` must be stable (wrap it in useCallback); a new `load` loads again. */
export function useRemote<T>(load: () => Promise<Result<T>>): { state: Remote<T>; reload: () => Promise<void> } {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' });
  const reload = useCallback(async () => {
    const result = await load();
    setState(result.ok ? { status: 'ready', data: result.data } : { status: 'error', code: result.error.code, message: messageFor(result.error) });
  }, [load]);
  useEffect(() => {
    setState({ status: 'loading' });
    void reload();
  }, [reload]);
  return { state, reload };
}
