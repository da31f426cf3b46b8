// Run one action at a time: `busy` while it runs; the outcome kept for display (and toasted). An
// outcome that arrives after `reset()` (the user moved on: another tab, month or customer) is only
// toasted: kept, it would sit on a page it is not about.
import Taro from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import type { Result } from '@/domain/errors';
import { messageFor } from '@/services';

export interface ActError {
  code: string;
  message: string;
}

export function useAct(): {
  busy: boolean;
  error?: ActError;
  /** What the last successful action did, e.g. 已派给乐修匠志愿服务队, 接单成功. */
  done?: string;
  /** `toast: false` when the page shows `done` itself. */
  act: <T>(run: () => Promise<Result<T>>, done: string, opts?: { toast?: boolean }) => Promise<Result<T>>;
  /** Forget the last outcome (e.g. on a tab change). */
  reset: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActError>();
  const [done, setDone] = useState<string>();
  /** Bumped by reset(): an outcome from an earlier round is out of date. */
  const round = useRef(0);
  const act = useCallback(async <T>(run: () => Promise<Result<T>>, doneText: string, opts: { toast?: boolean } = {}) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    const asked = round.current;
    const result = await run();
    setBusy(false);
    if (round.current !== asked) {
      const title = result.ok ? doneText : messageFor(result.error);
      if (title) void Taro.showToast({ title, icon: 'none' });
      return result;
    }
    if (result.ok) {
      setDone(doneText);
      if (opts.toast !== false) void Taro.showToast({ title: doneText, icon: 'none' });
    } else {
      setError({ code: result.error.code, message: messageFor(result.error) });
    }
    // The outcome is shown at the top of the page. At once, not animated: an animated scroll keeps
    // moving the page for 200 ms or more (on a busy phone, longer), and a tap made meanwhile can press
    // down on one button and lift off over another, which is no tap on either.
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
    return result;
  }, []);
  const reset = useCallback(() => {
    round.current += 1;
    setError(undefined);
    setDone(undefined);
  }, []);
  return { busy, error, done, act, reset };
}
