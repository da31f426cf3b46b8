import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { regionProps } from '@/components/a11y';

/** A long job's progress (a poster batch, an export): done / total for tests and screen readers alike. */
export interface JobProgress {
  done: number;
  total: number;
  status: string;
}

/** The bar and its words in a polite live region; `children` add a line under them. */
export function ProgressBar({ id, progress, words, children }: { id: string; progress: JobProgress; words: string; children?: ReactNode }) {
  // an empty job that is done is full, not empty
  const percent = progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : progress.status === 'done' ? 100 : 0;
  return (
    <View
      className='batch-progress'
      id={id}
      data-done={progress.done}
      data-total={progress.total}
      data-status={progress.status}
      {...regionProps({ role: 'status', live: 'polite' })}
    >
      <View className='batch-bar'>
        <View className='batch-bar-fill' style={{ width: `${percent}%` }} />
      </View>
      <Text className='batch-numbers'>{words}</Text>
      {children}
    </View>
  );
}
