/**
 * 派单台 — the centre's workbench (中心派单): tabs 待派单 / 已派单 / 服务中 / 已超时 / 重办/退回 / 已结束,
 * one search box, 刷新; 20 wishes a page in the order the function gives them. On a phone a tap opens
 * the order page; on a desk-wide window (≥ 1024 px) the wish opens on the right, beside the list.
 * Pull down to refresh; it also refreshes on return.
 *
 * Selectors (browser tests):
 * - `#queue-page`                           the page
 * - `#queue-scope` (派单范围：全街道 / 青云社区; `data-kind` street | community) or `#queue-no-scope`
 * - `#queue-title`; `#workbench-bar`: `#queue-tab-<tab>` (`data-on`, tab = waiting | dispatched | serving |
 *   overdue | sent_back | ended), `#queue-search` (H5: `#queue-search input`), `#queue-search-button`,
 *   `#queue-search-clear`, `#queue-refresh`, `#queue-activities` (活动组织), `#queue-subscribe` (weapp, real template ids only)
 * - `.queue-card` / `#queue-card-<wishId>`  one wish; `data-status` = its status
 *   - `.queue-category` `.queue-status` `.queue-description` `.queue-building` (小区 楼栋 · 门牌) `.queue-due`
 *   - `.queue-urgent` (紧急), `.queue-overdue` (已超时), `.queue-reason` (重办原因：…)
 * - `#queue-more`                           加载更多
 * - `#queue-empty`                          nothing in this tab (or found)
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
  const bench = useQueue();
  const { reload, more } = bench;
  useRefresh(reload);
  return <QueueList bench={bench} now={now} onOpen={openOrder} onRetry={() => void reload()} onMore={() => void more()} />;
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
