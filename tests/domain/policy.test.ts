import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { GATES, mayCall, mayView, relationsOf, type Actor } from '../../src/domain/policy';
import type { Grant } from '../../src/domain/org/grants';
import { ROLES, type Role } from '../../src/domain/roles';
import { registry } from '../../src/domain/schemas';
import type { Relation } from '../../src/domain/wish/machine';

const wish = { filedBy: 'o_owner', communityId: 'c_a', teamId: 't_repair', claimant: 'o_claimant' };
const STREET: Grant[] = [{ role: 'dispatcher', scope: { kind: 'street', id: 's_1' } }];
const actor = (openid: string, roles: Role[], teams: Actor['teams'] = {}, grants: Grant[] = STREET): Actor => ({
  openid,
  roles,
  teams,
  grants,
});
const community = (id: string): Grant[] => [{ role: 'dispatcher', scope: { kind: 'community', id } }];

describe('relationsOf', () => {
  const cases: Array<{
    name: string;
    actor: Actor;
    wish?: { filedBy: string; communityId?: string; teamId?: string; claimant?: string };
    relations: Relation[];
  }> = [
    { name: 'owner', actor: actor('o_owner', ['resident']), relations: ['owner'] },
    { name: 'dispatcher of the street', actor: actor('o_disp', ['dispatcher']), relations: ['dispatcher'] },
    { name: "dispatcher of the wish's community", actor: actor('o_disp', ['dispatcher'], {}, community('c_a')), relations: ['dispatcher'] },
    { name: 'dispatcher of another community', actor: actor('o_disp', ['dispatcher'], {}, community('c_b')), relations: [] },
    { name: 'dispatcher role without a grant (closed)', actor: actor('o_disp', ['dispatcher'], {}, []), relations: [] },
    { name: 'a street grant without the role', actor: actor('o_disp', ['resident']), relations: [] },
    {
      name: 'a leader grant is no dispatcher scope',
      actor: actor('o_disp', ['dispatcher'], {}, [{ role: 'leader', scope: { kind: 'team', id: 't_repair' } }]),
      relations: [],
    },
    // An active membership is the relation; roles do not matter (joining a team needs the volunteer role).
    { name: 'team member', actor: actor('o_mem', ['volunteer'], { t_repair: 'member' }), relations: ['member'] },
    {
      name: 'team leader (a volunteer)',
      actor: actor('o_lead', ['volunteer', 'leader'], { t_repair: 'leader' }),
      relations: ['member', 'leader'],
    },
    {
      name: 'team leader without the volunteer role',
      actor: actor('o_lead', ['leader'], { t_repair: 'leader' }),
      relations: ['member', 'leader'],
    },
    {
      name: 'claimant (a member of the team)',
      actor: actor('o_claimant', ['volunteer'], { t_repair: 'member' }),
      relations: ['member', 'claimant'],
    },
    { name: 'claimant who has since left the team', actor: actor('o_claimant', ['volunteer']), relations: ['claimant'] },
    { name: 'member without the volunteer role', actor: actor('o_mem', ['resident'], { t_repair: 'member' }), relations: ['member'] },
    { name: 'member of another team', actor: actor('o_mem', ['volunteer'], { t_health: 'leader' }), relations: [] },
    { name: 'stranger', actor: actor('o_x', ['resident', 'volunteer']), relations: [] },
    { name: 'stranger with every role', actor: actor('o_x', [...ROLES]), relations: ['dispatcher'] },
    { name: 'owner who is also the dispatcher', actor: actor('o_owner', ['resident', 'dispatcher']), relations: ['owner', 'dispatcher'] },
    {
      name: 'no team yet: memberships give nothing',
      actor: actor('o_mem', ['volunteer'], { t_repair: 'member' }),
      wish: { filedBy: 'o_owner' },
      relations: [],
    },
    { name: 'no claimant yet', actor: actor('o_claimant', ['resident']), wish: { filedBy: 'o_owner', teamId: 't_repair' }, relations: [] },
    // A team id is free text in the store (demo teams are `t-lexiujiang`): a name on Object.prototype must not match.
    {
      name: 'teamId "constructor" is no membership',
      actor: actor('o_mem', ['resident']),
      wish: { filedBy: 'o_owner', teamId: 'constructor' },
      relations: [],
    },
    {
      name: 'teamId "toString" is no membership',
      actor: actor('o_mem', ['volunteer']),
      wish: { filedBy: 'o_owner', teamId: 'toString' },
      relations: [],
    },
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
    [['member'], true],
    [['dispatcher'], true],
  ];
  for (const [relations, expected] of cases) it(`[${relations.join(',')}] → ${expected}`, () => assert.equal(mayView(relations), expected));
});

describe('mayCall: the gates, closed by default', () => {
  const cases: Array<{ fnAction: string; roles: Role[]; input?: unknown; ok: boolean }> = [
    { fnAction: 'dispatch.queue', roles: ['dispatcher'], ok: true },
    { fnAction: 'dispatch.queue', roles: ['volunteer', 'leader', 'admin'], ok: false },
    { fnAction: 'dispatch.dispatch', roles: [], ok: false },
    { fnAction: 'dispatch.reject', roles: ['resident', 'dispatcher'], ok: true },
    { fnAction: 'volunteer.join', roles: ['volunteer'], ok: true },
    { fnAction: 'volunteer.join', roles: ['resident', 'leader'], ok: false },
    // claim is decided by the wish's team (relationsOf), not by a role gate
    { fnAction: 'volunteer.claim', roles: ['resident'], ok: true },
    { fnAction: 'volunteer.register', roles: ['resident'], ok: true },
    { fnAction: 'wish.submit', roles: [], input: { proxy: false }, ok: true },
    // filing for someone else (帮办) needs a helper or a dispatcher
    { fnAction: 'wish.submit', roles: ['resident'], input: { proxy: true }, ok: false },
    { fnAction: 'wish.submit', roles: ['helper'], input: { proxy: true }, ok: true },
    { fnAction: 'user.whoami', roles: [], ok: true },
    // no gate, no entry: an action that is not in the table is refused, whoever calls
    { fnAction: 'wish.unknown', roles: ['admin', 'dispatcher'], ok: false },
    { fnAction: 'nofn.whoami', roles: ['admin'], ok: false },
    { fnAction: 'wish.constructor', roles: ['admin'], ok: false },
    { fnAction: 'wish.toString', roles: [], ok: false },
  ];
  for (const { fnAction, roles, input, ok } of cases) {
    const [fn, action] = fnAction.split('.') as [string, string];
    it(`${fnAction} with [${roles.join(',')}] → ${ok}`, () => assert.equal(mayCall(fn, action, roles, input), ok));
  }

  it('every registry action has a gate, and every gate names a real action and real roles', () => {
    const actions = Object.entries(registry).flatMap(([fn, acts]) => Object.keys(acts).map((a) => `${fn}.${a}`));
    const gated = Object.entries(GATES).flatMap(([fn, acts]) => Object.entries(acts).map(([a, gate]) => ({ key: `${fn}.${a}`, gate })));
    assert.deepEqual(gated.map((g) => g.key).sort(), [...actions].sort());
    for (const { key, gate } of gated) {
      if (gate.roles === 'signed_in') continue;
      assert.ok(gate.roles.length > 0, key);
      for (const role of gate.roles) assert.ok((ROLES as readonly string[]).includes(role), `${key}: ${role}`);
    }
  });
});
