/**
 * 派单台 — the centre's queue (中心派单): wishes waiting for a team, 20 a page, in the order the
 * function gives them. On a phone a tap opens the order page; on a desk-wide window (≥ 1024 px) the
 * wish opens on the right, beside the queue. Pull down to refresh; it also refreshes on return.
 *
 * Selectors (browser tests):
 * - `#queue-page`                           the page
 * - `.queue-card` / `#queue-card-<wishId>`  one wish; `data-status` = submitted | returned | reopened
 *   - `.queue-category` `.queue-status` `.queue-description` `.queue-building` `.queue-due`
 *   - `.queue-urgent` (紧急), `.queue-overdue` (已超时), `.queue-reason` (why it is back)
 * - `#queue-more`                           加载更多
 * - `#queue-empty`                          nothing waiting
 * - `.error-message[data-code]`             a failure, in Chinese
 * - desk only: `.desk-detail` holds the order (selectors of ../order/index.tsx), `#desk-pick` before one is chosen
 */
import Taro from '@tarojs/taro';
import { PageRoot } from '@/components';
import { useNow } from '@/hooks/useNow';
import { useRefresh } from '@/hooks/useRefresh';
import { useWide } from '@/hooks/useWide';
import { QueueDesk } from '@/dispatcher/components/QueueDesk';
import { QueueList } from '@/dispatcher/components/QueueList';
import { useQueue } from '@/dispatcher/components/useQueue';

const openOrder = (wishId: string) => void Taro.navigateTo({ url: `/dispatcher/pages/order/index?wishId=${encodeURIComponent(wishId)}` });

function PhoneQueue({ now }: { now: number }) {
  const { list, reload, more } = useQueue();
  useRefresh(reload);
  return <QueueList list={list} now={now} onOpen={openOrder} onRetry={() => void reload()} onMore={() => void more()} />;
}

export default function QueuePage() {
  const now = useNow();
  const wide = useWide();
  return (
    <PageRoot id='queue-page' desk>
      {wide ? <QueueDesk now={now} /> : <PhoneQueue now={now} />}
    </PageRoot>
  );
}
