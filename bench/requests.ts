// Bench part 3: database requests per function action, counted from the local cloud's request log.
import type { LocalCloud } from '../localcloud';

export interface ActionCall {
  fn: string;
  action: string;
  event: Record<string, unknown>;
  openid?: string;
}

/** The actions to count. Each new action gets a line here (or in the registry it comes from). */
export const ACTION_CALLS: ActionCall[] = [
  { fn: 'user', action: 'whoami', event: { action: 'whoami' }, openid: 'demo-resident' },
  { fn: 'user', action: 'whoami (stranger)', event: { action: 'whoami' } },
];

export async function measureRequests(cloud: LocalCloud) {
  const rows: Array<{ fn: string; action: string; requests: number; examined: number; unserved: number; ok: boolean }> = [];
  for (const call of ACTION_CALLS) {
    // warm the instance first so module-scope init does not count
    await cloud.host.invoke(call.fn, call.event, { source: 'wx_client', openid: call.openid, appid: 'wx0000000000000000' });
    const seq = cloud.log.last;
    const r = await cloud.host.invoke(call.fn, call.event, { source: 'wx_client', openid: call.openid, appid: 'wx0000000000000000' });
    const mine = cloud.log.since(seq).filter((e) => e.invocationId === r.requestId);
    rows.push({
      fn: call.fn,
      action: call.action,
      requests: mine.length,
      examined: mine.reduce((s, e) => s + e.examined, 0),
      unserved: mine.filter((e) => !e.served).length,
      ok: r.ok,
    });
  }
  return rows;
}
