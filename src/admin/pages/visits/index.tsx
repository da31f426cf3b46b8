/**
 * 巡访计划 — the street's admins set how often elders are called and visited, by age band and tags
 * (PlanEditor: settings key `visits`), from the bank's settings page's link (EDITED_ELSEWHERE).
 *
 * Selectors (browser tests): `#visits-plan-page`; `#plan-done`; `.error-message[data-code]`; PlanEditor's.
 */
import { useCallback } from 'react';
import { Loading, Notice, PageRoot, RetryNotice } from '@/components';
import { PlanEditor, type PlanChange } from '@/admin/components/PlanEditor';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import '@/admin/components/admin.scss';

export default function VisitPlanPage() {
  const loadSettings = useCallback(() => call('bank', { action: 'settings' }), []);
  const { state: settings, reload } = useRemote(loadSettings);
  const { busy, error, done, act } = useAct();
  const save = async (c: PlanChange, version: number) => {
    const r = await act(
      () => call('bank', { action: 'set_setting', key: 'visits', value: c.value, version, reason: c.reason }),
      '巡访计划已保存',
      {
        toast: false,
      },
    );
    if (r.ok || r.error.code === 'SETTING.CHANGED') await reload();
  };
  return (
    <PageRoot id='visits-plan-page' desk heading='巡访计划'>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind='success' id='plan-done'>
          {done}
        </Notice>
      ) : null}
      {settings.status === 'loading' ? <Loading /> : null}
      {settings.status === 'error' ? <RetryNotice code={settings.code} message={settings.message} onRetry={() => void reload()} /> : null}
      {settings.status === 'ready' ? (
        <PlanEditor
          value={settings.data.visits.value}
          version={settings.data.visits.version}
          busy={busy}
          onSave={(c) => void save(c, settings.data.visits.version)}
        />
      ) : null}
    </PageRoot>
  );
}
