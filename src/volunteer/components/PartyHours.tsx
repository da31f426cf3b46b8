// 党员服务时长: a party member's hours this year against the yearly requirement, in words and a bar
// (the bar is decoration; the words say it all).
import { Text, View } from '@tarojs/components';
import { hiddenProps } from '@/components/a11y';
import { hoursOf } from '@/services';

export function PartyHours({ minutes, requiredHours }: { minutes: number; requiredHours: number }) {
  const done = minutes >= requiredHours * 60;
  const share = Math.min(100, Math.round((minutes / (requiredHours * 60)) * 100));
  return (
    <View className='party-hours' id='party-hours' data-done={done}>
      <Text className='body-text'>{`党员服务时长：今年 ${hoursOf(minutes)} 小时 / 要求 ${requiredHours} 小时`}</Text>
      <View className='bar' {...hiddenProps}>
        <View className={`bar-fill${done ? ' bar-fill--done' : ''}`} style={{ width: `${share}%` }} />
      </View>
      <Text className='meta'>{done ? '✓ 今年已达到要求' : `还差 ${hoursOf(requiredHours * 60 - minutes)} 小时`}</Text>
    </View>
  );
}
