// 我的导出 (an admin: everyone's): each export's content, range, who and when, whether personal data was
// in it, its status, and 下载 (a finished one) or 继续 (one that stopped before its end).
import { Text, View } from '@tarojs/components';
import { Card, Tappable } from '@/components';
import { EXPORT_KIND_LABELS } from '@/domain/insight/exports';
import type { ExportRecordView } from '@/domain/schemas/insightExports';
import { formatDateTime } from '@/services';

const STATUS: Record<ExportRecordView['status'], string> = { running: '未完成', done: '已完成', failed: '失败' };

export function ExportList(props: {
  items: readonly ExportRecordView[];
  admin: boolean;
  busy: boolean;
  onDownload: (jobId: string) => void;
  onResume: (jobId: string) => void;
}) {
  return (
    <Card title={props.admin ? '最近的导出（全部人员）' : '我的导出'} id='export-list'>
      {props.items.length === 0 && <Text className='export-empty'>还没有导出记录</Text>}
      {props.items.map((r) => (
        <View key={r.jobId} className='export-row' id={`export-row-${r.jobId}`} data-status={r.status}>
          <View className='export-row-main'>
            <Text className='export-row-title'>
              {EXPORT_KIND_LABELS[r.kind]} · {r.format.toUpperCase()} · {r.fromDate} 至 {r.toDate}
            </Text>
            <Text className='export-row-meta'>
              {r.by.mine ? '我' : r.by.name} · {formatDateTime(r.startedAt)} · {r.personal ? '含个人信息' : '个人信息已隐去'} ·{' '}
              {r.status === 'done' ? `${r.rows ?? 0} 行` : `${STATUS[r.status]} ${r.done} / ${r.total}`}
            </Text>
          </View>
          {r.status === 'done' && (
            <Tappable className='option export-action export-download' onClick={() => props.onDownload(r.jobId)}>
              下载
            </Tappable>
          )}
          {r.status === 'running' && r.by.mine && (
            <Tappable className='option export-action export-resume' onClick={() => !props.busy && props.onResume(r.jobId)}>
              继续
            </Tappable>
          )}
        </View>
      ))}
    </Card>
  );
}
