// `audit/{key}`: who granted, accepted or revoked what, when and why; newest first (index at_-1).
import type { DB } from 'wx-server-sdk';
import type { AuditRecord } from '../../../src/domain/org/audit';
import { getPage } from '../db';
import type { Tx } from '../transaction';
import { collection } from './names';

export const auditPage = (db: DB.Database, page: number, size: number) =>
  getPage<AuditRecord>(collection(db, 'audit').orderBy('at', 'desc'), page, size);

/** Appends a record inside the transaction of the change it records (its `_id` makes a retry land once). */
export const addAuditIn = (t: Tx, record: AuditRecord) => t.collection('audit').add({ data: { ...record } });
