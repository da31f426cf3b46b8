import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { pageRootClass } from '@/services';
import { useLargeText } from '@/hooks/usePrefs';

/** Every page's outermost View: page padding, base text size, and `.large-text` in 大字模式. */
export function PageRoot({ className = '', id, children }: PropsWithChildren<{ className?: string; id?: string }>) {
  const largeText = useLargeText();
  return (
    <View className={pageRootClass(largeText, className)} id={id}>
      {children}
    </View>
  );
}
