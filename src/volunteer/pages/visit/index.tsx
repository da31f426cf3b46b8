/**
 * 记录巡访 — one visit: the elder and the contact (VisitCard), then 平安 / 需要帮助 / 联系不上 with a note;
 * for 需要帮助, 转为心愿 prefilled with the note, filed for the elder in one step. Opened from 我的巡访
 * (which keeps the visit); without it, a way back there.
 *
 * Selectors (browser tests): `#visit-page`; `#visit-missing`; `#outcome-done`;
 * `#visit-escalated`; `#wish-done`; `#back-visits`; OutcomeForm's and ToWishForm's;
 * `.error-message[data-code]`.
 */
import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Notice, PageRoot } from '@/components';
import { VISIT_OUTCOME_LABELS, type VisitOutcome } from '@/domain/visit/order';
import { useAct } from '@/hooks/useAct';
import { call, newRequestId } from '@/services';
import { openedVisit } from '@/services/visits';
import { OutcomeForm } from '@/volunteer/components/visit/OutcomeForm';
import { ToWishForm, type WishDraft } from '@/volunteer/components/visit/ToWishForm';
import { VisitCard } from '@/volunteer/components/visit/VisitCard';
import '@/volunteer/components/visit/visit.scss';

const backToList = () => void Taro.redirectTo({ url: '/volunteer/pages/visits/index' });

export default function VisitPage() {
  const { params } = useRouter();
  const visit = openedVisit(params.id ? decodeURIComponent(params.id) : undefined);
  const { busy, error, act } = useAct();
  const [recorded, setRecorded] = useState<{ outcome: VisitOutcome; note: string; escalated: boolean }>();
  const [wishId, setWishId] = useState<string>();
  const [priceRound, setPriceRound] = useState(0);
  const [requestIds] = useState(() => ({ record: newRequestId(), wish: newRequestId() }));
  if (!visit)
    return (
      <PageRoot id='visit-page' heading='记录巡访'>
        <Notice kind='info' id='visit-missing'>
          请从「我的巡访」选择要记录的巡访。
        </Notice>
        <BigButton kind='primary' id='back-visits' onClick={backToList}>
          回到我的巡访
        </BigButton>
      </PageRoot>
    );
  const record = async (r: { outcome: VisitOutcome; note: string }) => {
    const event = {
      action: 'record' as const,
      visitId: visit.id,
      outcome: r.outcome,
      requestId: requestIds.record,
      ...(r.note ? { note: r.note } : {}),
    };
    const done = await act(() => call('visit', event), '已记录', { toast: false });
    if (done.ok) setRecorded({ ...r, escalated: done.data.escalated });
  };
  const toWish = async (d: WishDraft) => {
    const done = await act(() => call('visit', { action: 'to_wish', visitId: visit.id, requestId: requestIds.wish, ...d }), '已转为心愿', {
      toast: false,
    });
    if (done.ok) setWishId(done.data.wishId);
    // The price changed since it was shown (or had not arrived): show the one in force, to tell the elder.
    else if (done.error.code === 'WISH.PRICE_NOT_AGREED') setPriceRound((n) => n + 1);
  };
  return (
    <PageRoot id='visit-page' heading='记录巡访'>
      <VisitCard visit={visit} />
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {!recorded ? <OutcomeForm busy={busy} onSubmit={(r) => void record(r)} /> : null}
      {recorded ? (
        <Notice kind='success' id='outcome-done'>
          {`已记录：${VISIT_OUTCOME_LABELS[recorded.outcome]}`}
        </Notice>
      ) : null}
      {recorded?.escalated ? (
        <Notice kind='info' id='visit-escalated'>
          已连续两次联系不上，社区已收到提醒，会尽快上门查看。
        </Notice>
      ) : null}
      {recorded?.outcome === 'needs_help' && !wishId ? (
        <ToWishForm visitId={visit.id} note={recorded.note} busy={busy} priceRound={priceRound} onSubmit={(d) => void toWish(d)} />
      ) : null}
      {wishId ? (
        <Notice kind='success' id='wish-done'>
          已转为心愿，社区会尽快派志愿者来办。
        </Notice>
      ) : null}
      {recorded ? (
        <BigButton kind='secondary' id='back-visits' onClick={backToList}>
          <Text>回到我的巡访</Text>
        </BigButton>
      ) : null}
    </PageRoot>
  );
}
