// `invitations/{sha256(token)}`: open, accepted or revoked; listed newest first (index createdAt_-1).
import crypto from 'node:crypto';
import type { DB } from 'wx-server-sdk';
import type { Invitation } from '../../../src/domain/org/invitation';
import { getDoc, getPage } from '../db';
import type { Tx } from '../transaction';
import { collection } from './names';

/** A new secret: 16 random bytes, base64url (22 characters: fits a mini-program code's 32-character scene). */
export const newToken = (): string => crypto.randomBytes(16).toString('base64url');

/** The stored id of a token: only this is kept, so reading the database does not let anyone accept. */
export const tokenHash = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

export const getInvitation = (db: DB.Database, id: string) => getDoc<Invitation>(db, 'invitations', id);

export const invitationsPage = (db: DB.Database, page: number, size: number) =>
  getPage<Invitation>(collection(db, 'invitations').orderBy('createdAt', 'desc'), page, size);

/** The invitation inside a transaction. */
export const invitationIn = (t: Tx, id: string) => t.collection('invitations').doc(id);
export const addInvitationIn = (t: Tx, inv: Invitation) => t.collection('invitations').add({ data: { ...inv } });
