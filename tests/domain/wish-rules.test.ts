// The rows' guards and field effects, one case per rule, and whole walks through the lifecycle with
// the changes applied as the database applies them (applyChange).
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import type { ErrorCode } from '../../src/domain/errors';
import { applyChange } from '../../src/domain/lifecycle';
import { decideWish, isLegalHistory, type Relation, type WishAction, type WishParams } from '../../src/domain/wish/machine';
import type { Status } from '../../src/domain/wish/states';
import type { Wish } from '../../src/domain/wish/wish';
import { aWish, NOW } from './wish-fixture';

const base: Wish = aWish();
const w = (over: Partial<Wish>): Wish => ({ ...base, ...over });
const as = (openid: string, ...relations: Relation[]) => ({ openid, relations });

describe('guards: each refusal with its code', () => {
  const member = { openid: 'o_m2', teamId: 't-1', status: 'active' };
  const cases: Array<{ name: string; action: WishAction; wish: Wish; actor: ReturnType<typeof as>; params?: WishParams; code: ErrorCode }> =
    [
      {
        name: 'dispatch to a team that does not exist',
        action: 'dispatch',
        wish: w({}),
        actor: as('o_d', 'dispatcher'),
        params: { team: undefined },
        code: 'DISPATCH.TEAM_NOT_FOUND',
      },
      {
        name: 'dispatch a returned order to the team that returned it',
        action: 'dispatch',
        wish: w({ status: 'returned', excludedTeamIds: ['t-1'] }),
        actor: as('o_d', 'dispatcher'),
        params: { team: { _id: 't-1' } },
        code: 'DISPATCH.SAME_TEAM',
      },
      {
        name: 'dispatch a reopened wish to the team rated ≤2',
        action: 'dispatch',
        wish: w({ status: 'reopened', excludedTeamIds: ['t-0', 't-1'] }),
        actor: as('o_d', 'dispatcher'),
        params: { team: { _id: 't-1' } },
        code: 'DISPATCH.SAME_TEAM',
      },
      {
        name: "claim one's own wish",
        action: 'claim',
        wish: w({ status: 'dispatched', teamId: 't-1' }),
        actor: as('o_owner', 'owner', 'member'),
        code: 'ORDER.OWN_WISH',
      },
      {
        name: 'assign to a pending applicant',
        action: 'assign',
        wish: w({ status: 'dispatched', teamId: 't-1' }),
        actor: as('o_l', 'leader'),
        params: { target: { ...member, status: 'pending' } },
        code: 'TEAM.NOT_MEMBER',
      },
      {
        name: 'assign to a member of another team',
        action: 'assign',
        wish: w({ status: 'dispatched', teamId: 't-1' }),
        actor: as('o_l', 'leader'),
        params: { target: { ...member, teamId: 't-9' } },
        code: 'TEAM.NOT_MEMBER',
      },
      {
        name: 'assign to nobody',
        action: 'assign',
        wish: w({ status: 'dispatched', teamId: 't-1' }),
        actor: as('o_l', 'leader'),
        params: {},
        code: 'TEAM.NOT_MEMBER',
      },
      {
        name: 'assign to the resident who filed it',
        action: 'assign',
        wish: w({ status: 'dispatched', teamId: 't-1' }),
        actor: as('o_l', 'leader'),
        params: { target: { ...member, openid: 'o_owner' } },
        code: 'ORDER.OWN_WISH',
      },
      {
        name: 'a stranger assigning learns nothing of the member',
        action: 'assign',
        wish: w({ status: 'dispatched', teamId: 't-1' }),
        actor: as('o_x'),
        params: {},
        code: 'AUTH.FORBIDDEN',
      },
      {
        name: 'rate a wish already rated',
        action: 'rate',
        wish: w({ status: 'rated', rating: { stars: 5, at: NOW } }),
        actor: as('o_owner', 'owner'),
        params: { stars: 4 },
        code: 'WISH.ALREADY_RATED',
      },
      {
        name: 'rate a closed wish that was rated',
        action: 'rate',
        wish: w({ status: 'closed', rating: { stars: 5, at: NOW } }),
        actor: as('o_owner', 'owner'),
        params: { stars: 4 },
        code: 'WISH.ALREADY_RATED',
      },
      {
        name: 'rate a closed wish nobody rated (the timer closed it)',
        action: 'rate',
        wish: w({ status: 'closed' }),
        actor: as('o_owner', 'owner'),
        params: { stars: 4 },
        code: 'ORDER.INVALID_TRANSITION',
      },
      {
        name: 'complete by a team member who does not hold it',
        action: 'complete',
        wish: w({ status: 'in_service', teamId: 't-1', claimant: 'o_m2' }),
        actor: as('o_m', 'member'),
        code: 'ORDER.NOT_CLAIMANT',
      },
    ];
  for (const c of cases) {
    it(`${c.name} → ${c.code}`, () => {
      const r = decideWish(c.action, c.wish, c.actor, NOW, c.params);
      assert.equal(r.ok ? 'ok' : r.error.code, c.code);
    });
  }
});

describe('effects: the whole change, as data', () => {
  const cases: Array<{
    name: string;
    action: WishAction;
    wish: Wish;
    actor: ReturnType<typeof as>;
    params?: WishParams;
    to: Status;
    set?: Record<string, unknown>;
    unset?: string[];
    push?: Record<string, unknown[]>;
    entry?: Record<string, unknown>;
  }> = [
    {
      name: 'dispatch sets the team and clears any claim, the wall, an activity and an earlier escalation (升级)',
      action: 'dispatch',
      wish: w({ status: 'returned', excludedTeamIds: ['t-1'] }),
      actor: as('o_d', 'dispatcher'),
      params: { team: { _id: 't-2' }, note: '周三' },
      to: 'dispatched',
      set: { teamId: 't-2' },
      unset: ['claimant', 'claimedAt', 'plannedVisit', 'wall', 'wallAt', 'activityId', 'escalatedAt', 'escalatedTo'],
      entry: { note: '周三' },
    },
    {
      name: 'reject keeps the reason',
      action: 'reject',
      wish: w({}),
      actor: as('o_d', 'dispatcher'),
      params: { note: '不属于服务范围' },
      to: 'rejected',
      set: { rejectReason: '不属于服务范围' },
    },
    {
      name: 'claim takes it for the claimer',
      action: 'claim',
      wish: w({ status: 'dispatched', teamId: 't-1' }),
      actor: as('o_m', 'member'),
      to: 'claimed',
      set: { claimant: 'o_m', claimedAt: NOW },
    },
    {
      name: 'assign gives it to the member',
      action: 'assign',
      wish: w({ status: 'dispatched', teamId: 't-1' }),
      actor: as('o_l', 'leader'),
      params: { target: { openid: 'o_m2', teamId: 't-1', status: 'active' } },
      to: 'claimed',
      set: { claimant: 'o_m2', claimedAt: NOW },
    },
    {
      name: "release puts it back in the team's pool",
      action: 'release',
      wish: w({ status: 'claimed', teamId: 't-1', claimant: 'o_m' }),
      actor: as('o_m', 'claimant'),
      to: 'dispatched',
      unset: ['claimant', 'claimedAt', 'plannedVisit'],
    },
    {
      name: 'return sends it back and excludes the team',
      action: 'return',
      wish: w({ status: 'claimed', teamId: 't-1', claimant: 'o_m' }),
      actor: as('o_l', 'leader'),
      params: { note: '人手不足' },
      to: 'returned',
      unset: ['teamId', 'claimant', 'claimedAt', 'plannedVisit'],
      push: { excludedTeamIds: ['t-1'] },
    },
    {
      name: 'check in records the arrival',
      action: 'check_in',
      wish: w({ status: 'claimed', claimant: 'o_m' }),
      actor: as('o_m', 'claimant'),
      to: 'in_service',
      set: { checkedInAt: NOW },
    },
    {
      name: 'check in with the place the volunteer allowed: stored coarse (about 100 m)',
      action: 'check_in',
      wish: w({ status: 'claimed', claimant: 'o_m' }),
      actor: as('o_m', 'claimant'),
      params: { place: { lat: 26.583_649, lng: 107.977_812 } },
      to: 'in_service',
      set: { checkedInAt: NOW, checkInPlace: { lat: 26.584, lng: 107.978 } },
    },
    {
      name: 'complete within the time since check-in + 30 min: accepted as claimed',
      action: 'complete',
      wish: w({ status: 'in_service', claimant: 'o_m', checkedInAt: new Date(NOW.getTime() - 60 * 60_000) }),
      actor: as('o_m', 'claimant'),
      params: { completion: { summary: '换灯泡', minutes: 90 } },
      to: 'completed',
      set: { completion: { summary: '换灯泡', minutes: 90, at: NOW }, completedAt: NOW },
      push: { servers: ['o_m'] },
    },
    {
      name: 'complete beyond the time since check-in + 30 min: accepted, marked for the leader to confirm',
      action: 'complete',
      wish: w({ status: 'in_service', claimant: 'o_m', checkedInAt: new Date(NOW.getTime() - 60 * 60_000) }),
      actor: as('o_m', 'claimant'),
      params: { completion: { summary: '换灯泡', minutes: 91 } },
      to: 'completed',
      set: { completion: { summary: '换灯泡', minutes: 91, at: NOW, toConfirm: true, allowedMinutes: 90 }, completedAt: NOW },
      push: { servers: ['o_m'] },
    },
    {
      name: 'confirm_minutes: the leader corrects the minutes, with the reason; the status stays',
      action: 'confirm_minutes',
      wish: w({
        status: 'completed',
        teamId: 't-1',
        claimant: 'o_m',
        completion: { summary: '换灯泡', minutes: 240, at: NOW, toConfirm: true, allowedMinutes: 60 },
      }),
      actor: as('o_l', 'leader'),
      params: { minutes: 120, note: '路上买配件用了一小时' },
      to: 'completed',
      set: { 'completion.minutes': 120, 'completion.confirmed': { claimed: 240, reason: '路上买配件用了一小时', at: NOW } },
      unset: ['completion.toConfirm', 'completion.allowedMinutes'],
      entry: { minutes: 120 },
    },
    {
      name: 'complete records what was done',
      action: 'complete',
      wish: w({ status: 'in_service', claimant: 'o_m' }),
      actor: as('o_m', 'claimant'),
      params: { completion: { summary: '换灯泡', minutes: 30 } },
      to: 'completed',
      set: { completion: { summary: '换灯泡', minutes: 30, at: NOW }, completedAt: NOW },
      push: { servers: ['o_m'] },
    },
    {
      name: 'rate 5 keeps the rating',
      action: 'rate',
      wish: w({ status: 'completed', teamId: 't-1', claimant: 'o_m' }),
      actor: as('o_owner', 'owner'),
      params: { stars: 5, comment: '很好' },
      to: 'rated',
      set: { rating: { stars: 5, comment: '很好', at: NOW } },
      entry: { stars: 5, note: '很好' },
    },
    {
      name: 'rate 2 reopens: the team is excluded, the service is kept as an attempt for the volunteer',
      action: 'rate',
      wish: w({
        status: 'completed',
        teamId: 't-1',
        claimant: 'o_m',
        checkedInAt: NOW,
        completion: { summary: '换灯泡', minutes: 30, at: NOW },
      }),
      actor: as('o_owner', 'owner'),
      params: { stars: 2, comment: '没修好' },
      to: 'reopened',
      set: { hoursPending: true },
      unset: ['teamId', 'claimant', 'claimedAt', 'plannedVisit', 'checkedInAt', 'checkInPlace', 'completion', 'completedAt'],
      push: {
        excludedTeamIds: ['t-1'],
        attempts: [
          {
            claimant: 'o_m',
            teamId: 't-1',
            checkedInAt: NOW,
            completion: { summary: '换灯泡', minutes: 30, at: NOW },
            stars: 2,
            reason: '没修好',
            at: NOW,
          },
        ],
      },
      entry: { stars: 2, note: '没修好' },
    },
    {
      name: 'close records the credit entry',
      action: 'close',
      wish: w({ status: 'rated' }),
      actor: as('system', 'system'),
      params: { creditEntryId: 'credit:w_1' },
      to: 'closed',
      set: { closedAt: NOW, creditEntryId: 'credit:w_1' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = decideWish(c.action, c.wish, c.actor, NOW, c.params);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.data.to, c.to);
      assert.equal(r.data.version, c.wish.version, 'decided on the version it read (compare-and-set)');
      assert.deepEqual(r.data.set, c.set ?? {});
      assert.deepEqual(r.data.unset, c.unset ?? []);
      assert.deepEqual(r.data.push, c.push ?? {});
      assert.deepEqual(
        { ...r.data.entry },
        {
          at: NOW,
          by: c.actor.openid,
          as: c.actor.relations[0],
          action: c.action,
          from: c.wish.status,
          to: c.to,
          ...(c.params?.note ? { note: c.params.note } : {}),
          ...c.entry,
        },
      );
    });
  }
});

describe('walks through the lifecycle', () => {
  type Step = [WishAction, ReturnType<typeof as>, WishParams?];
  const walk = (steps: Step[]) =>
    steps.reduce<Wish>((wish, [action, actor, params]) => {
      const r = decideWish(action, wish, actor, NOW, params);
      assert.ok(r.ok, `${action} from ${wish.status}: ${JSON.stringify(r)}`);
      return applyChange(wish, r.data);
    }, base);
  const serve = (team: string, volunteer: string): Step[] => [
    ['dispatch', as('o_d', 'dispatcher'), { team: { _id: team } }],
    ['claim', as(volunteer, 'member')],
    ['check_in', as(volunteer, 'claimant')],
    ['complete', as(volunteer, 'claimant'), { completion: { summary: '已处理', minutes: 40 } }],
  ];

  it('a ≤2★ reopen, served by another team, can be rated again (the first rating stays in the history)', () => {
    const redone = walk([...serve('t-1', 'o_a'), ['rate', as('o_owner', 'owner'), { stars: 1, comment: '没来' }], ...serve('t-2', 'o_b')]);
    assert.equal(redone.rating, undefined, 'no rating carried over from the first service');
    const again = decideWish('rate', redone, as('o_owner', 'owner'), NOW, { stars: 5 });
    assert.ok(again.ok, JSON.stringify(again));
    const rated = applyChange(redone, again.data);
    assert.equal(rated.status, 'rated');
    assert.deepEqual(
      rated.history.filter((h) => h.action === 'rate').map((h) => h.stars),
      [1, 5],
    );
    assert.deepEqual(rated.excludedTeamIds, ['t-1']);
    assert.equal(rated.version, base.version + rated.history.length);
    assert.ok(isLegalHistory(rated.history));
  });

  it('a returned order goes to another team, never back to the one that returned it', () => {
    const returned = walk([...serve('t-1', 'o_a').slice(0, 2), ['return', as('o_l', 'leader'), { note: '人手不足' }]]);
    assert.equal(returned.status, 'returned');
    const same = decideWish('dispatch', returned, as('o_d', 'dispatcher'), NOW, { team: { _id: 't-1' } });
    assert.equal(!same.ok && same.error.code, 'DISPATCH.SAME_TEAM');
    assert.ok(decideWish('dispatch', returned, as('o_d', 'dispatcher'), NOW, { team: { _id: 't-2' } }).ok);
  });
});
