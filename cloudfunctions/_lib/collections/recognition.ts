// Reads of recognition and reviews: a passbook's entries since a date, the ratings of a volunteer's
// services, the journal's entries of a period by category, party members, redemptions of a period.
// Every read is served by a declared index and bounded (the bounds are in docs/DOMAIN.md); a read that
// reaches its bound says so (`partial`), so a figure is never silently short.
import type { DB } from 'wx-server-sdk';
import type { AccountId, EntryCategory, JournalEntry } from '../../../src/domain/bank/ledger';
import type { Volunteer } from '../../../src/domain/team/team';
import { getAll } from '../db';
import { collection } from './names';

/** At most this many entries of one passbook are read for a statement or the badges (≈ 10 years of daily services). */
export const PASSBOOK_BOUND = 5000;
/** At most this many journal entries of a period (a street's services of a year) for reviews and party hours. */
export const PERIOD_BOUND = 20_000;
/** At most this many wishes a volunteer served, for their ratings. */
export const RATINGS_BOUND = 2000;

const bounded = <T>(items: T[], bound: number) => ({ items, partial: items.length >= bound });

type PassbookEntry = Pick<JournalEntry, '_id' | 'kind' | 'at' | 'lines' | 'minutes' | 'reverses'>;

/** A passbook's entries at or after `from` (everything when undefined), newest first (index accounts_1_at_-1). */
export async function passbookEntries(db: DB.Database, account: AccountId, from?: Date) {
  const where = from ? { accounts: account, at: db.command.gte(from) } : { accounts: account };
  const items = await getAll<PassbookEntry>(
    collection(db, 'journal')
      .where(where)
      .orderBy('at', 'desc')
      .field({ _id: true, kind: true, at: true, lines: true, minutes: true, reverses: true }),
    PASSBOOK_BOUND,
  );
  return bounded(items, PASSBOOK_BOUND);
}

/** The points of the newest `count` entries of an account (the entries on earlier pages of its passbook), 1000 a request. */
export async function newestPoints(db: DB.Database, account: AccountId, count: number): Promise<number> {
  let sum = 0;
  for (let skip = 0; skip < count; skip += 1000) {
    const { data } = (await collection(db, 'journal')
      .where({ accounts: account })
      .orderBy('at', 'desc')
      .skip(skip)
      .limit(Math.min(1000, count - skip))
      .field({ lines: true })
      .get()) as unknown as { data: Pick<JournalEntry, 'lines'>[] };
    for (const e of data) for (const l of e.lines) if (l.account === account) sum += l.points;
    if (data.length < Math.min(1000, count - skip)) break;
  }
  return sum;
}

export interface ServedWish {
  _id: string;
  claimant?: string;
  rating?: { stars: number; at: Date };
  attempts?: Array<{ claimant: string; stars: number; at: Date }>;
}

/** Wishes the volunteer completed a service of (index servers_1_createdAt_-1), for the ratings they got. */
export async function servedWishes(db: DB.Database, openid: string) {
  const items = await getAll<ServedWish>(
    collection(db, 'wishes')
      .where({ servers: openid })
      .orderBy('createdAt', 'desc')
      .field({ _id: true, claimant: true, rating: true, attempts: true }),
    RATINGS_BOUND,
  );
  return bounded(items, RATINGS_BOUND);
}

type PeriodEntry = Pick<JournalEntry, '_id' | 'kind' | 'category' | 'at' | 'lines' | 'minutes' | 'wishId' | 'activityId'>;

/** Journal entries of these categories in [from, to), oldest first (index category_1_at_1). */
export async function entriesIn(db: DB.Database, categories: readonly EntryCategory[], from: Date, to: Date) {
  const _ = db.command;
  const items = await getAll<PeriodEntry>(
    collection(db, 'journal')
      .where({ category: _.in([...categories]), at: _.and(_.gte(from), _.lt(to)) })
      .orderBy('at', 'asc')
      .field({ _id: true, kind: true, category: true, at: true, lines: true, minutes: true, wishId: true, activityId: true }),
    PERIOD_BOUND,
  );
  return bounded(items, PERIOD_BOUND);
}

type VolunteerRow = Pick<Volunteer, '_id' | 'name' | 'phone' | 'communityId' | 'partyMember'>;

/** Registered volunteers of these communities ('all': every one), by community (index communityId_1). */
export async function volunteersOf(db: DB.Database, communities: 'all' | readonly string[], partyOnly: boolean) {
  const _ = db.command;
  const where = {
    ...(communities === 'all' ? {} : { communityId: _.in([...communities]) }),
    ...(partyOnly ? { partyMember: true } : {}),
  };
  const query = partyOnly
    ? collection(db, 'volunteers').where(where).orderBy('communityId', 'asc') // index partyMember_1_communityId_1
    : communities === 'all'
      ? collection(db, 'volunteers').orderBy('communityId', 'asc') // index communityId_1 (an index scan)
      : collection(db, 'volunteers').where(where).orderBy('communityId', 'asc');
  const items = await getAll<VolunteerRow>(
    query.field({ _id: true, name: true, phone: true, communityId: true, partyMember: true }),
    PERIOD_BOUND,
  );
  return bounded(items, PERIOD_BOUND);
}

export interface RedeemedReservation {
  _id: string;
  volunteer: string;
  communityId?: string;
  shopId: string;
  what?: string;
  points: number;
  redeemedAt: Date;
}

/** Reservations confirmed at the counter in [from, to), oldest first (index status_1_redeemedAt_1). */
export async function redeemedIn(db: DB.Database, from: Date, to: Date) {
  const _ = db.command;
  const items = await getAll<RedeemedReservation>(
    collection(db, 'reservations')
      .where({ status: 'redeemed', redeemedAt: _.and(_.gte(from), _.lt(to)) })
      .orderBy('redeemedAt', 'asc')
      .field({ _id: true, volunteer: true, communityId: true, shopId: true, what: true, points: true, redeemedAt: true }),
    PERIOD_BOUND,
  );
  return bounded(items, PERIOD_BOUND);
}
