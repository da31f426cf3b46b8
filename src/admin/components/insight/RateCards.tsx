// The 三率 of the range, each with its two counts and its definition written next to it.
import { Text, View } from '@tarojs/components';
import { Card } from '@/components';
import type { Ratio } from '@/domain/insight/figures';
import { pct } from './tables';

type Definition = { label: string; definition: string };

interface Props {
  rates: Record<'response' | 'resolution' | 'satisfaction', Ratio>;
  definitions: Record<'response' | 'resolution' | 'satisfaction', Definition>;
  served: { minutes: number; definition: Definition };
}

export function RateCards({ rates, definitions, served }: Props) {
  return (
    <Card title='三率与服务时长' id='dashboard-rates' className='figure-card'>
      <View className='rate-grid'>
        {(['response', 'resolution', 'satisfaction'] as const).map((k) => (
          <View key={k} className='rate-box' id={`rate-${k}`} data-num={rates[k].num} data-den={rates[k].den}>
            <Text className='rate-label'>{definitions[k].label}</Text>
            <Text className='rate-value'>{pct(rates[k])}</Text>
            <Text className='meta'>{`${rates[k].num} / ${rates[k].den}`}</Text>
            <Text className='meta rate-definition'>{definitions[k].definition}</Text>
          </View>
        ))}
        <View className='rate-box' id='rate-served'>
          <Text className='rate-label'>{served.definition.label}</Text>
          <Text className='rate-value'>{`${Math.round((served.minutes / 60) * 10) / 10} 小时`}</Text>
          <Text className='meta rate-definition'>{served.definition.definition}</Text>
        </View>
      </View>
    </Card>
  );
}
