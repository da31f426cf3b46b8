// `volunteers/{openid}`: the volunteer's registration (name, phone, skills, community).
import type { DB } from 'wx-server-sdk';
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
