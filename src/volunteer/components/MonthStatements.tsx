// 月度对账: the passbook's statement month by month for a year (this year or last), each month as a
// small block of labelled figures (a table is hard to read on a phone): 期初, 存入, 支出, 期末, 服务时长.
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { Card, Choices, Loading, RetryNotice } from '@/components';
import { useRemote } from '@/hooks/useRemote';
import { call, hoursOf, shanghaiDate } from '@/services';

export function MonthStatements() {
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const load = useCallback(() => call('bank', { action: 'passbook_months' as const, year: Number(year) }), [year]);
  const { state, reload } = useRemote(load);
  return (
    <Card title='月度对账' id='passbook-months'>
      <Choices
        options={{ [String(thisYear)]: `${thisYear}年`, [String(thisYear - 1)]: `${thisYear - 1}年` }}
        value={year}
        prefix='months-year'
        label='选择年份'
        onChange={setYear}
      />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} />}
      {state.status === 'ready' && (
        <View>
          <Text className='body-text' id='months-hours'>{`${state.data.year}年服务 ${hoursOf(state.data.minutesThisYear)} 小时`}</Text>
          {state.data.partial && <Text className='meta'>记录太多，本页只统计了最近的部分</Text>}
          {[...state.data.months].reverse().map((m) => (
            <View className='month-row' key={m.month} id={`month-${m.month}`}>
              <Text className='body-text month-name'>{`${Number(m.month.slice(5))}月`}</Text>
              <View className='month-figures'>
                <Text className='meta'>{`期初 ${m.opening}`}</Text>
                <Text className='meta month-in'>{`存入 +${m.in}`}</Text>
                <Text className='meta month-out'>{`支出 −${m.out}`}</Text>
                <Text className='body-text month-closing'>{`期末 ${m.closing}`}</Text>
                <Text className='meta'>{`服务 ${hoursOf(m.minutes)} 小时`}</Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </Card>
  );
}
