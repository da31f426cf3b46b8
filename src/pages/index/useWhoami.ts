import { useCallback, useEffect, useState } from 'react';
import type { WhoamiOutput } from '@/domain/schemas/user';
import { messageFor, whoami } from '@/services';

export type WhoamiState =
  | { status: 'loading' }
  | { status: 'ready'; data: WhoamiOutput }
  | { status: 'error'; code: string; message: string };

/** Ask the cloud who the current user is (cached per launch); `reload` asks again. */
export function useWhoami(): { state: WhoamiState; reload: () => void } {
  const [state, setState] = useState<WhoamiState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    void whoami(attempt > 0).then((result) => {
      if (!active) return;
      setState(
        result.ok
          ? { status: 'ready', data: result.data }
          : { status: 'error', code: result.error.code, message: messageFor(result.error) },
      );
    });
    return () => {
      active = false;
    };
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
