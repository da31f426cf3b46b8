import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { regionProps } from './a11y';

export type NoticeKind = 'error' | 'info' | 'success';

/**
 * A message block. `error` notices also carry `.error-message` (what tests look for), with the
 * failure code in `data-code` when there is one, and are alerts: a screen reader says them as they
 * appear (success notices politely).
 */
export function Notice({ kind = 'info', code, id, children }: PropsWithChildren<{ kind?: NoticeKind; code?: string; id?: string }>) {
  const region =
    kind === 'error'
      ? regionProps({ role: 'alert', live: 'assertive' })
      : kind === 'success'
        ? regionProps({ role: 'status', live: 'polite' })
        : {};
  return (
    <View className={`notice notice--${kind}`} id={id} {...region}>
      <Text className={`notice-text ${kind === 'error' ? 'error-message' : ''}`} data-code={code}>
        {children}
      </Text>
    </View>
  );
}
