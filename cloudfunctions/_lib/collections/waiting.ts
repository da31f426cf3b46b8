// `waitingCredits/{wishId}`: credits waiting for their sponsor's budget (src/domain/bank/waiting.ts).
import type { DB } from 'wx-server-sdk';
import type { WaitingCredit } from '../../../src/domain/bank/waiting';
import { getPage } from '../db';
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
