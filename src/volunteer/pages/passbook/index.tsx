/**
 * 我的存折 — the public-welfare bank passbook (公益银行): the balance, hours this year and in all, the
 * star level (and a party member's hours against the requirement), then two tabs: 明细 (the entries,
 * newest first, 20 a page, each with its category, points in or out and the balance after it) and
 * 月度对账 (the month-by-month statement of this year or last).
 *
 * Selectors (browser tests):
 * - `#passbook-page`; `#passbook-balance` (the number of points), `#passbook-hours` (hours, one decimal),
 *   `#passbook-year-hours`, `#star-level[data-level]`, `#party-hours`, `#go-badges`; `#passbook-rewards` (爱心兑换); `#passbook-certificate` (志愿服务证明)
 * - `#passbook-waiting` (`#passbook-waiting-summary`: 有 N 笔服务积分等待预算拨付，共 X 分), only when a credit waits
 * - tabs `#passbook-tab-entries`, `#passbook-tab-months`
 * - `#passbook-entries`: `.passbook-entry[data-category]` (`.entry-memo`, `.entry-points` e.g. "+20" / "−50",
 *   `.entry-balance` e.g. "余额 120"), `#passbook-empty`; `#passbook-more`
 * - `#passbook-months`: `#month-YYYY-MM` (`.month-closing`), `#months-hours`
 * - `.error-message[data-code]`, `#go-register`
 */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { BigButton, Loading, Notice, PageRoot, Tappable } from '@/components';
import { regionProps } from '@/components/a11y';
import type { ActionOutput } from '@/domain/schemas';
import { call, messageFor } from '@/services';
import { LoadFailure } from '@/volunteer/components/LoadFailure';
import { MonthStatements } from '@/volunteer/components/MonthStatements';
import { PassbookEntries } from '@/volunteer/components/PassbookEntries';
import { PassbookHeader } from '@/volunteer/components/PassbookHeader';
import { WaitingBudget } from '@/volunteer/components/WaitingBudget';
import { useRefresh } from '@/hooks/useRefresh';
import './index.scss';

type Passbook = ActionOutput<'volunteer', 'passbook'>;
type State =
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string }
  | { status: 'ready'; book: Passbook; page: number; more?: 'loading' | { code: string; message: string } };
type Tab = 'entries' | 'months';

export default function PassbookPage() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tab, setTab] = useState<Tab>('entries');
  const fetchPage = (page: number) => call('volunteer', { action: 'passbook' as const, page });

  const reload = useCallback(async () => {
    const r = await fetchPage(0);
    setState(r.ok ? { status: 'ready', book: r.data, page: 0 } : { status: 'error', code: r.error.code, message: messageFor(r.error) });
  }, []);
  const more = async () => {
    if (state.status !== 'ready') return;
    setState({ ...state, more: 'loading' });
    const r = await fetchPage(state.page + 1);
    setState(
      r.ok
        ? { status: 'ready', book: { ...r.data, entries: [...state.book.entries, ...r.data.entries] }, page: state.page + 1 }
        : { ...state, more: { code: r.error.code, message: messageFor(r.error) } },
    );
  };
  useEffect(() => void reload(), [reload]);
  useRefresh(reload);

  if (state.status !== 'ready') {
    return (
      <PageRoot id='passbook-page'>
        {state.status === 'loading' ? <Loading /> : <LoadFailure code={state.code} message={state.message} onRetry={() => void reload()} />}
      </PageRoot>
    );
  }
  const { book, more: moreState } = state;
  const tabItem = (key: Tab, label: string) => (
    <Tappable
      role='tab'
      selected={tab === key}
      className={`tab${tab === key ? ' tab--on' : ''}`}
      id={`passbook-tab-${key}`}
      onClick={() => setTab(key)}
    >
      {label}
    </Tappable>
  );
  return (
    <PageRoot id='passbook-page'>
      <PassbookHeader book={book} />
      <WaitingBudget count={book.waiting.count} points={book.waiting.points} />
      <BigButton kind='secondary' id='passbook-rewards' onClick={() => void Taro.navigateTo({ url: '/volunteer/pages/rewards/index' })}>
        爱心兑换：用积分换商品
      </BigButton>
      <BigButton
        kind='secondary'
        id='passbook-certificate'
        onClick={() => void Taro.navigateTo({ url: '/volunteer/pages/certificate/index' })}
      >
        志愿服务证明：出具时长证明（PDF）
      </BigButton>
      <View className='tabs' {...regionProps({ role: 'tablist', label: '存折' })}>
        {tabItem('entries', '明细')}
        {tabItem('months', '月度对账')}
      </View>
      {tab === 'months' ? (
        <MonthStatements />
      ) : (
        <>
          <PassbookEntries entries={book.entries} />
          {typeof moreState === 'object' && (
            <Notice kind='error' code={moreState.code}>
              {moreState.message}
            </Notice>
          )}
          {book.hasMore && (
            <BigButton kind='plain' id='passbook-more' busy={moreState === 'loading'} onClick={() => void more()}>
              加载更多
            </BigButton>
          )}
        </>
      )}
    </PageRoot>
  );
}
