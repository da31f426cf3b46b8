// 数据导出's form: what to export, the format, the business days, the community and whether names and
// phones are wanted in full (only written for who keeps those communities), then 开始导出 with progress.
import { Picker, Text, View } from '@tarojs/components';
import { BigButton, Card, Choice, ChoiceGroup, Choices, Tappable } from '@/components';
import { ProgressBar } from '../ProgressBar';
import { EXPORT_KIND_LABELS, type ExportFormat, type ExportKind } from '@/domain/insight/exports';
import type { ExportProgress } from '@/domain/schemas/insightExports';
import { shanghaiDate } from '@/services';
import { monthRange } from '@/services/exports';
import type { ExportForm } from './useExports';

const FORMATS: Record<ExportFormat, string> = { xlsx: 'Excel 表格 (.xlsx)', csv: 'CSV 文本 (.csv)' };

function DateBox({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (d: string) => void }) {
  return (
    <Picker mode='date' value={value} end={shanghaiDate(new Date())} onChange={(e) => onChange(String(e.detail.value))}>
      <Tappable className='picker-box export-date' id={id}>
        <Text className='picker-value'>{`${label}：${value}`}</Text>
        <Text className='picker-action'>选日期 ›</Text>
      </Tappable>
    </Picker>
  );
}

export function ExportFormCard(props: {
  form: ExportForm;
  onChange: (f: ExportForm) => void;
  kinds: readonly ExportKind[];
  communities: ReadonlyArray<{ communityId: string; name: string }>;
  progress?: ExportProgress;
  busy: boolean;
  onStart: () => void;
}) {
  const { form, onChange, progress } = props;
  const set = (patch: Partial<ExportForm>) => onChange({ ...form, ...patch });
  const today = shanghaiDate(new Date());
  const kinds = Object.fromEntries(props.kinds.map((k) => [k, EXPORT_KIND_LABELS[k]])) as Record<ExportKind, string>;
  return (
    <Card title='新建导出' id='export-form'>
      <Text className='export-label'>导出内容</Text>
      <Choices options={kinds} value={form.kind} prefix='export-kind' label='导出内容' onChange={(kind) => set({ kind })} />
      <Text className='export-label'>文件格式</Text>
      <Choices options={FORMATS} value={form.format} prefix='export-format' label='文件格式' onChange={(format) => set({ format })} />
      <Text className='export-label'>日期范围（最多一年）</Text>
      <View className='export-quick'>
        <Tappable className='option export-range' id='export-this-month' onClick={() => set(monthRange(today))}>
          本月
        </Tappable>
        <Tappable className='option export-range' id='export-last-month' onClick={() => set(monthRange(today, 1))}>
          上月
        </Tappable>
      </View>
      <View className='export-dates'>
        <DateBox id='export-from' label='开始' value={form.fromDate} onChange={(fromDate) => set({ fromDate })} />
        <DateBox id='export-to' label='结束' value={form.toDate} onChange={(toDate) => set({ toDate })} />
      </View>
      {form.kind !== 'ledger' && props.communities.length > 1 && (
        <>
          <Text className='export-label'>社区</Text>
          <ChoiceGroup label='社区' className='choices'>
            {[{ communityId: '', name: '全部' }, ...props.communities].map((c) => (
              <Choice
                key={c.communityId || 'all'}
                id={`export-community-${c.communityId || 'all'}`}
                className={`option choice${(form.communityId ?? '') === c.communityId ? ' option--on choice--on' : ''}`}
                checked={(form.communityId ?? '') === c.communityId}
                onChoose={() => set({ communityId: c.communityId || undefined })}
              >
                <Text>{c.name}</Text>
              </Choice>
            ))}
          </ChoiceGroup>
        </>
      )}
      <ChoiceGroup label='个人信息' multi>
        <Choice
          multi
          id='export-personal'
          className={`option choice export-personal${form.personal ? ' option--on choice--on' : ''}`}
          checked={form.personal}
          onChoose={() => set({ personal: !form.personal })}
        >
          <Text>包含完整姓名、电话、门牌（仅限负责该社区的人员，导出会留记录）</Text>
        </Choice>
      </ChoiceGroup>
      <BigButton id='export-start' busy={props.busy} onClick={props.onStart}>
        开始导出
      </BigButton>
      {progress && (
        <ProgressBar
          id='export-progress'
          progress={progress}
          words={
            progress.status === 'done'
              ? `已完成，共 ${progress.file?.rows ?? progress.done} 行`
              : `正在导出 ${progress.done} / ${progress.total} 行`
          }
        >
          {progress.status === 'done' && !progress.personal && <Text className='export-note'>姓名、电话、门牌已隐去部分</Text>}
        </ProgressBar>
      )}
    </Card>
  );
}
