import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { mayCall, mayView, relationsOf, ROLE_GATES, type Actor } from '../../src/domain/policy';
import { ROLES, type Role } from '../../src/domain/roles';
import { registry } from '../../src/domain/schemas';
import type { Relation } from '../../src/domain/wish/machine';

const wish = { filedBy: 'o_owner', teamId: 't_repair', claimant: 'o_claimant' };
const actor = (openid: string, roles: Role[], teams: Actor['teams'] = {}): Actor => ({ openid, roles, teams });

describe('relationsOf', () => {
  const cases: Array<{ name: string; actor: Actor; wish?: { filedBy: string; teamId?: string; claimant?: string }; relations: Relation[] }> = [
    { name: 'owner', actor: actor('o_owner', ['resident']), relations: ['owner'] },
    { name: 'dispatcher', actor: actor('o_disp', ['dispatcher']), relations: ['dispatcher'] },
    // An active membership is the relation; roles do not matter (joining a team needs the volunteer role).
    { name: 'team member', actor: actor('o_mem', ['volunteer'], { t_repair: 'member' }), relations: ['team_member'] },
    { name: 'team leader (a volunteer)', actor: actor('o_lead', ['volunteer', 'leader'], { t_repair: 'leader' }), relations: ['team_member', 'team_leader'] },
    { name: 'team leader without the volunteer role', actor: actor('o_lead', ['leader'], { t_repair: 'leader' }), relations: ['team_member', 'team_leader'] },
    { name: 'claimant (a member of the team)', actor: actor('o_claimant', ['volunteer'], { t_repair: 'member' }), relations: ['team_member', 'claimant'] },
    { name: 'claimant who has since left the team', actor: actor('o_claimant', ['volunteer']), relations: ['claimant'] },
    { name: 'member without the volunteer role', actor: actor('o_mem', ['resident'], { t_repair: 'member' }), relations: ['team_member'] },
    { name: 'member of another team', actor: actor('o_mem', ['volunteer'], { t_health: 'leader' }), relations: [] },
    { name: 'stranger', actor: actor('o_x', ['resident', 'volunteer']), relations: [] },
    { name: 'stranger with every role', actor: actor('o_x', [...ROLES]), relations: ['dispatcher'] },
    { name: 'owner who is also the dispatcher', actor: actor('o_owner', ['resident', 'dispatcher']), relations: ['owner', 'dispatcher'] },
    { name: 'no team yet: memberships give nothing', actor: actor('o_mem', ['volunteer'], { t_repair: 'member' }), wish: { filedBy: 'o_owner' }, relations: [] },
    { name: 'no claimant yet', actor: actor('o_claimant', ['resident']), wish: { filedBy: 'o_owner', teamId: 't_repair' }, relations: [] },
    // A team id is free text in the store (demo teams are `t-lexiujiang`): a name on Object.prototype must not match.
    { name: 'teamId "constructor" is no membership', actor: actor('o_mem', ['resident']), wish: { filedBy: 'o_owner', teamId: 'constructor' }, relations: [] },
    { name: 'teamId "toString" is no membership', actor: actor('o_mem', ['volunteer']), wish: { filedBy: 'o_owner', teamId: 'toString' }, relations: [] },
  ];
  for (const c of cases) {
    it(`${c.name} → [${c.relations.join(', ')}]`, () => {
      assert.deepEqual(relationsOf(c.wish ?? wish, c.actor).sort(), [...c.relations].sort());
    });
  }
});

describe('mayView', () => {
  const cases: Array<[Relation[], boolean]> = [
    [[], false],
    [['owner'], true],
    [['team_member'], true],
    [['dispatcher'], true],
  ];
  for (const [relations, expected] of cases) it(`[${relations.join(',')}] → ${expected}`, () => assert.equal(mayView(relations), expected));
});

describe('mayCall', () => {
  const cases: Array<{ fnAction: string; roles: Role[]; ok: boolean }> = [
    { fnAction: 'dispatch.queue', roles: ['dispatcher'], ok: true },
    { fnAction: 'dispatch.queue', roles: ['volunteer', 'leader', 'admin'], ok: false },
    { fnAction: 'dispatch.dispatch', roles: [], ok: false },
    { fnAction: 'dispatch.reject', roles: ['resident', 'dispatcher'], ok: true },
    { fnAction: 'volunteer.join', roles: ['volunteer'], ok: true },
    { fnAction: 'volunteer.join', roles: ['resident', 'leader'], ok: false },
    // claim is decided by the wish's team (relationsOf), not by a role gate
    { fnAction: 'volunteer.claim', roles: ['resident'], ok: true },
    { fnAction: 'volunteer.register', roles: ['resident'], ok: true },
    { fnAction: 'wish.submit', roles: [], ok: true },
    { fnAction: 'user.whoami', roles: [], ok: true },
  ];
  for (const { fnAction, roles, ok } of cases) {
    it(`${fnAction} with [${roles.join(',')}] → ${ok}`, () => assert.equal(mayCall(fnAction, roles), ok));
  }

  it('every gate names a real action and a non-empty list of roles', () => {
    const actions = Object.entries(registry).flatMap(([fn, acts]) => Object.keys(acts).map((a) => `${fn}.${a}`));
    for (const [fnAction, roles] of Object.entries(ROLE_GATES)) {
      assert.ok(actions.includes(fnAction), fnAction);
      assert.ok(roles.length > 0, fnAction);
      for (const role of roles) assert.ok((ROLES as readonly string[]).includes(role), `${fnAction}: ${role}`);
    }
  });
});
