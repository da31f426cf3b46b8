// 积分规则 and 其他设置: every key of SETTINGS with its value in force, each a SettingForm (or, for a
// key with a page of its own, a link there); a save reloads the settings (a SETTING.CHANGED too, so
// the admin sees what changed meanwhile).
import { useCallback } from 'react';
import { Loading, RetryNotice } from '@/components';
import { SETTING_KEYS, type SettingKey } from '@/domain/settings';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import { Outcome } from './Outcome';
import { EDITED_ELSEWHERE } from './elsewhere';
import { ElsewhereCard, type SettingState } from './SettingAbout';
import { SettingForm } from './SettingForm';

/** The points rules first, then the other areas' settings. */
const ORDER: SettingKey[] = ['points', ...SETTING_KEYS.filter((k) => k !== 'points')];

export function RulesTab() {
  const load = useCallback(() => call('bank', { action: 'settings' as const }), []);
  const { state, reload } = useRemote(load);
  const { busy, error, done, act } = useAct();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} />;
  const settings = state.data as Record<SettingKey, SettingState & { label: string; value: unknown }>;
  const save = async (key: SettingKey, change: { value: unknown; reason: string; version: number }) => {
    const event = { action: 'set_setting' as const, key, ...change } as Parameters<typeof call<'bank', 'set_setting'>>[1];
    await act(() => call('bank', event), `已保存「${settings[key].label}」`, { toast: false });
    await reload();
  };
  return (
    <>
      <Outcome error={error} done={done} doneId='setting-done' />
      {ORDER.filter((k) => settings[k]).map((k) =>
        EDITED_ELSEWHERE[k] ? (
          <ElsewhereCard key={`${k}:${settings[k].version}`} settingKey={k} label={settings[k].label} state={settings[k]} />
        ) : (
          <SettingForm
            key={`${k}:${settings[k].version}`}
            settingKey={k}
            label={settings[k].label}
            value={settings[k].value}
            state={settings[k]}
            busy={busy}
            onSave={(c) => void save(k, c)}
          />
        ),
      )}
    </>
  );
}
