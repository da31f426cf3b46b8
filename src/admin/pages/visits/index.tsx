/**
 * 巡访计划 — the street's admins set how often elders are called and visited, by age band and tags
 * (PlanEditor: settings key `visits`), from the bank's settings page's link (EDITED_ELSEWHERE).
 *
 * Selectors (browser tests): `#visits-plan-page`; `#plan-done`; `.error-message[data-code]`; PlanEditor's.
 */
import { Loading, PageRoot, RetryNotice } from '@/components';
import { Outcome } from '@/admin/components/bank/Outcome';
import { PlanEditor } from '@/admin/components/PlanEditor';
import { useSettings } from '@/hooks/useSettings';
import '@/admin/components/admin.scss';

export default function VisitPlanPage() {
  const { settings, reload, busy, error, done, saveSetting } = useSettings();
  return (
    <PageRoot id='visits-plan-page' desk heading='巡访计划'>
      <Outcome error={error} done={done} doneId='plan-done' />
      {settings.status === 'loading' ? <Loading /> : null}
      {settings.status === 'error' ? <RetryNotice code={settings.code} message={settings.message} onRetry={() => void reload()} /> : null}
      {settings.status === 'ready' ? (
        <PlanEditor
          value={settings.data.visits.value}
          version={settings.data.visits.version}
          busy={busy}
          onSave={(c) => void saveSetting('visits', { ...c, version: settings.data.visits.version }, '巡访计划已保存')}
        />
      ) : null}
    </PageRoot>
  );
}
