// `wishes` as the public (Open311) reads them: only the fields the mapping publishes are loaded
// (src/domain/open311/map.ts PublicWish), never contact, room, description or photos; of the history
// only the times (no actor, no note).
import type { DB } from 'wx-server-sdk';
import type { PublicWish } from '../../../src/domain/open311/map';
import type { RequestsFilter } from '../../../src/domain/open311/query';
import { collection } from './names';

const PUBLIC_FIELDS = {
  _id: true,
  status: true,
  category: true,
  buildingId: true,
  createdAt: true,
  dueAt: true,
  teamId: true,
  history: true,
};

/**
 * One page of the wishes filed in [from, to), newest first: index category_1_createdAt_-1 for one
 * service_code, else createdAt_-1 (status, and several categories, filtered on the ordered scan).
 */
export async function publicWishes(db: DB.Database, f: RequestsFilter): Promise<PublicWish[]> {
  const _ = db.command;
  const where: Record<string, unknown> = { createdAt: _.gte(f.from).and(_.lt(f.to)) };
  if (f.statuses) where.status = _.in(f.statuses);
  if (f.categories) where.category = f.categories.length === 1 ? f.categories[0] : _.in(f.categories);
  const { data } = (await collection(db, 'wishes')
    .where(where)
    .orderBy('createdAt', 'desc')
    .skip(f.skip)
    .limit(f.limit)
    .field(PUBLIC_FIELDS)
    .get()) as unknown as { data: PublicWish[] };
  return data;
}

/** Several wishes by id (Open311's service_request_id list), newest first; unknown ids are left out. */
export async function publicWishesByIds(db: DB.Database, ids: string[]): Promise<PublicWish[]> {
  const { data } = (await collection(db, 'wishes')
    .where({ _id: db.command.in(ids) })
    .limit(ids.length)
    .field(PUBLIC_FIELDS)
    .get()) as unknown as { data: PublicWish[] };
  return data.sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
}

export async function publicWish(db: DB.Database, id: string): Promise<PublicWish | null> {
  const { data } = (await collection(db, 'wishes').where({ _id: id }).limit(1).field(PUBLIC_FIELDS).get()) as unknown as {
    data: PublicWish[];
  };
  return data[0] ?? null;
}
