// 等待预算: credits their sponsor's budget could not pay, oldest first, each with the points it needs
// and the sponsor's balance; 拨付预算 opens the sponsors page, whose grant pays them in this order.
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, Card, RefreshButton } from '@/components';
import { SERVICE_MENU } from '@/domain/menu';
import { usePaged } from '@/hooks/usePaged';
import { call } from '@/services';
import { formatDateTime } from '@/services/clock';
import { ListState, MoreButton } from './PagedParts';

/** `#waiting-list`: `.waiting` / `#waiting-<wishId>` (`.waiting-points`, `.waiting-balance`); `#waiting-grant`, `#waiting-more`. */
export function WaitingTab() {
  const load = useCallback((page: number) => call('bank', { action: 'waiting_credits' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (w) => w.wishId });
  const needed = list.items.reduce((s, w) => s + w.points, 0);
  return (
    <>
      <RefreshButton id='waiting-refresh' onRefresh={reload} />
      <Text className='body-text'>赞助方预算不足时，服务积分在这里排队等待；拨付预算后按先后顺序自动入账，余额不会变成负数。</Text>
      <BigButton kind='secondary' id='waiting-grant' onClick={() => void Taro.navigateTo({ url: '/admin/pages/sponsors/index' })}>
        去拨付预算
      </BigButton>
      <ListState list={list} empty='没有等待预算的积分。' emptyId='waiting-none' />
      {list.items.length ? <Text className='meta' id='waiting-total'>{`本页共 ${list.items.length} 笔，需 ${needed} 积分`}</Text> : null}
      {list.items.map((w) => (
        <Card
          key={w.wishId}
          title={`${SERVICE_MENU[w.category].label} · ${w.volunteerName}`}
          className='waiting'
          id={`waiting-${w.wishId}`}
        >
          <Text className='waiting-points' data-points={w.points}>{`需要 ${w.points} 积分`}</Text>
          <Text className='meta waiting-balance' data-balance={w.balance}>{`${w.sponsorName} 余额 ${w.balance} 积分`}</Text>
          <Text className='meta'>{`等待自 ${formatDateTime(w.since)}`}</Text>
        </Card>
      ))}
      <MoreButton id='waiting-more' list={list} more={more} />
    </>
  );
}
