/**
 * 数据导出 — for an admin (the street) or a dispatcher (their communities): choose what (微心愿, 志愿服务时长,
 * 活动, 巡访; 积分流水 for admins), the format, the days and the community; 开始导出 shows the progress
 * (x / y 行) while the export runs chunk by chunk (insight.export_step), then downloads the file. Below,
 * the recent exports with 下载, or 继续 for one that stopped. Two columns on a desk, one on a phone.
 *
 * Selectors (browser tests):
 * - `#exports-page`; `#exports-error` (`.error-message[data-code]`)
 * - `#export-form`: `.export-kind-<kind>`, `.export-format-<format>`, `#export-this-month`, `#export-last-month`,
 *   `#export-from`, `#export-to`, `#export-community-<id|all>`, `#export-personal`, `#export-start`,
 *   `#export-progress` (`data-done`, `data-total`, `data-status`)
 * - `#export-list`: `.export-row` / `#export-row-<jobId>` (`data-status`), `.export-download`, `.export-resume`
 */
import { View } from '@tarojs/components';
import { Loading, Notice, PageRoot, RetryNotice } from '@/components';
import { EXPORT_KINDS } from '@/domain/insight/exports';
import { useKeptCommunities } from '@/hooks/useKeptCommunities';
import { useWhoami } from '@/hooks/useWhoami';
import { ExportFormCard } from '@/admin/components/exports/ExportFormCard';
import { ExportList } from '@/admin/components/exports/ExportList';
import { useExports } from '@/admin/components/exports/useExports';
import '@/admin/components/posters.scss';
import './index.scss';

export default function ExportsPage() {
  const x = useExports();
  const { state: who } = useWhoami();
  const { communities } = useKeptCommunities();
  const admin = who.status === 'ready' && who.data.roles.includes('admin');
  const kinds = EXPORT_KINDS.filter((k) => k !== 'ledger' || admin);
  return (
    <PageRoot id='exports-page' desk heading='数据导出'>
      {x.error && (
        <Notice kind='error' code={x.error.code} id='exports-error'>
          {x.error.message}
        </Notice>
      )}
      <View className='exports-grid'>
        <ExportFormCard
          form={x.form}
          onChange={x.setForm}
          kinds={kinds}
          communities={communities}
          progress={x.progress}
          busy={x.busy}
          onStart={() => void x.start()}
        />
        {x.list.status === 'loading' && <Loading />}
        {x.list.status === 'error' && <RetryNotice code={x.list.code} message={x.list.message} onRetry={() => void x.reload()} />}
        {x.list.status === 'ready' && (
          <ExportList
            items={x.list.data.items}
            admin={admin}
            busy={x.busy}
            onDownload={(id) => void x.download(id)}
            onResume={(id) => void x.resume(id)}
          />
        )}
      </View>
    </PageRoot>
  );
}
