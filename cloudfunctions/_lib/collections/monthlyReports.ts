// 月报: the notable cases of a month (served wishes rated 5★ whose resident agreed to the wall, read
// without any contact but the names to blank out), and the record of a settled month's files
// (monthlyReports, one per month and scope, id as the snapshot's), so asking again reuses them.
import type { DB } from 'wx-server-sdk';
import { SERVED_STATUSES } from '../../../src/domain/insight/definitions';
import { getDoc } from '../db';
import { collection } from './names';

export interface ReportRecord {
  _id: string;
  month: string;
  scope: string;
  title: string;
  pdf: string;
  xlsx: string;
  madeAt: Date;
}

export interface NotableWish {
  category: string;
  communityId: string;
  teamId?: string;
  createdAt: Date | string;
  completion?: { at?: Date | string };
  description: string;
  /** Read only to blank the names out of the description; never printed. */
  contact?: { name?: string };
  helper?: { name?: string };
}

/**
 * The first `limit` such wishes filed in [from, to) in `communities` (served by createdAt_-1 for the
 * street, communityId_1_createdAt_1 for some communities), oldest first.
 */
export async function notableWishes(
  db: DB.Database,
  communities: 'all' | readonly string[],
  from: Date,
  to: Date,
  limit: number,
): Promise<NotableWish[]> {
  const _ = db.command;
  const where: Record<string, unknown> = {};
  if (communities !== 'all') where.communityId = _.in([...communities]);
  Object.assign(where, {
    createdAt: _.gte(from).and(_.lt(to)),
    status: _.in([...SERVED_STATUSES]),
    'rating.stars': 5,
    wallConsent: true,
  });
  const { data } = (await collection(db, 'wishes')
    .where(where)
    .orderBy('createdAt', 'asc')
    .limit(limit)
    .field({
      _id: false,
      category: true,
      communityId: true,
      teamId: true,
      createdAt: true,
      'completion.at': true,
      description: true,
      'contact.name': true,
      'helper.name': true,
    })
    .get()) as unknown as { data: NotableWish[] };
  return data;
}

export const reportOf = (db: DB.Database, id: string) => getDoc<ReportRecord>(db, 'monthlyReports', id);

/** Keeps a settled month's record once: when another request made it meanwhile, theirs stays (and is answered). */
export async function keepReport(db: DB.Database, record: ReportRecord): Promise<ReportRecord> {
  try {
    await collection(db, 'monthlyReports').add({ data: record });
    return record;
  } catch (err) {
    const kept = await reportOf(db, record._id);
    if (!kept) throw err;
    return kept;
  }
}
