/**
 * 我的存折 — the public-welfare bank passbook (公益银行): points balance, total service hours,
 * and the entries, newest first, 20 a page.
 *
 * Selectors (browser tests):
 * - `#passbook-page`; `#passbook-balance` (the number of points), `#passbook-hours` (hours, one decimal)
 * - `#passbook-entries`: `.passbook-entry` (`.entry-memo`, `.entry-points` e.g. "+20"), `#passbook-empty`
 * - `#passbook-more`; `.error-message[data-code]`, `#go-register`
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { BigButton, Card, Loading, Notice, PageRoot } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { call, hoursOf, messageFor } from '@/services';
import { LoadFailure } from '@/volunteer/components/LoadFailure';
import { PassbookEntries } from '@/volunteer/components/PassbookEntries';
import { useRefresh } from '@/hooks/useRefresh';
import './index.scss';

type Passbook = ActionOutput<'volunteer', 'passbook'>;
type State =
  | { status: 'loading' }
  | { status: 'error'; code: string; message: string }
  | { status: 'ready'; book: Passbook; page: number; more?: 'loading' | { code: string; message: string } };

export default function PassbookPage() {
  const [state, setState] = useState<State>({ status: 'loading' });
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
  return (
    <PageRoot id='passbook-page'>
      <Card title='我的公益存折'>
        <View className='stats'>
          <View className='stat'>
            <Text className='stat-value' id='passbook-balance'>
              {book.balance}
            </Text>
            <Text className='stat-label'>积分余额</Text>
          </View>
          <View className='stat'>
            <Text className='stat-value' id='passbook-hours'>
              {hoursOf(book.minutes)}
            </Text>
            <Text className='stat-label'>累计服务（小时）</Text>
          </View>
        </View>
      </Card>
      <BigButton kind='secondary' id='passbook-rewards' onClick={() => void Taro.navigateTo({ url: '/volunteer/pages/rewards/index' })}>
        爱心兑换：用积分换商品
      </BigButton>
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
    </PageRoot>
  );
}
