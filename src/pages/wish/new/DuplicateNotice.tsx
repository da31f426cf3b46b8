import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton } from '@/components';

/** A similar wish is already open: look at it, or submit anyway (`#duplicate-open`, `#duplicate-confirm`). */
export function DuplicateNotice({
  existingWishId,
  onConfirm,
  onBack,
}: {
  existingWishId: string;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const open = () => void Taro.navigateTo({ url: `/pages/wish/detail/index?id=${encodeURIComponent(existingWishId)}` });
  return (
    <View className='duplicate-notice' id='duplicate-notice'>
      <Text className='duplicate-title'>您24小时内已提过类似心愿</Text>
      <Text className='duplicate-text'>为免重复上门，请先看看之前那条的进度。如果确实是另一件事，可以继续提交。</Text>
      <BigButton kind='secondary' id='duplicate-open' onClick={open}>
        查看之前的心愿
      </BigButton>
      <BigButton kind='primary' id='duplicate-confirm' onClick={onConfirm}>
        仍要提交
      </BigButton>
      <BigButton kind='plain' id='duplicate-back' onClick={onBack}>
        返回修改
      </BigButton>
    </View>
  );
}
