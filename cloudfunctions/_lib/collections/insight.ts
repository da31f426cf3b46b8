// 数据看板: the wishes of one filing month as plain rows (an aggregate pipeline on wishes, served by
// createdAt_1 for the street or communityId_1_createdAt_1 for some communities), and the write-once
// snapshots of closed months (monthlySnapshots, one per month and scope).
import type { DB } from 'wx-server-sdk';
import type { MonthFigures, WishRow } from '../../../src/domain/insight/figures';
import type { ServiceFigures } from '../../../src/domain/insight/service';
import { getDoc } from '../db';
import { collection } from './names';

export interface Snapshot {
  _id: string;
  month: string;
  scope: string;
  /** Snapshots made before the figures beyond wishes lack them until they are added (addServiceFigures). */
  figures: MonthFigures & Partial<ServiceFigures>;
  madeAt: Date;
}

/** The snapshot id of a month and scope ('all', or the communities sorted and joined). */
export const snapshotId = (month: string, communities: 'all' | readonly string[]) =>
  `${month}:${communities === 'all' ? 'all' : [...communities].sort().join('+')}`;

type Raw = Omit<WishRow, 'createdAt' | 'history'> & {
  createdAt: Date | string;
  history?: Array<{ action: string; at: Date | string; stars?: number | null }>;
};

/**
 * The wishes filed in [from, to) in `communities`, reduced in the pipeline to what the figures read and
 * gathered into ONE result document (so a month is one request whatever its size, each wish examined
 * once; at ~150 bytes a row, CloudBase's 16 MB result holds a month of some 100,000 wishes).
 */
export async function wishRows(db: DB.Database, communities: 'all' | readonly string[], from: Date, to: Date): Promise<WishRow[]> {
  const _ = db.command;
  const $ = _.aggregate;
  const match: Record<string, unknown> = {};
  if (communities !== 'all') match.communityId = _.in([...communities]);
  match.createdAt = _.gte(from).and(_.lt(to));
  const { list } = (await collection(db, 'wishes')
    .aggregate()
    .match(match)
    .project({
      _id: 0,
      communityId: 1,
      buildingId: 1,
      teamId: 1,
      category: 1,
      status: 1,
      createdAt: 1,
      minutes: '$completion.minutes',
      history: $.map({ input: '$history', as: 'h', in: { action: '$$h.action', at: '$$h.at', stars: '$$h.stars' } }),
    })
    .group({ _id: null, rows: $.push('$$ROOT') })
    .end()) as { list: Array<{ rows: Raw[] }> };
  return (list[0]?.rows ?? []).map(rowOf);
}

function rowOf(r: Raw): WishRow {
  return {
    communityId: r.communityId,
    buildingId: r.buildingId,
    ...(r.teamId ? { teamId: r.teamId } : {}),
    category: r.category,
    status: r.status,
    createdAt: new Date(r.createdAt),
    ...(typeof r.minutes === 'number' ? { minutes: r.minutes } : {}),
    history: (r.history ?? []).map((h) => ({
      action: h.action,
      at: new Date(h.at),
      ...(typeof h.stars === 'number' ? { stars: h.stars } : {}),
    })),
  };
}

export const snapshotOf = (db: DB.Database, id: string) => getDoc<Snapshot>(db, 'monthlySnapshots', id);

/**
 * Writes a closed month's snapshot (any monthlySnapshots document: figures or minutes) once: when another
 * request made it meanwhile, theirs stays; any other failure is thrown.
 */
export async function keepSnapshot<T extends { _id: string; month: string; scope: string }>(db: DB.Database, snapshot: T): Promise<void> {
  try {
    await collection(db, 'monthlySnapshots').add({ data: snapshot });
  } catch (err) {
    if (!(await snapshotOf(db, snapshot._id))) throw err;
  }
}

/**
 * Adds the figures beyond wishes to a snapshot made before they existed — once: only while it still
 * lacks them (a concurrent request's addition stays). The wish figures and madeAt are left as they were.
 */
export async function addServiceFigures(db: DB.Database, id: string, service: ServiceFigures): Promise<void> {
  const _ = db.command;
  await collection(db, 'monthlySnapshots')
    .where({ _id: id, 'figures.volunteers': _.exists(false) })
    .update({
      data: {
        'figures.volunteers': _.set(service.volunteers),
        'figures.activities': _.set(service.activities),
        'figures.visits': _.set(service.visits),
        serviceAddedAt: new Date(),
      },
    });
}
