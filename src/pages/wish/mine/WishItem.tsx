import { Text, View } from '@tarojs/components';
import { Tappable } from '@/components';
import Taro from '@tarojs/taro';
import { StatusTag } from '@/components/wish/StatusTag';
import { DueLine } from '@/components/wish/DueLine';
import { WishHead } from '@/components/wish/WishHead';
import type { ActionOutput } from '@/domain/schemas';
import { formatDateTime } from '@/services';

export type WishSummary = ActionOutput<'wish', 'mine'>['items'][number];

/** One wish in the list (`.wish-item`, `data-id`), with when to expect the visit; tap opens its detail (a link, named by what it shows). */
export function WishItem({ wish, now }: { wish: WishSummary; now: number }) {
  const open = () => void Taro.navigateTo({ url: `/pages/wish/detail/index?id=${encodeURIComponent(wish.id)}` });
  return (
    <Tappable role='link' className='card wish-item' data-id={wish.id} onClick={open}>
      <WishHead wish={wish} prefix='wish-item' now={now} large />
      <StatusTag status={wish.status} className='wish-item-status' />
      <Text className='wish-item-desc'>{wish.description}</Text>
      <DueLine wish={wish} now={now} className='wish-item-due' resident />
      <View className='wish-item-foot'>
        <Text className='meta wish-item-date'>{`提交于 ${formatDateTime(wish.createdAt)}`}</Text>
        <Text className='wish-item-open'>查看 ›</Text>
      </View>
    </Tappable>
  );
}
