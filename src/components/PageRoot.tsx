import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useLargeText } from '@/hooks/usePrefs';
import { pageRootClass } from '@/services';

interface Props {
  className?: string;
  id?: string;
  /** A desk page (dispatchers at a PC): wider than a phone page when the window is. */
  desk?: boolean;
}

/** Every page's outermost View: page padding, base text size, a readable width, and `.large-text` in 大字模式. */
export function PageRoot({ className = '', id, desk, children }: PropsWithChildren<Props>) {
  const largeText = useLargeText();
  return (
    <View className={pageRootClass(largeText, `${desk ? 'page-root--desk ' : ''}${className}`.trim())} id={id}>
      {children}
    </View>
  );
}
