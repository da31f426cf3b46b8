import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components';
import type { BatchProgress } from '@/domain/schemas/poster';
import { regionProps } from '@/components/a11y';

/**
 * 「生成全社区海报」: one A4 page per active stairwell, with a progress bar (done / total) while the
 * batch runs, then 「下载 PDF」 / 「打开」.
 */
export function BatchPanel({
  active,
  progress,
  busy,
  openLabel,
  onRun,
  onOpen,
}: {
  /** Stairwells that get a poster. */
  active: number;
  progress?: BatchProgress;
  busy: boolean;
  openLabel: string;
  onRun: () => void;
  onOpen: () => void;
}) {
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;
  return (
    <View className='batch-panel' id='posters-batch-panel'>
      <Text className='batch-count'>共 {active} 个在用楼栋码，每个一页 A4</Text>
      <BigButton id='posters-batch' busy={busy} disabled={active === 0} onClick={onRun}>
        生成全社区海报
      </BigButton>
      {progress && (
        <View
          className='batch-progress'
          id='posters-progress'
          data-done={progress.done}
          data-total={progress.total}
          data-status={progress.status}
          {...regionProps({ role: 'status', live: 'polite' })}
        >
          <View className='batch-bar'>
            <View className='batch-bar-fill' style={{ width: `${percent}%` }} />
          </View>
          <Text className='batch-numbers'>
            {progress.status === 'done' ? '已完成' : '正在生成'} {progress.done} / {progress.total}
          </Text>
        </View>
      )}
      {progress?.file && (
        <BigButton kind='secondary' id='posters-batch-open' onClick={onOpen}>
          {openLabel}（{progress.file.pages} 页）
        </BigButton>
      )}
    </View>
  );
}
