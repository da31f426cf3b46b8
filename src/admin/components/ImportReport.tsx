// What the dry run found (a table of 行 / 列 / 问题, or what an import would do) and how far an import got.
import { Text, View } from '@tarojs/components';
import type { ImportJobView } from '@/domain/schemas';
import { Notice } from '@/components';
import { formatDateTime } from '@/services';

export const KIND_LABELS = { places: '楼栋', teams: '服务队', volunteers: '志愿者' } as const;

interface Checked {
  rows: number;
  problems: { row: number; column: string; message: string }[];
  more: number;
  summary: { create: number; update: number; unchanged: number };
}

/** H5: the table's and the progress bar's roles for a screen reader (WeChat's reader reads the text in order). */
const H5 = process.env.TARO_ENV === 'h5';
const roleOf = (role: string, label?: string): Record<string, string> => (H5 ? { role, ...(label ? { 'aria-label': label } : {}) } : {});
const progressProps = (percent: number): Record<string, string> =>
  H5
    ? { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(percent), 'aria-label': '导入进度' }
    : {};

const counts = (s: Checked['summary']) => `新增 ${s.create} 条，修改 ${s.update} 条，不变 ${s.unchanged} 条`;

export function CheckReport({ checked }: { checked: Checked }) {
  if (!checked.problems.length) {
    return (
      <View id='import-summary' className='import-summary'>
        <Notice kind='success'>{`检查通过：共 ${checked.rows} 行。导入后将${counts(checked.summary)}。`}</Notice>
      </View>
    );
  }
  return (
    <View id='import-problems' className='import-problems'>
      <Notice kind='error' code='IMPORT.HAS_PROBLEMS'>
        {`发现 ${checked.problems.length + checked.more} 个问题，请在表格里改好后重新选择文件、再检查。什么都没有写入。`}
      </Notice>
      <View className='import-table' {...roleOf('table', '检查发现的问题')}>
        <View className='import-table-row import-table-head' {...roleOf('row')}>
          <Text className='import-cell import-cell--row' {...roleOf('columnheader')}>
            行
          </Text>
          <Text className='import-cell import-cell--column' {...roleOf('columnheader')}>
            列
          </Text>
          <Text className='import-cell import-cell--message' {...roleOf('columnheader')}>
            问题
          </Text>
        </View>
        {checked.problems.map((p, i) => (
          <View key={i} className='import-table-row import-problem' {...roleOf('row')}>
            <Text className='import-cell import-cell--row import-problem-row' {...roleOf('cell')}>
              {String(p.row)}
            </Text>
            <Text className='import-cell import-cell--column import-problem-column' {...roleOf('cell')}>
              {p.column || '—'}
            </Text>
            <Text className='import-cell import-cell--message import-problem-message' {...roleOf('cell')}>
              {p.message}
            </Text>
          </View>
        ))}
      </View>
      {checked.more ? <Text id='import-problems-more' className='hint'>{`另有 ${checked.more} 个问题未列出`}</Text> : null}
    </View>
  );
}

const STATUS_TEXT = { running: '正在导入', done: '导入完成', failed: '导入未完成' } as const;

/** `label`: what is imported when the job has no `kind` (the elders' import of a community: 巡访对象). */
export function JobProgress({ job, label }: { job: Omit<ImportJobView, 'kind'> & { kind?: ImportJobView['kind'] }; label?: string }) {
  const percent = job.total ? Math.floor((job.done / job.total) * 100) : 100;
  return (
    <View id='import-progress' className='import-progress' data-status={job.status} data-done={job.done} data-total={job.total}>
      <Text className='import-progress-text'>{`${label ?? (job.kind ? KIND_LABELS[job.kind] : '')} · ${STATUS_TEXT[job.status]}：${job.done} / ${job.total}`}</Text>
      <View className='import-progress-track' {...progressProps(percent)}>
        <View className='import-progress-bar' style={{ width: `${percent}%` }} />
      </View>
      {job.status === 'done' ? <Notice kind='success'>{`已${counts(job.summary)}。`}</Notice> : null}
      {job.status === 'failed' ? (
        <Notice kind='error' code={job.error?.code}>
          {job.error?.code === 'IMPORT.STALE'
            ? '数据在检查之后有了变化，这次导入没有写入任何内容，请重新检查后再导入'
            : '这次导入没有完成，没有写入任何内容，请重新导入'}
        </Notice>
      ) : null}
    </View>
  );
}

export function RecentJobs({ jobs }: { jobs: ImportJobView[] }) {
  if (!jobs.length) return null;
  return (
    <View id='import-jobs' className='import-jobs'>
      <Text className='section-title'>最近的导入</Text>
      {jobs.map((j) => (
        <View key={j.jobId} className='import-job' data-status={j.status}>
          <Text>{`${formatDateTime(j.createdAt)} · ${KIND_LABELS[j.kind]} · ${STATUS_TEXT[j.status]} ${j.done}/${j.total}`}</Text>
        </View>
      ))}
    </View>
  );
}
