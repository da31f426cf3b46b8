/**
 * 我的荣誉 — the volunteer's star level, this year's hours (and a party member's against the
 * requirement), the badges earned (with the date) and the next ones with the progress toward them.
 *
 * Selectors (browser tests):
 * - `#badges-page`; `#star-level[data-level]`, `#party-hours`, `#badges-year-hours`
 * - `#badges-earned`: `.badge-earned` / `#badge-<id>`; `#badges-none`
 * - `#badges-next`: `.badge-next` / `#next-<id>` (`data-value`, `data-target`)
 * - `.error-message[data-code]`
 */
import { Text, View } from '@tarojs/components';
import { useCallback } from 'react';
import { Card, Loading, PageRoot } from '@/components';
import { hiddenProps } from '@/components/a11y';
import { useRefresh } from '@/hooks/useRefresh';
import { useRemote } from '@/hooks/useRemote';
import { call, hoursOf, shanghaiDate } from '@/services';
import { LoadFailure } from '@/volunteer/components/LoadFailure';
import { PartyHours } from '@/volunteer/components/PartyHours';
import { StarLevel } from '@/volunteer/components/StarLevel';
import './index.scss';

/** `2025年1月11日` in business time. */
const dayOf = (at: string) => {
  const d = shanghaiDate(new Date(at));
  return `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
};

export default function BadgesPage() {
  const load = useCallback(() => call('bank', { action: 'recognition' as const }), []);
  const { state, reload } = useRemote(load);
  useRefresh(reload);
  if (state.status !== 'ready')
    return (
      <PageRoot id='badges-page'>
        {state.status === 'loading' ? <Loading /> : <LoadFailure code={state.code} message={state.message} onRetry={() => void reload()} />}
      </PageRoot>
    );
  const r = state.data;
  return (
    <PageRoot id='badges-page'>
      <Card title='我的星级'>
        <StarLevel stars={r.stars} />
        <Text className='body-text' id='badges-year-hours'>{`今年服务 ${hoursOf(r.minutesThisYear)} 小时`}</Text>
        {r.party && <PartyHours minutes={r.party.minutes} requiredHours={r.party.requiredHours} />}
      </Card>
      <Card title={`已获得的徽章（${r.earned.length}）`} id='badges-earned'>
        {r.earned.length === 0 && (
          <Text className='meta' id='badges-none'>
            还没有徽章。加入服务队、完成第一次服务，就能获得第一枚。
          </Text>
        )}
        {r.earned.map((b) => (
          <View className='badge badge-earned' key={b.id} id={`badge-${b.id}`}>
            <Text className='badge-mark' {...hiddenProps}>
              {b.label.slice(0, 1)}
            </Text>
            <View className='badge-body'>
              <Text className='body-text badge-label'>{`✓ ${b.label}`}</Text>
              <Text className='meta'>{b.earnedAt ? `${b.description} · ${dayOf(b.earnedAt)}获得` : b.description}</Text>
            </View>
          </View>
        ))}
      </Card>
      <Card title='下一枚徽章' id='badges-next'>
        {r.next.map((b) => (
          <View className='badge badge-next' key={b.id} id={`next-${b.id}`} data-value={b.value} data-target={b.target}>
            <View className='badge-body'>
              <Text className='body-text badge-label'>{b.label}</Text>
              <Text className='meta'>{`${b.description}：已完成 ${b.value} / ${b.target}`}</Text>
              <View className='bar' {...hiddenProps}>
                <View className='bar-fill' style={{ width: `${Math.min(100, Math.round((b.value / b.target) * 100))}%` }} />
              </View>
            </View>
          </View>
        ))}
      </Card>
    </PageRoot>
  );
}
