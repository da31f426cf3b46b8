// `assignments`: the lasting record of a leader's assignments (who assigned what to whom, when).
import type { DB } from 'wx-server-sdk';
import { getPage } from '../db';
import { collection } from './names';

export interface Assignment {
  _id: string;
  teamId: string;
  wishId: string;
  category: string;
  /** OPENIDs of the leader and the member (shown to the leader as names only). */
  by: string;
  to: string;
  at: Date;
}

/** Appends one record; its id is the wish and version it was assigned at, so a retry lands once. */
export async function recordAssignment(db: DB.Database, a: Assignment): Promise<void> {
  try {
    await collection(db, 'assignments').add({ data: { ...a } });
  } catch {
    // Already recorded by a retry of the same assignment.
  }
}

/** A team's assignments, newest first (index teamId_1_at_-1). */
export const assignmentsOf = (db: DB.Database, teamId: string, page: number, size: number) =>
  getPage<Assignment>(collection(db, 'assignments').where({ teamId }).orderBy('at', 'desc'), page, size);
