import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components';
import type { BatchProgress } from '@/domain/schemas/poster';
import { ProgressBar } from './ProgressBar';

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
  return (
    <View className='batch-panel' id='posters-batch-panel'>
      <Text className='batch-count'>共 {active} 个在用楼栋码，每个一页 A4</Text>
      <BigButton id='posters-batch' busy={busy} disabled={active === 0} onClick={onRun}>
        生成全社区海报
      </BigButton>
      {progress && (
        <ProgressBar
          id='posters-progress'
          progress={progress}
          words={`${progress.status === 'done' ? '已完成' : '正在生成'} ${progress.done} / ${progress.total}`}
        />
      )}
      {progress?.file && (
        <BigButton kind='secondary' id='posters-batch-open' onClick={onOpen}>
          {openLabel}（{progress.file.pages} 页）
        </BigButton>
      )}
    </View>
  );
}
