// The two tabs of the hall: 待接单 (dispatched to my teams) and 我的 (claimed by me / in service).
import { Text, View } from '@tarojs/components';

export type HallTab = 'open' | 'mine';

export function HallTabs({ tab, onChange }: { tab: HallTab; onChange: (tab: HallTab) => void }) {
  const item = (key: HallTab, label: string) => (
    <Text
      className={`tab hall-tab-${key}${tab === key ? ' tab--on' : ''}`}
      id={`hall-tab-${key}`}
      data-on={tab === key}
      onClick={() => onChange(key)}
    >
      {label}
    </Text>
  );
  return (
    <View className='tabs hall-tabs'>
      {item('open', '待接单')}
      {item('mine', '我的')}
    </View>
  );
}
