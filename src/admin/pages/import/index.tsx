/**
 * 批量导入 — the admin's spreadsheet import and export of places (楼栋), teams (服务队) and volunteers
 * (志愿者): pick what to import, 下载模板, 选择文件 (an .xlsx or .csv: H5 a file input, WeChat a file
 * from a chat), 检查 (every problem as 行 / 列 / 问题, or what importing would change, nothing written),
 * 导入 (a progress bar of done / total; a reopened page resumes the running import), 导出 (the stored
 * data in the same shape, to edit and import again). Desk width: the steps on the left, the report on
 * the right; on a phone one column.
 *
 * Selectors (browser tests):
 * - `#import-page`                          the page
 * - `.import-kind-<kind>` (`.choice--on`)   what to import: places | teams | volunteers
 * - `#import-template`, `#import-choose`, `#import-file-name`, `#import-check`, `#import-apply`,
 *   `#import-export`, `#import-export-csv`  the steps (H5: 选择文件 adds `#import-file-input`, a file input)
 * - `#import-summary`                       the dry run passed: what an import would change
 * - `#import-problems`: `.import-problem` with `.import-problem-row`, `.import-problem-column`,
 *   `.import-problem-message`; `#import-problems-more`
 * - `#import-progress` (`data-status` running | done | failed, `data-done`, `data-total`), `.import-progress-bar`
 * - `#import-jobs`: `.import-job` (`data-status`)  the caller's recent imports
 * - `.error-message[data-code]`             a failure, in Chinese
 */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Choices, Notice, PageRoot } from '@/components';
import { DeskLayout } from '@/components/DeskLayout';
import type { ImportKind } from '@/domain/org/import/columns';
import { useAct } from '@/hooks/useAct';
import { useWide } from '@/hooks/useWide';
import { call } from '@/services';
import { chooseAndUploadSheet, openSheetFile, type ChosenSheet } from '@/services/sheetFiles';
import { CheckReport, JobProgress, KIND_LABELS, RecentJobs } from '@/admin/components/ImportReport';
import { useImportJob } from '@/admin/components/useImportJob';
import './index.scss';

type Checked = Parameters<typeof CheckReport>[0]['checked'];

export default function ImportPage() {
  const wide = useWide();
  const [kind, setKind] = useState<ImportKind>('places');
  const [file, setFile] = useState<ChosenSheet>();
  const [checked, setChecked] = useState<Checked>();
  const { busy, error, act } = useAct();
  const jobs = useImportJob();

  // Moving on to another sheet (a kind, a file) puts the last finished import aside: the new check shows.
  const changeKind = (k: ImportKind) => {
    setKind(k);
    setFile(undefined);
    setChecked(undefined);
    jobs.dismiss();
  };
  const download = async (action: 'template' | 'export', format?: 'xlsx' | 'csv') => {
    const r = await act(
      () => (action === 'template' ? call('sheets', { action, kind }) : call('sheets', { action, kind, ...(format ? { format } : {}) })),
      action === 'template' ? '模板已生成' : '已导出',
    );
    if (r.ok) await openSheetFile(r.data.url, r.data.name);
  };
  const choose = async () => {
    const chosen = await chooseAndUploadSheet();
    if (!chosen) return;
    setChecked(undefined);
    jobs.dismiss();
    if (chosen.ok) setFile(chosen.data);
    else await act(async () => chosen, '');
  };
  const check = async () => {
    if (!file) return;
    const r = await act(() => call('sheets', { action: 'check', kind, fileID: file.fileID }), '检查完成', { toast: false });
    if (r.ok) setChecked(r.data);
  };
  const apply = async () => {
    if (!file) return;
    const r = await act(() => call('sheets', { action: 'apply', kind, fileID: file.fileID }), '开始导入', { toast: false });
    if (r.ok) jobs.follow(r.data);
  };
  const running = jobs.job?.status === 'running';
  const ready = !!checked && checked.problems.length === 0;

  const steps = (
    <View className='import-steps'>
      <Text className='section-title'>批量导入：楼栋（含社区、小区）、服务队、志愿者</Text>
      <Choices options={KIND_LABELS} value={kind} prefix='import-kind' label='要导入什么？' onChange={changeKind} />
      <BigButton id='import-template' kind='secondary' busy={busy} onClick={() => void download('template')}>
        下载模板
      </BigButton>
      <BigButton id='import-choose' kind='secondary' busy={busy || running} onClick={() => void choose()}>
        选择文件
      </BigButton>
      {file ? <Text id='import-file-name' className='import-file-name'>{`已选：${file.name}`}</Text> : null}
      <BigButton id='import-check' disabled={!file} busy={busy} onClick={() => void check()}>
        检查
      </BigButton>
      <BigButton id='import-apply' disabled={!ready || running} busy={busy} onClick={() => void apply()}>
        导入
      </BigButton>
      <View className='import-export'>
        <BigButton id='import-export' kind='plain' busy={busy} onClick={() => void download('export')}>
          导出 Excel
        </BigButton>
        <BigButton id='import-export-csv' kind='plain' busy={busy} onClick={() => void download('export', 'csv')}>
          导出 CSV
        </BigButton>
      </View>
    </View>
  );
  const report = (
    <View className='import-report'>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {jobs.error ? (
        <Notice kind='error' code={jobs.error.code}>
          {jobs.error.message}
        </Notice>
      ) : null}
      {jobs.job ? <JobProgress job={jobs.job} /> : null}
      {checked && !jobs.job ? <CheckReport checked={checked} /> : null}
      {!checked && !jobs.job ? <Text className='hint'>先下载模板按格式填写，再选择文件并检查；检查通过后才能导入。</Text> : null}
      <RecentJobs jobs={jobs.recent} />
    </View>
  );
  return (
    <PageRoot id='import-page' desk heading='批量导入'>
      {wide ? (
        <DeskLayout list={steps} detail={report} />
      ) : (
        <View>
          {steps}
          {report}
        </View>
      )}
    </PageRoot>
  );
}
