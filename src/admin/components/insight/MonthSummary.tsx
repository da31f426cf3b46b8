// The current month at a glance: the phone's first screen of the dashboard (the tables follow, or sit
// behind 查看明细 on a phone). Each rate shows its two counts; the definitions are with the tables.
import { Text, View } from '@tarojs/components';
import { Card } from '@/components';
import type { SummaryItem } from './serviceTables';

export function MonthSummary({ month, items }: { month: string; items: readonly SummaryItem[] }) {
  const [y, m] = month.split('-');
  return (
    <Card title={`本月概况（${y}年${Number(m)}月）`} id='dashboard-summary' className='figure-card'>
      <View className='summary-grid'>
        {items.map((i) => (
          <View key={i.key} className='summary-item' id={`summary-${i.key}`}>
            <Text className='summary-label'>{i.label}</Text>
            <Text className='summary-value'>{i.value}</Text>
            {i.counts && <Text className='meta'>{i.counts}</Text>}
          </View>
        ))}
      </View>
    </Card>
  );
}
