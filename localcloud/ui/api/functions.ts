// Functions for the emulator UI: recent invocations with their costs and log lines, invoking an action
// by hand as any openid, and the timer triggers with their next run and "fire now".
import { HttpError } from '../../gateway/http-util';
import { OPENID_RE } from '../../gateway/session';
import { isValidFunctionName, parseCron7, readFunctionDef } from '../../host';
import type { InvokeResult } from '../../types';
import type { UiDeps } from '../deps';
import { costsByInvocation } from './requests';

export function listInvocations(deps: UiDeps, limit = 100) {
  const costs = costsByInvocation(deps);
  return deps.host.recentInvocations(Math.min(Math.max(limit, 1), 500)).map((inv) => ({
    ...inv,
    db: costs.get(inv.requestId) ?? { requests: 0, examined: 0, unindexed: 0 },
  }));
}

export function invocationLogs(deps: UiDeps, fn: string, requestId: string) {
  if (!isValidFunctionName(fn)) throw new HttpError(400, 'UI.BAD_PARAM', 'not a function name');
  return deps.host.recentLogs(fn, requestId).map((e) => ({ level: e.level, text: e.text, at: e.at.toISOString() }));
}

export interface TimerRow {
  fn: string;
  name: string;
  cron: string;
  /** Armed: the scheduler's next due time; else when it would next run (timers off). */
  next: string | null;
  armed: boolean;
}

export function listTimers(deps: UiDeps): TimerRow[] {
  const armed = new Map(deps.host.armedTimers().map((t) => [t.fn, t]));
  const rows: TimerRow[] = [];
  for (const fn of deps.host.functionNames()) {
    let trigger;
    try {
      trigger = readFunctionDef(deps.host.functionsDir, fn)?.trigger;
    } catch {
      continue; // a broken config.json: the host reports it when the function runs
    }
    if (trigger === undefined) continue;
    const a = armed.get(fn);
    const next = a?.next ?? parseCron7(trigger.cron).next(deps.clock.date());
    rows.push({ fn, name: trigger.name, cron: trigger.cron, next: next?.toISOString() ?? null, armed: a !== undefined });
  }
  return rows;
}

/** An invocation's answer with its log lines. */
function withLogs(deps: UiDeps, fn: string, r: InvokeResult) {
  return { ...r, logs: invocationLogs(deps, fn, r.requestId) };
}

/** Runs `fn` with `event` as the mini-program would for `openid` (none: a call without a user). */
export async function invokeByHand(deps: UiDeps, body: Record<string, unknown>) {
  const { fn, event, openid } = body;
  if (typeof fn !== 'string' || !isValidFunctionName(fn)) throw new HttpError(400, 'UI.BAD_PARAM', 'fn must be a function name');
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    throw new HttpError(400, 'UI.BAD_JSON', 'event must be a JSON object');
  if (openid !== undefined && openid !== '' && (typeof openid !== 'string' || !OPENID_RE.test(openid))) {
    throw new HttpError(400, 'UI.BAD_PARAM', 'openid must be 1-64 characters of A-Z a-z 0-9 _ -');
  }
  const r = await deps.host.invoke(fn, event, { source: 'wx_client', ...(typeof openid === 'string' && openid !== '' && { openid }) });
  return withLogs(deps, fn, r);
}

export async function fireTimer(deps: UiDeps, fn: string) {
  if (!isValidFunctionName(fn)) throw new HttpError(400, 'UI.BAD_PARAM', 'not a function name');
  const r = await deps.host.fireTimerNow(fn);
  if (r === undefined) throw new HttpError(404, 'UI.NO_TIMER', `${fn} has no timer trigger`);
  return withLogs(deps, fn, r);
}
