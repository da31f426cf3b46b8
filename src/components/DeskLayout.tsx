import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import '@/styles/desk.scss';

/**
 * A desk page on a wide window (≥ 1024 px, see hooks/useWide): the list on the left, the open item
 * on the right, each scrolling on its own. On a phone a desk page shows one of them instead, and
 * opening an item is a page of its own. `.desk`, `.desk-list`, `.desk-detail`.
 */
export function DeskLayout({ list, detail }: { list: ReactNode; detail: ReactNode }) {
  return (
    <View className='desk'>
      <View className='desk-list'>{list}</View>
      <View className='desk-detail'>{detail}</View>
    </View>
  );
}
