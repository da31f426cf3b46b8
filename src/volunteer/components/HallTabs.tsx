// The hall's tabs: 待接单 (dispatched to my teams), 进行中 (claimed by me / in service), and 我的
// (services I completed: ratings, points, and orders sent back with the reason).
import { View } from '@tarojs/components';
import { Tappable } from '@/components';
import { regionProps } from '@/components/a11y';

export type HallTab = 'open' | 'mine' | 'history';

export function HallTabs({ tab, onChange }: { tab: HallTab; onChange: (tab: HallTab) => void }) {
  const item = (key: HallTab, label: string) => (
    <Tappable
      role='tab'
      selected={tab === key}
      className={`tab hall-tab-${key}${tab === key ? ' tab--on' : ''}`}
      id={`hall-tab-${key}`}
      data-on={tab === key}
      onClick={() => onChange(key)}
    >
      {label}
    </Tappable>
  );
  return (
    <View className='tabs hall-tabs' {...regionProps({ role: 'tablist', label: '接单大厅' })}>
      {item('open', '待接单')}
      {item('mine', '进行中')}
      {item('history', '我的')}
    </View>
  );
}
