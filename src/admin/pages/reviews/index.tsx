/**
 * 评比 — the reviews of the public-welfare bank for admins and dispatchers (their communities):
 * 月兑换 (the month's redemptions at the counter), 季小评 / 年总评 (top volunteers by points and hours,
 * high scorers flagged for the head office's collective redemption), 储蓄所星级 (each community's
 * stars on five indicators) and 党员时长 (party members' hours against the requirement).
 *
 * Selectors (browser tests):
 * - `#reviews-page`; tabs `#reviews-tab-month|quarter|year|offices|party`; `#period-prev`, `#period-next`, `#period-label`
 * - `#review-redemptions` (`#redeemed-<id>`), `#review-street`, `#review-<communityId>` (`.review-row[data-flagged]`)
 * - `#office-<communityId>` (`.office-level[data-level]`, `.review-row[data-indicator]`)
 * - `#party-list` (`#party-summary`, `.review-row[data-below]`, `#party-more`); `.error-message[data-code]`
 */
import { View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { Loading, Notice, PageRoot, RetryNotice, Tappable } from '@/components';
import { regionProps } from '@/components/a11y';
import { OfficeStars } from '@/admin/components/OfficeStars';
import { PartyHoursList } from '@/admin/components/PartyHoursList';
import { PeriodStepper, type StepPeriod } from '@/admin/components/PeriodStepper';
import { RedemptionList, TopVolunteers } from '@/admin/components/ReviewLists';
import { useRemote } from '@/hooks/useRemote';
import { call, shanghaiDate } from '@/services';
import '@/admin/components/admin.scss';
import './index.scss';

type Tab = StepPeriod | 'offices' | 'party';
const TABS: Record<Tab, string> = { month: '月兑换', quarter: '季小评', year: '年总评', offices: '储蓄所星级', party: '党员时长' };

function PeriodReview({ period }: { period: StepPeriod }) {
  const [at, setAt] = useState(() => shanghaiDate(new Date()).slice(0, 7));
  const load = useCallback(() => call('bank', { action: 'reviews' as const, period, at }), [period, at]);
  const { state, reload } = useRemote(load);
  return (
    <>
      <PeriodStepper period={period} at={at} label={state.status === 'ready' ? state.data.label : '…'} onChange={setAt} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} />}
      {state.status === 'ready' && state.data.partial && <Notice kind='info'>记录太多，只统计了前 20000 条。</Notice>}
      {state.status === 'ready' &&
        (state.data.redemptions ? <RedemptionList r={state.data.redemptions} /> : <TopVolunteers review={state.data} />)}
    </>
  );
}

export default function ReviewsPage() {
  const [tab, setTab] = useState<Tab>('month');
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  return (
    <PageRoot id='reviews-page' desk heading='评比'>
      <View className='tabs review-tabs' {...regionProps({ role: 'tablist', label: '评比' })}>
        {(Object.keys(TABS) as Tab[]).map((key) => (
          <Tappable
            key={key}
            role='tab'
            selected={tab === key}
            className={`tab${tab === key ? ' tab--on' : ''}`}
            id={`reviews-tab-${key}`}
            onClick={() => setTab(key)}
          >
            {TABS[key]}
          </Tappable>
        ))}
      </View>
      {tab === 'offices' ? (
        <OfficeStars thisYear={thisYear} />
      ) : tab === 'party' ? (
        <PartyHoursList />
      ) : (
        <PeriodReview key={tab} period={tab} />
      )}
    </PageRoot>
  );
}
