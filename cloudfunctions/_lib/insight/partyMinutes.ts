// The year's service minutes per volunteer, for 数据看板's 党员服务时长: a settled month's minutes are kept
// in monthlySnapshots (`<month>:minutes`), made the first time they are asked for, so a request reads one
// small document per closed month and the open months' entries, not the whole year's journal. Journal
// entries are dated when posted (a late correction lands in the month it is posted), so a settled
// month's entries do not change.
import type { DB } from 'wx-server-sdk';
import { isSettled } from '../../../src/domain/insight/figures';
import { monthStart, nextMonth } from '../../../src/domain/time';
import { getDoc } from '../db';
import { collection } from '../collections/names';
import { entriesIn } from '../collections/recognition';
import { passbookLines } from '../passbook-lines';

interface MinutesSnapshot {
  _id: string;
  month: string;
  scope: 'minutes';
  /** Service and correction minutes per openid in the month. */
  minutes: Record<string, number>;
  madeAt: Date;
}

type Minutes = { minutes: Map<string, number>; partial: boolean };

export const minutesSnapshotId = (month: string) => `${month}:minutes`;

/** One month's minutes per openid; from (or into) its snapshot when settled and read in full. */
async function minutesOfMonth(db: DB.Database, month: string, now: Date): Promise<Minutes> {
  const settled = isSettled(month, now);
  if (settled) {
    const kept = await getDoc<MinutesSnapshot>(db, 'monthlySnapshots', minutesSnapshotId(month));
    if (kept) return { minutes: new Map(Object.entries(kept.minutes)), partial: false };
  }
  const entries = await entriesIn(db, ['service', 'correction'], monthStart(month), monthStart(nextMonth(month)));
  const minutes = new Map<string, number>();
  for (const l of passbookLines(entries.items)) minutes.set(l.openid, (minutes.get(l.openid) ?? 0) + l.minutes);
  if (settled && !entries.partial) {
    const data: MinutesSnapshot = {
      _id: minutesSnapshotId(month),
      month,
      scope: 'minutes',
      minutes: Object.fromEntries(minutes),
      madeAt: now,
    };
    try {
      await collection(db, 'monthlySnapshots').add({ data });
    } catch {
      // written once: a concurrent request made the same snapshot meanwhile, and it stays
    }
  }
  return { minutes, partial: entries.partial };
}

/** Minutes per openid over the months from `first` up to `last` (inclusive), added up. */
export async function minutesOfMonths(db: DB.Database, first: string, last: string, now: Date): Promise<Minutes> {
  const total = new Map<string, number>();
  let partial = false;
  for (let m = first; m <= last; m = nextMonth(m)) {
    const month = await minutesOfMonth(db, m, now);
    partial ||= month.partial;
    for (const [openid, n] of month.minutes) total.set(openid, (total.get(openid) ?? 0) + n);
  }
  return { minutes: total, partial };
}
