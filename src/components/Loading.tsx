import { Text, View } from '@tarojs/components';

/** A calm "loading" line (`.loading`). */
export function Loading({ text = '正在加载，请稍候…' }: { text?: string }) {
  return (
    <View className='loading'>
      <Text className='loading-text'>{text}</Text>
    </View>
  );
}
