import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { StatusTag } from '@/components';
import { categoryLabel, formatDateTime } from '@/services';
import type { ActionOutput } from '@/domain/schemas';

export type WishSummary = ActionOutput<'wish', 'mine'>['items'][number];

/** One wish in the list (`.wish-item`, `data-id`); tap opens its detail. */
export function WishItem({ wish }: { wish: WishSummary }) {
  const open = () => void Taro.navigateTo({ url: `/pages/wish/detail/index?id=${encodeURIComponent(wish.id)}` });
  return (
    <View className='wish-item' hoverClass='pressed' data-id={wish.id} onClick={open}>
      <View className='wish-item-head'>
        <Text className='wish-item-category'>{categoryLabel(wish.category)}</Text>
        {wish.urgency === 'urgent' ? <Text className='wish-item-urgent'>紧急</Text> : null}
      </View>
      <StatusTag status={wish.status} className='wish-item-status' />
      <Text className='wish-item-desc'>{wish.description}</Text>
      <View className='wish-item-foot'>
        <Text className='wish-item-date'>{`提交于 ${formatDateTime(wish.createdAt)}`}</Text>
        <Text className='wish-item-open'>查看 ›</Text>
      </View>
    </View>
  );
}
