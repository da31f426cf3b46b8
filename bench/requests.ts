// Bench part 3: database requests per function action, counted from the local cloud's request log
// while the five-order loop runs once more after a warm-up loop (warm instances, like SCF).
import type { LocalCloud } from '../localcloud';
import { wishForm } from '../tests/helpers/people';

interface Step {
  who: string;
  fn: string;
  action: string;
  event: (ids: Record<string, string>) => Record<string, unknown>;
  /** Remember something from the answer for later steps. */
  keep?: (data: Record<string, unknown>, ids: Record<string, string>) => void;
}

function loop(round: number): Step[] {
  return [
    { who: 'demo-resident', fn: 'user', action: 'whoami', event: () => ({ action: 'whoami' }) },
    { who: 'demo-resident', fn: 'wish', action: 'building', event: () => ({ action: 'building', scene: 'B-0012' }) },
    {
      who: 'demo-resident',
      fn: 'wish',
      action: 'submit',
      event: () => wishForm({ requestId: `bench${round}${Date.now().toString(36)}`, confirmDuplicate: true }),
      keep: (d, ids) => (ids.wishId = String(d.wishId)),
    },
    { who: 'demo-resident', fn: 'wish', action: 'mine', event: () => ({ action: 'mine', page: 0 }) },
    { who: 'demo-dispatcher', fn: 'dispatch', action: 'queue', event: () => ({ action: 'queue', page: 0 }) },
    { who: 'demo-dispatcher', fn: 'dispatch', action: 'suggest', event: (ids) => ({ action: 'suggest', wishId: ids.wishId }) },
    {
      who: 'demo-dispatcher',
      fn: 'dispatch',
      action: 'schedule_service_day',
      event: (ids) => ({ action: 'schedule_service_day', wishId: ids.wishId }),
    },
    {
      who: 'demo-dispatcher',
      fn: 'dispatch',
      action: 'dispatch',
      event: (ids) => ({ action: 'dispatch', wishId: ids.wishId, teamId: 't-lexiujiang' }),
    },
    { who: 'demo-volunteer', fn: 'volunteer', action: 'hall', event: () => ({ action: 'hall', tab: 'open', page: 0 }) },
    { who: 'demo-volunteer', fn: 'volunteer', action: 'claim', event: (ids) => ({ action: 'claim', wishId: ids.wishId }) },
    { who: 'demo-volunteer', fn: 'wish', action: 'detail (volunteer)', event: (ids) => ({ action: 'detail', wishId: ids.wishId }) },
    { who: 'demo-volunteer', fn: 'volunteer', action: 'check_in', event: (ids) => ({ action: 'check_in', wishId: ids.wishId }) },
    {
      who: 'demo-volunteer',
      fn: 'volunteer',
      action: 'complete',
      event: (ids) => ({ action: 'complete', wishId: ids.wishId, summary: '更换了阀芯', minutes: 45 }),
    },
    { who: 'demo-resident', fn: 'wish', action: 'detail (owner)', event: (ids) => ({ action: 'detail', wishId: ids.wishId }) },
    { who: 'demo-resident', fn: 'wish', action: 'rate', event: (ids) => ({ action: 'rate', wishId: ids.wishId, stars: 5 }) },
    { who: 'demo-volunteer', fn: 'volunteer', action: 'passbook', event: () => ({ action: 'passbook', page: 0 }) },
    // 微心愿墙: a second wish, published to the community's wall and claimed from it by a volunteer of no team of its kind
    {
      who: 'demo-resident',
      fn: 'wish',
      action: 'submit (wall consent)',
      event: () => wishForm({ requestId: `benchwall${round}${Date.now().toString(36)}`, confirmDuplicate: true, wallConsent: true }),
      keep: (d, ids) => (ids.wallWishId = String(d.wishId)),
    },
    {
      who: 'demo-dispatcher',
      fn: 'dispatch',
      action: 'publish_to_wall',
      event: (ids) => ({ action: 'publish_to_wall', wishId: ids.wallWishId }),
    },
    { who: 'demo-volunteer-2', fn: 'volunteer', action: 'wall', event: () => ({ action: 'wall', page: 0 }) },
    { who: 'demo-volunteer-2', fn: 'volunteer', action: 'claim (wall)', event: (ids) => ({ action: 'claim', wishId: ids.wallWishId }) },
  ];
}

export interface RequestRow {
  fn: string;
  action: string;
  requests: number;
  inTransaction: number;
  examined: number;
  unserved: number;
  ok: boolean;
}

export async function measureRequests(cloud: LocalCloud): Promise<RequestRow[]> {
  let rows: RequestRow[] = [];
  for (const round of [0, 1]) {
    const ids: Record<string, string> = {};
    rows = [];
    for (const step of loop(round)) {
      const r = await cloud.host.invoke(step.fn, step.event(ids), { source: 'wx_client', openid: step.who });
      const result = (r.ok ? r.result : undefined) as { ok: boolean; data: Record<string, unknown> } | undefined;
      if (result?.ok) step.keep?.(result.data, ids);
      const mine = cloud.log.ofInvocation(r.requestId);
      const inTx = mine.filter((e) => e.inTransaction || e.action.endsWith('Transaction')).length;
      rows.push({
        fn: step.fn,
        action: step.action,
        requests: mine.length - inTx,
        inTransaction: inTx,
        examined: mine.reduce((s, e) => s + e.examined, 0),
        unserved: mine.filter((e) => !e.served).length,
        ok: !!result?.ok,
      });
    }
  }
  return rows; // the second, warm round
}
