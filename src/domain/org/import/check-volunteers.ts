// Checks a volunteers sheet: name, mobile (unique in the file), community and specialties by name, 党员.
import type { Specialty } from '../../menu';
import { PersonName, Phone } from '../../schemas/common';
import type { Volunteer } from '../../team/team';
import { COLUMNS, problem, type Problem, type SheetRow } from './columns';
import { cell, type CheckResult, type OrgSnapshot } from './types';
import { list, specialtyByName, yesNo, type NewId } from './values';

export function checkVolunteers(rows: readonly SheetRow[], org: OrgSnapshot, newId: NewId): CheckResult {
  const problems: Problem[] = [];
  const byPhone = new Map<string, { row: number; doc: Volunteer }>();
  const storedByPhone = new Map(org.volunteers.map((v) => [v.phone, v]));

  for (const { row, values } of rows) {
    const get = (h: string) => cell(values, h);
    const before = problems.length;
    for (const c of COLUMNS.volunteers) if (c.required && !get(c.header)) problems.push(problem(row, c.header, '没有填写'));
    if (problems.length > before) continue;

    const name = PersonName.safeParse(get('姓名'));
    if (!name.success) problems.push(problem(row, '姓名', `不对：${name.error.issues[0]?.message}`));
    const phone = Phone.safeParse(get('手机号'));
    if (!phone.success) problems.push(problem(row, '手机号', `不对：${phone.error.issues[0]?.message}`));
    else if (byPhone.has(phone.data)) problems.push(problem(row, '手机号', `与第 ${byPhone.get(phone.data)?.row} 行重复`));
    const community = org.communities.find((c) => c.name === get('社区'));
    if (!community) problems.push(problem(row, '社区', `找不到：${get('社区')}`));
    const skills: Specialty[] = [];
    for (const word of list(get('专长'))) {
      const s = specialtyByName(word);
      if (!s) problems.push(problem(row, '专长', `找不到：${word}`));
      else if (!skills.includes(s)) skills.push(s);
    }
    let partyMember = false;
    if (get('党员')) {
      const yes = yesNo(get('党员'));
      if (yes === undefined) problems.push(problem(row, '党员', `应填「是」或「否」：${get('党员')}`));
      else partyMember = yes;
    }
    if (problems.length > before || !name.success || !phone.success || !community) continue;

    // A volunteer already stored (registered, or imported before) is matched by mobile, so a second
    // import of the same file adds nobody; a new one gets a random id (never one derived from the mobile).
    const stored = storedByPhone.get(phone.data);
    const doc: Volunteer = {
      ...(stored ?? { _id: newId('v') }),
      name: name.data,
      phone: phone.data,
      communityId: community._id,
      skills,
      partyMember,
    };
    byPhone.set(phone.data, { row, doc });
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, records: [...byPhone.values()].map(({ doc }) => ({ collection: 'volunteers' as const, doc })) };
}
