import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useLargeText } from '@/hooks/usePrefs';
import { pageRootClass } from '@/services';
import { headingProps, mainProps } from './a11y';
import { BackBar } from './BackBar';

interface Props {
  className?: string;
  id?: string;
  /** A desk page (dispatchers at a PC): wider than a phone page when the window is. */
  desk?: boolean;
  /**
   * The page's title as its first heading, for a screen reader on H5 (hidden: WeChat's title bar
   * shows it). Pages whose title is on the page mark that text as the heading instead.
   */
  heading?: string;
}

/** Every page's outermost View: page padding, base text size, a readable width, and `.large-text` in 大字模式. */
export function PageRoot({ className = '', id, desk, heading, children }: PropsWithChildren<Props>) {
  const largeText = useLargeText();
  return (
    <View className={pageRootClass(largeText, `${desk ? 'page-root--desk ' : ''}${className}`.trim())} id={id} {...mainProps}>
      {process.env.TARO_ENV === 'h5' ? <BackBar /> : null}
      {heading && process.env.TARO_ENV === 'h5' ? (
        <Text className='sr-only' {...headingProps(1)}>
          {heading}
        </Text>
      ) : null}
      {children}
    </View>
  );
}
