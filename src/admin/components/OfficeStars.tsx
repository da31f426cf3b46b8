// 储蓄所星级: each community's (savings office's) stars for a year, with the five indicators, each
// value and the stars it earns said in words (the ★ glyphs are decoration).
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { Card, Loading, RetryNotice } from '@/components';
import { hiddenProps } from '@/components/a11y';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import { PeriodStepper } from './PeriodStepper';

const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(5 - n);

export function OfficeStars({ thisYear }: { thisYear: number }) {
  const [at, setAt] = useState(`${thisYear}-01`);
  const year = Number(at.slice(0, 4));
  const load = useCallback(() => call('bank', { action: 'offices' as const, year }), [year]);
  const { state, reload } = useRemote(load);
  return (
    <>
      <PeriodStepper period='year' at={at} label={`${year}年`} onChange={setAt} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} />}
      {state.status === 'ready' && (
        <View className='review-grid'>
          {state.data.offices.map((o) => (
            <Card key={o.communityId} title={`${o.name}储蓄所`} className='review-community' id={`office-${o.communityId}`}>
              <Text className='body-text office-level' data-level={o.level}>{`${o.level} 星储蓄所`}</Text>
              <Text className='office-glyphs' {...hiddenProps}>
                {stars(o.level)}
              </Text>
              {o.indicators.map((i) => (
                <View className='review-row' key={i.key} data-indicator={i.key}>
                  <Text className='meta'>{`${i.label}：${i.value}，得 ${i.stars} 星`}</Text>
                </View>
              ))}
            </Card>
          ))}
        </View>
      )}
    </>
  );
}
