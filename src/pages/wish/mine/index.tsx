/**
 * 我的心愿: every wish I filed, newest first, 20 a page; tap one to see its progress.
 *
 * For browser tests: `.wish-item` (`data-id`; inside: `.wish-item-category`, `.status-tag[data-status]`,
 *   `.wish-item-due` (`data-overdue`), `.wish-item-date`), `#load-more`, `.list-end`, `#mine-empty`, `#mine-error`, `#refresh`.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, Loading, Notice, PageRoot, Tappable } from '@/components';
import { headingProps } from '@/components/a11y';
import { useNow } from '@/hooks/useNow';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { call } from '@/services';
import { WishItem } from './WishItem';
import './index.scss';

const byId = (w: { id: string }) => w.id;

export default function MyWishes() {
  const load = useCallback((page: number) => call('wish', { action: 'mine', page }), []);
  // Loaded on open, and again whenever the page shows: after a cancel or a rating the list is current.
  const { list, reload, more } = usePaged(load, { keyOf: byId });
  useRefresh(reload);
  const now = useNow();
  const ready = list.status === 'ready';

  return (
    <PageRoot className='wish-mine'>
      <View className='mine-head'>
        <Text className='mine-title' {...headingProps(1)}>
          我的心愿
        </Text>
        <Tappable className='refresh-button' id='refresh' label='刷新我的心愿' onClick={() => void reload()}>
          <Text>刷新</Text>
        </Tappable>
      </View>
      {list.error ? (
        <Notice kind='error' code={list.error.code} id='mine-error'>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'loading' ? <Loading /> : null}
      {ready && list.items.length === 0 ? (
        <View className='card mine-empty' id='mine-empty'>
          <Text className='mine-empty-title'>您还没有提过心愿</Text>
          <Text className='mine-empty-text'>需要帮忙时，用微信扫一扫楼道里张贴的「码上办」二维码，写下您的心愿，志愿者会上门来办。</Text>
          <BigButton kind='secondary' onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}>
            回到首页
          </BigButton>
        </View>
      ) : null}
      {list.items.map((w) => (
        <WishItem key={w.id} wish={w} now={now} />
      ))}
      {list.hasMore ? (
        <BigButton kind='plain' id='load-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
      {ready && !list.hasMore && list.items.length > 0 ? <Text className='list-end'>已经到底了</Text> : null}
    </PageRoot>
  );
}
