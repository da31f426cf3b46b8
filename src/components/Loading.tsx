import { Text, View } from '@tarojs/components';
import { regionProps } from './a11y';

/** A calm "loading" line (`.loading`), said politely by a screen reader. */
export function Loading({ text = '正在加载，请稍候…' }: { text?: string }) {
  return (
    <View className='loading' {...regionProps({ role: 'status', live: 'polite' })}>
      <Text className='loading-text'>{text}</Text>
    </View>
  );
}
