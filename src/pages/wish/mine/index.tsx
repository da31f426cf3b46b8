/**
 * 我的心愿: every wish I filed, newest first, 20 a page; tap one to see its progress.
 *
 * For browser tests: `.wish-item` (`data-id`; inside: `.wish-item-category`, `.status-tag[data-status]`,
 *   `.wish-item-date`), `#load-more`, `.list-end`, `#mine-empty`, `#mine-error`, `#refresh`.
 */
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { BigButton, Loading, Notice, PageRoot } from '@/components';
import { useMyWishes } from './useMyWishes';
import { WishItem } from './WishItem';
import './index.scss';

export default function MyWishes() {
  const { state, refresh, more } = useMyWishes();
  // Every time the page shows: after a cancel or a rating on the detail page the list is current.
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));

  return (
    <PageRoot className='wish-mine'>
      <View className='mine-head'>
        <Text className='mine-title'>我的心愿</Text>
        <Text className='mine-refresh' id='refresh' onClick={() => void refresh()}>
          刷新
        </Text>
      </View>
      {state.error ? (
        <Notice kind='error' code={state.error.code} id='mine-error'>
          {state.error.message}
        </Notice>
      ) : null}
      {!state.loaded && state.loading ? <Loading /> : null}
      {state.loaded && state.items.length === 0 ? (
        <View className='mine-empty' id='mine-empty'>
          <Text className='mine-empty-title'>您还没有提过心愿</Text>
          <Text className='mine-empty-text'>需要帮忙时，用微信扫一扫楼道里张贴的「码上办」二维码，写下您的心愿，志愿者会上门来办。</Text>
          <BigButton kind='secondary' onClick={() => void Taro.reLaunch({ url: '/pages/index/index' })}>
            回到首页
          </BigButton>
        </View>
      ) : null}
      {state.items.map((w) => (
        <WishItem key={w.id} wish={w} />
      ))}
      {state.hasMore ? (
        <BigButton kind='plain' id='load-more' busy={state.loading} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
      {state.loaded && !state.hasMore && state.items.length > 0 ? <Text className='list-end'>已经到底了</Text> : null}
    </PageRoot>
  );
}
