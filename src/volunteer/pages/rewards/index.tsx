/**
 * 爱心兑换 — the 爱心联盟's items a volunteer can reserve with points: my balance, each item's points,
 * shop and stock, 预约 after a confirmation. Outside the monthly window the page says when it opens.
 *
 * Selectors (browser tests):
 * - `#rewards-page`; `#rewards-balance` (`data-balance`); `#rewards-window-closed`; `#go-reservations`
 * - `.reward` / `#reward-<itemId>` (`.reward-name`, `.reward-points`, `.reward-shop`, `.reward-shop-address`,
 *   `.reward-shop-hours`), `#reserve-<itemId>`
 * - `#reserve-dialog` (`#reserve-confirm`, `#reserve-back`); `#reserve-done`; `.error-message[data-code]`; `#rewards-more`
 */
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Card, Dialog, Loading, Notice, PageRoot } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { call, newRequestId } from '@/services';
import '@/volunteer/components/redeem.scss';

type Rewards = ActionOutput<'bank', 'rewards'>;
type Item = Rewards['items'][number];

/** Failures where the reservation may have landed: a retry must send the same request id. */
const RETRY_SAME = ['NETWORK.UNAVAILABLE', 'CLOUD.TIMEOUT', 'CLOUD.FUNCTION_FAILED', 'INTERNAL.ERROR'];

const opensText = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

export default function RewardsPage() {
  const [head, setHead] = useState<Pick<Rewards, 'balance' | 'window'>>();
  const load = useCallback(async (page: number) => {
    const r = await call('bank', { action: 'rewards' as const, page });
    if (r.ok && page === 0) setHead({ balance: r.data.balance, window: r.data.window });
    return r;
  }, []);
  const { list, reload, more } = usePaged(load, { keyOf: (i) => i.itemId });
  useRefresh(reload);
  const [confirming, setConfirming] = useState<{ item: Item; requestId: string }>();
  const { busy, error, done, act } = useAct();
  const reserve = async () => {
    if (!confirming) return;
    const { item, requestId } = confirming;
    const r = await act(() => call('bank', { action: 'reserve', itemId: item.itemId, requestId }), `已预约 ${item.name}`, { toast: false });
    // After a timeout the dialog stays with the same request id: 确认 again lands once.
    if (r.ok || !RETRY_SAME.includes(r.error.code)) setConfirming(undefined);
    await reload();
  };
  const closed = head && !head.window.open;
  return (
    <PageRoot id='rewards-page' heading='爱心兑换'>
      <Card title='我的积分'>
        <Text className='redeem-balance' id='rewards-balance' data-balance={head?.balance ?? 0}>
          {head ? `${head.balance} 积分` : '…'}
        </Text>
        <BigButton
          kind='secondary'
          id='go-reservations'
          onClick={() => void Taro.navigateTo({ url: '/volunteer/pages/reservations/index' })}
        >
          我的兑换（出示兑换码）
        </BigButton>
      </Card>
      {closed && head.window.opensOn ? (
        <Notice kind='info' id='rewards-window-closed'>
          {`现在不是兑换时间，本月兑换将于 ${opensText(head.window.opensOn)} 开放，届时再来预约。`}
        </Notice>
      ) : null}
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind='success' id='reserve-done'>
          {`${done}，请到「我的兑换」出示兑换码，在店里核销。`}
        </Notice>
      ) : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status !== 'ready' && list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? <Notice kind='info'>暂时没有可兑换的商品。</Notice> : null}
      {list.items.map((i) => {
        const short = head ? head.balance < i.points : false;
        return (
          <Card key={i.itemId} title={i.name} className='reward' id={`reward-${i.itemId}`}>
            <Text className='reward-points'>{`${i.points} 积分`}</Text>
            <Text className='meta reward-shop'>{`${i.shopName}${i.communityName ? ` · ${i.communityName}` : ''} · 剩 ${i.stock} 件`}</Text>
            {i.shopAddress ? <Text className='meta reward-shop-address'>{`地址：${i.shopAddress}`}</Text> : null}
            {i.shopHours ? <Text className='meta reward-shop-hours'>{`营业时间：${i.shopHours}`}</Text> : null}
            {i.note ? <Text className='meta'>{i.note}</Text> : null}
            <BigButton
              id={`reserve-${i.itemId}`}
              disabled={!!closed || short}
              onClick={() => setConfirming({ item: i, requestId: newRequestId() })}
            >
              {short ? '积分不足' : '预约'}
            </BigButton>
          </Card>
        );
      })}
      {list.hasMore ? (
        <BigButton kind='plain' id='rewards-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
      {confirming ? (
        <Dialog
          id='reserve-dialog'
          title='确认预约兑换？'
          confirmId='reserve-confirm'
          cancelId='reserve-back'
          confirmText={`确认预约（${confirming.item.points} 积分）`}
          cancelText='再想想'
          busy={busy}
          onConfirm={() => void reserve()}
          onCancel={() => setConfirming(undefined)}
        >
          <Text className='body-text'>
            {`预约「${confirming.item.name}」（${confirming.item.shopName}），先冻结 ${confirming.item.points} 积分。到店出示兑换码核销后积分转给商户；过期未核销或取消预约，积分自动退回。`}
          </Text>
        </Dialog>
      ) : null}
    </PageRoot>
  );
}
