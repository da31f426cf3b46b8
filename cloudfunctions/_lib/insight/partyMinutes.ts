// The year's service minutes per volunteer, for 数据看板's 党员服务时长: a settled month's minutes are kept
// in monthlySnapshots (`<month>:minutes`), made the first time they are asked for, so a request reads the
// closed months' small documents in one query and the open months' entries, not the whole year's journal.
// Journal entries are dated when posted (a late correction lands in the month it is posted), so a settled
// month's entries do not change.
import type { DB } from 'wx-server-sdk';
import { isSettled } from '../../../src/domain/insight/figures';
import { monthStart, nextMonth } from '../../../src/domain/time';
import { collection } from '../collections/names';
import { keepSnapshot } from '../collections/insight';
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

/** The kept minutes of these months, by month (one query: at most twelve small documents). */
async function keptMinutes(db: DB.Database, months: readonly string[]): Promise<Map<string, Record<string, number>>> {
  if (months.length === 0) return new Map();
  const _ = db.command;
  const { data } = (await collection(db, 'monthlySnapshots')
    .where({ _id: _.in(months.map(minutesSnapshotId)) })
    .get()) as unknown as { data: MinutesSnapshot[] };
  return new Map(data.map((s) => [s.month, s.minutes]));
}

/** One month's minutes per openid from the journal; kept as its snapshot when settled and read in full. */
async function minutesFromJournal(db: DB.Database, month: string, now: Date): Promise<Minutes> {
  const entries = await entriesIn(db, ['service', 'correction'], monthStart(month), monthStart(nextMonth(month)));
  const minutes = new Map<string, number>();
  for (const l of passbookLines(entries.items)) minutes.set(l.openid, (minutes.get(l.openid) ?? 0) + l.minutes);
  if (isSettled(month, now) && !entries.partial) {
    const data: MinutesSnapshot = {
      _id: minutesSnapshotId(month),
      month,
      scope: 'minutes',
      minutes: Object.fromEntries(minutes),
      madeAt: now,
    };
    await keepSnapshot(db, data);
  }
  return { minutes, partial: entries.partial };
}

/** Minutes per openid over the months from `first` up to `last` (inclusive), added up. */
export async function minutesOfMonths(db: DB.Database, first: string, last: string, now: Date): Promise<Minutes> {
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  const kept = await keptMinutes(
    db,
    months.filter((m) => isSettled(m, now)),
  );
  const read = await Promise.all(months.filter((m) => !kept.has(m)).map((m) => minutesFromJournal(db, m, now)));
  const total = new Map<string, number>();
  const add = (openid: string, n: number) => total.set(openid, (total.get(openid) ?? 0) + n);
  for (const minutes of kept.values()) for (const [openid, n] of Object.entries(minutes)) add(openid, n);
  for (const month of read) for (const [openid, n] of month.minutes) add(openid, n);
  return { minutes: total, partial: read.some((m) => m.partial) };
}
