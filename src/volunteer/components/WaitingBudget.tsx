// 等待预算 on the passbook: the volunteer's served and rated services whose points wait for the sponsor's
// budget (the queue pays them oldest first when budget is granted). Said kindly: nothing is lost and
// there is nothing to do. Hidden when nothing waits.
import { Text, View } from '@tarojs/components';
import { regionProps } from '@/components/a11y';

export function WaitingBudget({ count, points }: { count: number; points: number }) {
  if (count <= 0) return null;
  return (
    <View className='notice notice--info waiting-budget' id='passbook-waiting' {...regionProps({ role: 'status', live: 'polite' })}>
      <Text className='notice-text body-text' id='passbook-waiting-summary'>
        有 {count} 笔服务积分等待预算拨付，共 {points} 分
      </Text>
      <Text className='meta'>
        您的服务已经记下，积分不会丢失。街道的公益积分预算到账后，会按先后顺序自动存入存折，您不用再做什么。谢谢您的付出！
      </Text>
    </View>
  );
}
