// Registering as a volunteer when the street already imported you from its spreadsheet: the imported
// record (an id of `v-…`, never one derived from the phone) is the same person, found by the mobile, and
// becomes the registered one (keyed by OPENID). What the person types wins; skills are joined, and a
// party member stays one. Re-importing the sheet then matches the registered record by mobile.
import type { Volunteer } from './team';

/** Imported volunteers' ids (src/domain/org/import/check-volunteers.ts); registered ones are OPENIDs. */
export const IMPORTED_PREFIX = 'v-';
export const isImported = (v: Pick<Volunteer, '_id'>): boolean => v._id.startsWith(IMPORTED_PREFIX);

export type Registration = Omit<Volunteer, '_id'>;

/** The registered volunteer: the form over the imported record of the same mobile, if there is one. */
export function registered(openid: string, form: Registration, imported?: Volunteer): Volunteer {
  if (!imported) return { _id: openid, ...form };
  const skills = [...form.skills, ...imported.skills.filter((s) => !form.skills.includes(s))];
  return { ...form, _id: openid, skills, partyMember: form.partyMember || imported.partyMember };
}
