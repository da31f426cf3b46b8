// The bank's settings as a page edits one key of them on a page of its own (收费标准, 巡访计划): the
// settings, and saving with compare-and-set. A save that lands, or that lost to someone else's change
// (SETTING.CHANGED), reloads, so the form shows what is stored now.
import { useCallback } from 'react';
import type { SettingKey, SettingValue } from '../domain/settings';
import { call } from '../services';
import { useAct } from './useAct';
import { useRemote } from './useRemote';

export function useSettings() {
  const load = useCallback(() => call('bank', { action: 'settings' as const }), []);
  const { state: settings, reload } = useRemote(load);
  const outcome = useAct();
  const saveSetting = async <K extends SettingKey>(
    key: K,
    change: { value: SettingValue<K>; version: number; reason: string },
    done: string,
  ) => {
    const event = { action: 'set_setting' as const, key, ...change } as Parameters<typeof call<'bank', 'set_setting'>>[1];
    const r = await outcome.act(() => call('bank', event), done, { toast: false });
    if (r.ok || r.error.code === 'SETTING.CHANGED') await reload();
    return r;
  };
  return { settings, reload, ...outcome, saveSetting };
}
