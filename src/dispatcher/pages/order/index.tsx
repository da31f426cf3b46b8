/**
 * 派单 — one wish at the centre: the wish, ranked teams with reasons, 派给这支队, 不予受理.
 * Opened as `/dispatcher/pages/order/index?wishId=<id>`. On a desk-wide window (≥ 1024 px) the queue
 * stays on the left and another wish opens in place.
 *
 * Selectors (browser tests):
 * - `#dispatch-order-page`            the page
 * - `#wish-facts`, `#wish-status[data-status]`, `.wish-contact`, `.wish-due`, `.wish-team`, `.wish-reason`
 * - `#suggestion-list`, `.suggestion-card` / `#suggestion-<teamId>` (`data-rank` 1 = best),
 *   `.suggestion-name`, `.suggestion-reason`, `.dispatch-button` / `#dispatch-<teamId>`
 * - `#dispatch-note` (optional note for the team; H5: `#dispatch-note input`)
 * - `#reject-form`, `#reject-reason` (H5: `#reject-reason textarea`), `.field-error[data-field=reason]`, `#reject-button`
 * - `#action-error` (`.error-message[data-code]`)  why the last action failed, e.g. DISPATCH.SAME_TEAM
 * - `#action-done`                    what the last action did
 * - `#next-in-queue` (after a decision), `#wish-history`, `#back-to-queue`
 */
import Taro, { useRouter } from '@tarojs/taro';
import { PageRoot } from '@/components';
import { useNow } from '@/hooks/useNow';
import { useWide } from '@/hooks/useWide';
import { DispatchOrder } from '@/dispatcher/components/DispatchOrder';
import { QueueDesk } from '@/dispatcher/components/QueueDesk';

const backToQueue = () => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/dispatcher/pages/queue/index' }));

export default function DispatchOrderPage() {
  const wishId = useRouter().params.wishId ?? '';
  const now = useNow();
  const wide = useWide();
  return (
    <PageRoot id='dispatch-order-page' desk>
      {wide ? <QueueDesk now={now} initial={wishId} /> : <DispatchOrder wishId={wishId} now={now} onBack={backToQueue} />}
    </PageRoot>
  );
}
