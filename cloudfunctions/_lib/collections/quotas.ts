// `quotas/day:<YYYYMMDD>`: today's submission counters, per OPENID and per phone, in ONE document, so
// one conditional update takes both at once (burst-safe: it matches only while both are under their
// limits) and a refusal writes nothing (an update that matches nothing changes nothing).
import crypto from 'node:crypto';
import type { DB } from 'wx-server-sdk';
import { businessDay } from '../../../src/domain/time';
import { DAILY_WISHES_PER_OPENID, DAILY_WISHES_PER_PHONE, firstQuotaCounters, quotaKeys } from '../../../src/domain/wish/guards';
import { collection, type Updated } from './names';

/** Keyed hashes stand in for phones and OPENIDs in stored field names. */
const hash = (kind: string, value: string) => crypto.createHash('sha256').update(`msb-quota:${kind}:${value}`).digest('hex').slice(0, 24);

/** Where today's counters of this filer and phone live: the day's document and the two field paths. */
export const quotaKeysFor = (openid: string, phone: string, now: Date) => quotaKeys(businessDay(now), hash('o', openid), hash('p', phone));

export interface QuotaLimits {
  openid: number;
  phone: number;
}
const LIMITS: QuotaLimits = { openid: DAILY_WISHES_PER_OPENID, phone: DAILY_WISHES_PER_PHONE };

/**
 * Takes one unit of today's two counters: one request in the usual case. The first submission of a
 * day creates the document (one more request); a concurrent creation is retried once.
 */
export async function takeQuota(db: DB.Database, openid: string, phone: string, now: Date, limits = LIMITS): Promise<boolean> {
  const _ = db.command;
  const k = quotaKeysFor(openid, phone, now);
  const take = async () => {
    // `not gte` also matches a counter that does not exist yet (the first wish of the day).
    const where = { _id: k.docId, [k.openidField]: _.not(_.gte(limits.openid)), [k.phoneField]: _.not(_.gte(limits.phone)) };
    const res = (await collection(db, 'quotas')
      .where(where)
      .update({ data: { [k.openidField]: _.inc(1), [k.phoneField]: _.inc(1) } })) as Updated;
    return res.stats.updated === 1;
  };
  if (await take()) return true;
  try {
    await collection(db, 'quotas').add({ data: { _id: k.docId, ...firstQuotaCounters(k) } });
    return true;
  } catch {
    // It exists: a counter is at its limit, or another submission created it just now.
    return take();
  }
}
