// People's names for staff lists (who invited, who changed a setting, who holds a passbook): their
// volunteer registration, else the name given on accepting an invitation; a person who never gave one
// shows as 未留姓名 and the last 4 characters of their id. Phones come masked.
import { maskPhone } from '../../src/domain/wish/view';
import { userNames } from './collections/users';
import { volunteersByIds } from './collections/volunteers';
import type { Deps } from './context';

export const anonymous = (openid: string) => (openid === 'bootstrap' ? '初始化命令' : `未留姓名（…${openid.slice(-4)}）`);

/** People's names (their volunteer registration, else the name given on accepting) and masked phones. */
export async function peopleNamer(deps: Deps, openids: readonly string[]) {
  const ids = [...new Set(openids.filter((id) => id && id !== 'bootstrap'))];
  const [people, given] = ids.length ? await Promise.all([volunteersByIds(deps.db, ids), userNames(deps.db, ids)]) : [[], new Map()];
  const byId = new Map(people.map((p) => [p._id, p]));
  return {
    name: (openid: string) => byId.get(openid)?.name ?? given.get(openid) ?? anonymous(openid),
    phone: (openid: string) => {
      const p = byId.get(openid)?.phone;
      return p ? maskPhone(p) : '';
    },
  };
}
