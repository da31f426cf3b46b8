/**
 * 工单 — one order for a volunteer: what and where, the resident's contact (full phone and
 * 拨打电话 only once I hold the claim), 约定上门时间 once I hold it, and the actions my relation allows: 接单, 到达签到,
 * 完成服务, 放弃; for the team leader also 指派给队员, 收回, 退回中心, 排进服务日. Opened as
 * `/volunteer/pages/order/index?wishId=<id>`.
 *
 * Selectors (browser tests):
 * - `#volunteer-order-page`; `#order-facts`, `#order-status[data-status]`, `.order-description`, `.order-place`
 * - `#order-contact`: `#contact-phone` (`data-masked`), `#call-phone` (拨打电话), `#contact-hint`
 * - `#plan-visit` (约定上门, claimed by me): `#plan-visit-current`, `.date-<YYYY-MM-DD>`, `#plan-visit-date`,
 *   `.window-<key>`, `#plan-visit-button`
 * - `#order-actions`: `#claim-button`, `#check-in-button`, `#release-button` → `#release-dialog`
 *   (`#release-confirm`, `#release-keep`), leader: `#assign-open` → `#assign-panel` (`#assign-<membershipId>`,
 *   `#assign-cancel`), `#return-open` → `#return-form` (`#return-reason textarea`, `#return-button`, `#return-cancel`)
 * - `#complete-form`: `#complete-summary` (H5: `#complete-summary textarea`), `.minute-chip[data-minutes]`,
 *   `#complete-minutes` (H5: `#complete-minutes input`),
 *   `#complete-photo` (weapp), `#complete-button`, `.field-error[data-field]`
 * - `#order-completion` (`.completion-summary`, `.completion-minutes`, `#order-rating`), `#order-history`
 * - `#action-done` (what the last action did), `#action-error` (`.error-message[data-code]`)
 * - leader: `#service-day` (`#service-day-button`, `#service-day-current`; components/wish/ServiceDayCard.tsx)
 * - `#order-refresh` (刷新); `#sent-back` (已退回重办: `.sent-back-reason`) for a service of mine sent back;
 *   `#minutes-to-confirm` (claimant) / `#confirm-minutes-form` (leader: `#confirm-minutes`, `#confirm-reason`,
 *   `#confirm-minutes-button`) while the minutes wait for the leader
 */
import { useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { WishCompletion } from '@/components/wish/WishCompletion';
import { ServiceDayCard } from '@/components/wish/ServiceDayCard';
import { WishFacts } from '@/components/wish/WishFacts';
import { WishTimeline } from '@/components/wish/WishTimeline';
import { useNow } from '@/hooks/useNow';
import { call } from '@/services';
import { ContactCard } from '@/volunteer/components/ContactCard';
import { goHall } from '@/volunteer/components/goHall';
import { LoadFailure } from '@/volunteer/components/LoadFailure';
import { MinutesCard } from '@/volunteer/components/MinutesCard';
import { PlanVisitCard } from '@/volunteer/components/PlanVisitCard';
import { SentBackCard } from '@/volunteer/components/SentBackCard';
import { OrderActions } from '@/volunteer/components/OrderActions';
import { useOrderActions } from '@/volunteer/components/useOrderActions';
import { roleIn, teamName, useProfile } from '@/volunteer/components/useProfile';
import { useRefresh } from '@/hooks/useRefresh';
import { useRemote } from '@/hooks/useRemote';
import './index.scss';

export default function VolunteerOrderPage() {
  const wishId = useRouter().params.wishId ?? '';
  const load = useCallback(() => call('wish', { action: 'detail' as const, wishId }), [wishId]);
  const { state, reload } = useRemote(load);
  const { profile } = useProfile();
  const api = useOrderActions(wishId, reload);
  useRefresh(reload);
  const now = useNow();

  if (state.status !== 'ready') {
    return (
      <PageRoot id='volunteer-order-page'>
        {state.status === 'loading' ? <Loading /> : <LoadFailure code={state.code} message={state.message} onRetry={() => void reload()} />}
      </PageRoot>
    );
  }
  const order = state.data;
  return (
    <PageRoot id='volunteer-order-page'>
      {api.done && (
        <Notice kind='success' id='action-done'>
          {api.done}
        </Notice>
      )}
      {api.error && (
        <Notice kind='error' code={api.error.code} id='action-error'>
          {api.error.message}
        </Notice>
      )}
      <RefreshButton id='order-refresh' onRefresh={reload} />
      <SentBackCard order={order} />
      <WishFacts wish={order} now={now} prefix='order' teamName={teamName(profile, order.teamId)} />
      <ContactCard order={order} />
      <PlanVisitCard order={order} busy={api.busy} onPlan={(date, window) => void api.planVisit(date, window)} />
      <OrderActions order={order} role={roleIn(profile, order.teamId)} api={api} />
      {roleIn(profile, order.teamId) === 'leader' ? <ServiceDayCard wish={order} onDone={() => void reload()} /> : null}
      <MinutesCard
        order={order}
        leader={roleIn(profile, order.teamId) === 'leader'}
        busy={api.busy}
        onConfirm={(m, r) => void api.confirmMinutes(m, r)}
      />
      <WishCompletion wish={order} id='order-completion' ratingId='order-rating' />
      <WishTimeline wish={order} id='order-history' />
      <BigButton kind='plain' id='back-to-hall' onClick={goHall}>
        返回接单大厅
      </BigButton>
    </PageRoot>
  );
}
