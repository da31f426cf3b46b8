/**
 * 巡访对象导入 — the community's staff import its elders from their spreadsheet: 下载模板, 选择文件, 检查
 * (every problem as 行 / 列 / 问题, nothing written), 导入 (a progress bar; the job goes on chunk by chunk,
 * a reopened page continues the job this phone started, and 导入 again with the same file continues it too). The same steps and report as
 * the admin's import (CheckReport, JobProgress); desk width: the steps on the left, the report on the right.
 *
 * Selectors (browser tests): `#elders-import-page`; `.community-<id>`; `#elders-import-template`,
 * `#elders-import-choose`, `#elders-import-check`, `#elders-import-apply`; `#import-summary`,
 * `#import-problems` (`.import-problem`), `#import-progress` (`data-status`, `data-done`, `data-total`);
 * `.error-message[data-code]`.
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { BigButton, Choices, Notice, PageRoot } from '@/components';
import { DeskLayout } from '@/components/DeskLayout';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { useKeptCommunities } from '@/hooks/useKeptCommunities';
import { useWide } from '@/hooks/useWide';
import { call, messageFor } from '@/services';
import { recallImportJob, rememberImportJob } from '@/services/importMemory';
import { chooseAndUploadSheet, openSheetFile, type ChosenSheet } from '@/services/sheetFiles';
import { CheckReport, JobProgress } from '@/admin/components/ImportReport';
import '@/admin/pages/import/index.scss';

type Job = ActionOutput<'visit', 'elder_import'>;

export default function EldersImportPage() {
  const wide = useWide();
  const { communities } = useKeptCommunities();
  const [chosen, setChosen] = useState(useRouter().params.communityId);
  const community = communities.find((c) => c.communityId === chosen) ?? communities[0];
  const communityId = community?.communityId ?? '';
  const [file, setFile] = useState<ChosenSheet>();
  const [checked, setChecked] = useState<ActionOutput<'visit', 'elder_check'>>();
  const [job, setJob] = useState<Job>();
  const [jobError, setJobError] = useState<{ code: string; message: string }>();
  const { busy, error, act } = useAct();
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  /** Continues the job chunk by chunk until it ends, showing each step's progress. */
  const follow = async (start: Job) => {
    setJob(start);
    rememberImportJob(start.status === 'running' ? start.jobId : undefined);
    let current = start;
    while (alive.current && current.status === 'running') {
      const next = await call('visit', { action: 'elder_import_job', jobId: current.jobId });
      if (!alive.current) return;
      if (!next.ok) {
        rememberImportJob(undefined);
        return setJobError({ code: next.error.code, message: messageFor(next.error) });
      }
      current = next.data;
      setJob(current);
    }
    if (current.status !== 'running') rememberImportJob(undefined);
  };
  // A reopened page continues the import this phone started and did not see end.
  useEffect(() => {
    const jobId = recallImportJob();
    if (!jobId) return;
    void (async () => {
      const r = await call('visit', { action: 'elder_import_job', jobId });
      if (!alive.current) return;
      if (r.ok) await follow(r.data);
      else rememberImportJob(undefined);
    })();
  }, []);
  const reset = () => {
    setChecked(undefined);
    setJob(undefined);
    setJobError(undefined);
  };
  const template = async () => {
    const r = await act(() => call('visit', { action: 'elder_template' }), '模板已生成');
    if (r.ok) await openSheetFile(r.data.url, r.data.name);
  };
  const choose = async () => {
    const picked = await chooseAndUploadSheet();
    if (!picked) return;
    reset();
    if (picked.ok) setFile(picked.data);
    else await act(async () => picked, '');
  };
  const check = async () => {
    if (!file) return;
    const r = await act(() => call('visit', { action: 'elder_check', communityId, fileID: file.fileID }), '检查完成', { toast: false });
    if (r.ok) setChecked(r.data);
  };
  const apply = async () => {
    if (!file) return;
    const r = await act(() => call('visit', { action: 'elder_import', communityId, fileID: file.fileID }), '开始导入', { toast: false });
    if (r.ok) await follow(r.data);
  };
  const running = job?.status === 'running';
  const names = Object.fromEntries(communities.map((c) => [c.communityId, c.name]));

  const steps = (
    <View className='import-steps'>
      <Text className='section-title'>{`把${community?.name ?? '社区'}的老人名单从表格导入巡访名单`}</Text>
      {communities.length > 1 && communityId ? (
        <Choices
          options={names}
          value={communityId}
          prefix='community'
          label='社区'
          onChange={(c) => {
            setChosen(c);
            reset();
          }}
        />
      ) : null}
      <BigButton id='elders-import-template' kind='secondary' busy={busy} onClick={() => void template()}>
        下载模板
      </BigButton>
      <BigButton id='elders-import-choose' kind='secondary' busy={busy || running} onClick={() => void choose()}>
        选择文件
      </BigButton>
      {file ? <Text className='import-file-name'>{`已选：${file.name}`}</Text> : null}
      <BigButton id='elders-import-check' disabled={!file || !communityId} busy={busy} onClick={() => void check()}>
        检查
      </BigButton>
      <BigButton
        id='elders-import-apply'
        disabled={!checked || checked.problems.length > 0 || running}
        busy={busy}
        onClick={() => void apply()}
      >
        导入
      </BigButton>
    </View>
  );
  const report = (
    <View className='import-report'>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {jobError ? (
        <Notice kind='error' code={jobError.code}>
          {jobError.message}
        </Notice>
      ) : null}
      {job ? <JobProgress job={job} label='巡访对象' /> : null}
      {checked && !job ? <CheckReport checked={checked} /> : null}
      {!checked && !job ? (
        <Text className='hint'>先下载模板按格式填写（每位老人一行，须有同意方式和同意日期），再选择文件并检查；检查通过后才能导入。</Text>
      ) : null}
    </View>
  );
  return (
    <PageRoot id='elders-import-page' desk heading='巡访对象导入'>
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
