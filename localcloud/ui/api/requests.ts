// The request log for the emulator UI: every database request with the function and action that sent
// it, documents examined and the index used ("unindexed" when none served it), and a slow-query view
// (most documents examined: this project measures work by counts, not by wall-clock time).
import type { RequestEntry } from '../../server/request-log';
import type { UiDeps } from '../deps';

/** The one place the UI reads the request log (bounded by bytes: the newest entries). */
export function readRequestLog(deps: UiDeps): RequestEntry[] {
  return deps.log.since(0);
}

/** A log entry with the sending invocation's `event.action` (the entry's own `action` is the database request). */
export interface RequestRow extends RequestEntry {
  fnAction?: string;
}

export interface RequestFilter {
  fn?: string;
  collection?: string;
  unindexedOnly?: boolean;
  limit?: number;
}

/** A request nobody's index served (an insert never needs one). */
export const isUnindexed = (e: RequestEntry): boolean => !!e.collection && !e.served && e.action !== 'database.insertDocument';

function actions(deps: UiDeps): Map<string, string> {
  const out = new Map<string, string>();
  for (const inv of deps.host.recentInvocations()) if (inv.action !== undefined) out.set(inv.requestId, inv.action);
  return out;
}

/** Newest first. */
export function listRequests(deps: UiDeps, f: RequestFilter) {
  const all = readRequestLog(deps);
  const byInvocation = actions(deps);
  const limit = Math.min(Math.max(f.limit ?? 200, 1), 1000);
  const rows: RequestRow[] = [];
  for (let i = all.length - 1; i >= 0 && rows.length < limit; i--) {
    const e = all[i] as RequestEntry;
    if (f.fn && e.fn !== f.fn) continue;
    if (f.collection && e.collection !== f.collection) continue;
    if (f.unindexedOnly && !isUnindexed(e)) continue;
    const action = e.invocationId === undefined ? undefined : byInvocation.get(e.invocationId);
    rows.push({ ...e, ...(action !== undefined && { fnAction: action }) });
  }
  return { rows, total: all.length, unindexed: all.filter(isUnindexed).length };
}

/** The requests that examined the most documents. */
export function slowRequests(deps: UiDeps, limit = 20): { rows: RequestRow[] } {
  const byInvocation = actions(deps);
  const rows = [...readRequestLog(deps)]
    .sort((a, b) => b.examined - a.examined || b.seq - a.seq)
    .slice(0, Math.min(Math.max(limit, 1), 200))
    .map((e) => {
      const action = e.invocationId === undefined ? undefined : byInvocation.get(e.invocationId);
      return { ...e, ...(action !== undefined && { fnAction: action }) };
    });
  return { rows };
}

/** Database requests, documents examined and unindexed requests of each invocation. */
export function costsByInvocation(deps: UiDeps): Map<string, { requests: number; examined: number; unindexed: number }> {
  const out = new Map<string, { requests: number; examined: number; unindexed: number }>();
  for (const e of readRequestLog(deps)) {
    if (e.invocationId === undefined) continue;
    const c = out.get(e.invocationId) ?? { requests: 0, examined: 0, unindexed: 0 };
    c.requests++;
    c.examined += e.examined;
    if (isUnindexed(e)) c.unindexed++;
    out.set(e.invocationId, c);
  }
  return out;
}
