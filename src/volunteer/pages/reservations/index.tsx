/**
 * 我的兑换 — my reservations, newest first. A held one shows its code for the counter: a big QR and
 * the six digits in large type, until when it holds, and 取消预约 (points back). Then the history:
 * 已核销, 已过期, 已取消.
 *
 * Selectors (browser tests):
 * - `#reservations-page`; `.reservation` / `#reservation-<id>` (`data-status`; `.reservation-what`, `.reservation-status`)
 * - held: `#qr-<id>`, `.reservation-digits`, `.reservation-expiry`, `#cancel-<id>`; `#cancel-dialog` (`#cancel-confirm`, `#cancel-keep`)
 * - `#reservations-empty`, `#go-rewards`, `#reservations-more`, `.error-message[data-code]`
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Card, Dialog, Loading, Notice, PageRoot } from '@/components';
import { QrCode } from '@/components/QrCode';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { call, formatDateTime } from '@/services';
import '@/volunteer/components/redeem.scss';

type Reservation = ActionOutput<'bank', 'my_reservations'>['items'][number];

const STATUS_TEXT: Record<Reservation['status'], string> = {
  held: '待核销',
  redeemed: '已核销',
  expired: '已过期，积分已退回',
  cancelled: '已取消，积分已退回',
};

export default function ReservationsPage() {
  const load = useCallback((page: number) => call('bank', { action: 'my_reservations' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (r) => r.reservationId });
  useRefresh(reload);
  const [cancelling, setCancelling] = useState<Reservation>();
  const { busy, error, done, act } = useAct();
  const cancel = async () => {
    if (!cancelling) return;
    const r = await act(
      () => call('bank', { action: 'cancel_reservation', reservationId: cancelling.reservationId }),
      '已取消预约，积分已退回',
    );
    setCancelling(undefined);
    if (r.ok) await reload();
  };
  return (
    <PageRoot id='reservations-page' heading='我的兑换'>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? <Notice kind='success'>{done}</Notice> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status !== 'ready' && list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <Notice kind='info' id='reservations-empty'>
          还没有兑换记录。
        </Notice>
      ) : null}
      {list.items.map((r) => (
        <Card key={r.reservationId} title={r.what} className='reservation' id={`reservation-${r.reservationId}`}>
          <View data-status={r.status} className='reservation-state'>
            <Text className='meta reservation-status'>{`${r.points} 积分 · ${STATUS_TEXT[r.status]}`}</Text>
            {r.redeemedAt ? <Text className='meta'>{`核销时间：${formatDateTime(r.redeemedAt)}`}</Text> : null}
          </View>
          {r.token && r.digits ? (
            <View className='reservation-code'>
              <QrCode id={`qr-${r.reservationId}`} text={r.token} label={`兑换二维码，兑换码 ${r.digits}`} />
              <Text className='reservation-digits' aria-label={`兑换码 ${r.digits.split('').join(' ')}`}>
                {r.digits}
              </Text>
              <Text className='meta reservation-expiry'>{`请在 ${formatDateTime(r.expiresAt)} 前到店出示，过期积分自动退回`}</Text>
              <BigButton kind='plain' id={`cancel-${r.reservationId}`} onClick={() => setCancelling(r)}>
                取消预约
              </BigButton>
            </View>
          ) : null}
        </Card>
      ))}
      {list.hasMore ? (
        <BigButton kind='plain' id='reservations-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
      <BigButton kind='secondary' id='go-rewards' onClick={() => void Taro.navigateTo({ url: '/volunteer/pages/rewards/index' })}>
        去兑换
      </BigButton>
      {cancelling ? (
        <Dialog
          id='cancel-dialog'
          title='取消这个预约？'
          confirmId='cancel-confirm'
          cancelId='cancel-keep'
          confirmText='取消预约'
          cancelText='保留预约'
          danger
          busy={busy}
          onConfirm={() => void cancel()}
          onCancel={() => setCancelling(undefined)}
        >
          <Text className='body-text'>{`取消「${cancelling.what}」后，冻结的 ${cancelling.points} 积分退回存折。`}</Text>
        </Dialog>
      ) : null}
    </PageRoot>
  );
}
