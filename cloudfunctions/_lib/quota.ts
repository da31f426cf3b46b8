// Daily submission quotas, per OPENID and per phone, that hold under a burst: each counter is taken
// by a conditional increment (`n < limit`), so concurrent submissions can never pass the limit; a
// read first lets the usual refusal (a counter at its limit) write nothing.
import crypto from 'node:crypto';
import type { DB } from 'wx-server-sdk';
import { businessDay } from '../../src/domain/time';
import { DAILY_WISHES_PER_OPENID, quotaIds } from '../../src/domain/wish/guards';

/** Phones never appear in document ids: a keyed hash stands in for them. */
export function phoneHash(phone: string): string {
  return crypto.createHash('sha256').update(`msb-quota:${phone}`).digest('hex').slice(0, 24);
}

type Updated = { stats: { updated: number } };

/** One unit of one counter: a conditional increment, or creating today's counter. */
async function takeOne(db: DB.Database, id: string, limit: number): Promise<boolean> {
  const _ = db.command;
  const inc = () => db.collection('quotas').where({ _id: id, n: _.lt(limit) }).update({ data: { n: _.inc(1) } }) as Promise<Updated>;
  if ((await inc()).stats.updated === 1) return true;
  try {
    await db.collection('quotas').add({ data: { _id: id, n: 1 } });
    return true;
  } catch {
    // it exists: either at the limit, or a concurrent submission just created it
    return (await inc()).stats.updated === 1;
  }
}

export interface QuotaCheck {
  ids: string[];
  /** True when a counter is already at the limit: refuse without writing anything. */
  exhausted: boolean;
}

/** Today's counters for the filer and the phone, read (not written) so a refusal writes nothing. */
export async function checkQuota(db: DB.Database, openid: string, phone: string, now: Date, limit = DAILY_WISHES_PER_OPENID): Promise<QuotaCheck> {
  const _ = db.command;
  const ids = Object.values(quotaIds(businessDay(now), openid, phoneHash(phone)));
  const { data } = (await db.collection('quotas').where({ _id: _.in(ids) }).get()) as unknown as { data: Array<{ n: number }> };
  return { ids, exhausted: data.some((q) => q.n >= limit) };
}

/**
 * Takes one unit of each counter (two requests). Only a concurrent submission can make one of them
 * fail after `checkQuota` passed; then the other is given back and the answer is false.
 */
export async function takeQuota(db: DB.Database, check: QuotaCheck, limit = DAILY_WISHES_PER_OPENID): Promise<boolean> {
  if (check.exhausted) return false;
  const took = await Promise.all(check.ids.map((id) => takeOne(db, id, limit)));
  if (took.every(Boolean)) return true;
  const _ = db.command;
  await Promise.all(check.ids.filter((_id, i) => took[i]).map((id) => db.collection('quotas').doc(id).update({ data: { n: _.inc(-1) } })));
  return false;
}
