// Alerts to the community (督办): 联系不上 twice in a row, or visits missed. Sent to the community's
// dispatchers and helpers (帮办员) by subscribe message; the data names no elder, phone or room.
// A person who has not subscribed is skipped without error (notify answers 'not_subscribed').
import { visitNoticeData, WORKBENCH_PAGE } from '../../src/domain/notify';
import { filesFor } from '../../src/domain/org/grants';
import { holdersOf } from '../_lib/collections/users';
import type { Deps } from '../_lib/context';
import { logFailure } from '../_lib/log';
import { notify } from '../_lib/notify';

export async function alertCommunity(
  { cloud, db, ref }: Deps,
  communityId: string,
  reason: 'unreachable' | 'missed',
  count = 1,
): Promise<number> {
  try {
    const [dispatchers, helpers] = await Promise.all([ref.dispatchers(), holdersOf(db, 'helper')]);
    const to = new Set([...dispatchers, ...helpers].filter((p) => filesFor(p.grants, communityId)).map((p) => p.openid));
    const data = visitNoticeData('visit_escalated', { reason, count });
    const sent = await Promise.all([...to].map((openid) => notify(cloud, 'visit', openid, 'visit_escalated', data, WORKBENCH_PAGE)));
    return sent.length;
  } catch (err) {
    logFailure('visit', 'notify:escalate', err);
    return 0;
  }
}
