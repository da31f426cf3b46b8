// `volunteers/{openid}`: the volunteer's registration (name, phone, skills, community).
import { createHash } from 'node:crypto';
import type { DB } from 'wx-server-sdk';
import { isImported } from '../../../src/domain/team/register';
import type { Volunteer } from '../../../src/domain/team/team';
import { getAll, getDoc } from '../db';
import { collection } from './names';

export const getVolunteer = (db: DB.Database, openid: string) => getDoc<Volunteer>(db, 'volunteers', openid);

export const volunteersByIds = (db: DB.Database, openids: readonly string[]) =>
  getAll<Volunteer>(collection(db, 'volunteers').where({ _id: db.command.in([...openids]) }));

export const saveVolunteer = (db: DB.Database, v: Volunteer & { updatedAt: Date }) => {
  const { _id, ...data } = v;
  return collection(db, 'volunteers').doc(_id).set({ data });
};

/** The street's imported record of this mobile, not yet registered by anyone (index phone_1). */
export async function importedByPhone(db: DB.Database, phone: string): Promise<Volunteer | undefined> {
  const { data } = (await collection(db, 'volunteers').where({ phone }).limit(10).get()) as unknown as { data: Volunteer[] };
  return data.find(isImported);
}

export const removeVolunteer = (db: DB.Database, id: string) => collection(db, 'volunteers').doc(id).remove();

/** A community's registered volunteers (index communityId_1; imported records nobody registered are left out). */
export async function registeredVolunteersOf(db: DB.Database, communityId: string, limit = 500): Promise<Volunteer[]> {
  const { data } = (await collection(db, 'volunteers').where({ communityId }).limit(limit).get()) as unknown as { data: Volunteer[] };
  return data.filter((v) => !isImported(v));
}

/**
 * The key by which staff pages name a volunteer (the board's filter, the elder's form): derived from
 * the OPENID one way, so no OPENID leaves a function; the handler maps it back among the community's volunteers.
 */
export const volunteerKey = (openid: string) =>
  `vk-${createHash('sha256').update(`volunteer-key\u0000${openid}`).digest('base64url').slice(0, 16)}`;
