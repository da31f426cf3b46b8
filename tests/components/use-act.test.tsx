// useAct: one action at a time, its outcome kept for the page (and toasted). An outcome that arrives
// after reset() (the user chose another tab, month or customer meanwhile) is only toasted: kept, it
// would sit on a page it is not about.
import { beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, renderHook } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Result } from '@/domain/errors';
import { useAct } from '@/hooks/useAct';

const toasts = () => jest.mocked(Taro.showToast).mock.calls.map(([o]) => o?.title);
const failure: Result<number> = { ok: false, error: { code: 'ORDER.ALREADY_CLAIMED', message: 'claimed' } };

/** A run answered by the test. */
function held<T>(): { run: () => Promise<Result<T>>; answer: (r: Result<T>) => Promise<void> } {
  let answer!: (r: Result<T>) => void;
  const pending = new Promise<Result<T>>((resolve) => (answer = resolve));
  return { run: () => pending, answer: (r) => act(async () => answer(r)) };
}

beforeEach(() => {
  jest.mocked(Taro.showToast).mockClear();
  jest.mocked(Taro.pageScrollTo).mockClear();
});

describe('useAct', () => {
  test.each([
    ['a success', { ok: true, data: 1 } as Result<number>, { done: '已接单', error: undefined }, ['已接单']],
    ['a failure', failure, { done: undefined, error: 'ORDER.ALREADY_CLAIMED' }, []],
  ])('%s is kept for the page', async (_, outcome, kept, toasted) => {
    const { result } = renderHook(() => useAct());
    const { run, answer } = held<number>();
    let returned: Promise<Result<number>> | undefined;
    act(() => void (returned = result.current.act(run, '已接单')));
    expect(result.current.busy).toBe(true);
    await answer(outcome);
    expect(result.current.busy).toBe(false);
    expect(result.current.done).toBe(kept.done);
    expect(result.current.error?.code).toBe(kept.error);
    expect(toasts()).toEqual(toasted);
    await expect(returned).resolves.toEqual(outcome);
  });

  test.each([
    ['a success, even one the page shows itself', { ok: true, data: 1 } as Result<number>, '已接单'],
    ['a failure', failure, expect.any(String)],
  ])('%s that arrives after reset() is toasted, not kept', async (_, outcome, toast) => {
    const { result } = renderHook(() => useAct());
    const { run, answer } = held<number>();
    let returned: Promise<Result<number>> | undefined;
    act(() => void (returned = result.current.act(run, '已接单', { toast: false })));
    act(() => result.current.reset());
    await answer(outcome);
    expect(result.current.busy).toBe(false);
    expect(result.current.done).toBeUndefined();
    expect(result.current.error).toBeUndefined();
    expect(toasts()).toEqual([toast]);
    await expect(returned).resolves.toEqual(outcome);
  });

  test.each([
    ['a success', { ok: true, data: 1 } as Result<number>],
    ['a failure', failure],
  ])('%s brings the top of the page into view at once, not animated', async (_, outcome) => {
    // An animated scroll moves the page under the next tap: pressed on one button and lifted over
    // another, it is a tap on neither (seen as a lost click in the browser walks).
    const { result } = renderHook(() => useAct());
    const { run, answer } = held<number>();
    act(() => void result.current.act(run, '已接单'));
    expect(Taro.pageScrollTo).not.toHaveBeenCalled();
    await answer(outcome);
    expect(jest.mocked(Taro.pageScrollTo).mock.calls).toEqual([[{ scrollTop: 0, duration: 0 }]]);
  });

  test('an action started after reset() keeps its outcome', async () => {
    const { result } = renderHook(() => useAct());
    act(() => result.current.reset());
    const { run, answer } = held<number>();
    act(() => void result.current.act(run, '已接单', { toast: false }));
    await answer(failure);
    expect(result.current.error?.code).toBe('ORDER.ALREADY_CLAIMED');
  });
});
