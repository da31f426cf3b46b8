// `waitingCredits/{wishId}`: credits waiting for their sponsor's budget (src/domain/bank/waiting.ts).
import type { DB } from 'wx-server-sdk';
import type { WaitingCredit } from '../../../src/domain/bank/waiting';
import { getAll, getPage } from '../db';
import { collection } from './names';

/** A sponsor's waiting credits, oldest first (index sponsorId_1_status_1_since_1). */
export const waitingOf = (db: DB.Database, sponsorId: string, page: number, size: number) =>
  getPage<WaitingCredit>(collection(db, 'waitingCredits').where({ sponsorId, status: 'waiting' }).orderBy('since', 'asc'), page, size);

/** Every sponsor's waiting credits, oldest first (index status_1_since_1). */
export const allWaiting = (db: DB.Database, page: number, size: number) =>
  getPage<WaitingCredit>(collection(db, 'waitingCredits').where({ status: 'waiting' }).orderBy('since', 'asc'), page, size);

/** A credit that can no longer be paid (its wish closed otherwise) leaves the queue. */
export const dropWaiting = (db: DB.Database, wishId: string) =>
  collection(db, 'waitingCredits')
    .where({ _id: wishId, status: 'waiting' })
    .update({ data: { status: 'dropped' } });

/** At most this many of a volunteer's waiting credits are read (a budget is granted long before). */
export const VOLUNTEER_WAITING_BOUND = 200;

/** A volunteer's credits waiting for budget, oldest first (index volunteer_1_status_1_since_1): what the passbook and 我的 show. */
export const waitingForVolunteer = (db: DB.Database, volunteer: string) =>
  getAll<Pick<WaitingCredit, '_id' | 'points'>>(
    collection(db, 'waitingCredits').where({ volunteer, status: 'waiting' }).orderBy('since', 'asc').field({ _id: true, points: true }),
    VOLUNTEER_WAITING_BOUND,
  );
