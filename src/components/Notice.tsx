import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';

export type NoticeKind = 'error' | 'info' | 'success';

/**
 * A message block. `error` notices also carry `.error-message` (what tests look for), with the
 * failure code in `data-code` when there is one.
 */
export function Notice({ kind = 'info', code, id, children }: PropsWithChildren<{ kind?: NoticeKind; code?: string; id?: string }>) {
  return (
    <View className={`notice notice--${kind}`} id={id}>
      <Text className={`notice-text ${kind === 'error' ? 'error-message' : ''}`} data-code={code}>
        {children}
      </Text>
    </View>
  );
}
