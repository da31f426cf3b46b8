// 微心愿墙 and the service day's activity on the wish side: the new rows, relations and rules, table-driven.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { applyChange } from '../../src/domain/lifecycle';
import { mayView, relationsOf, type Actor } from '../../src/domain/policy';
import {
  decideWish,
  isLegalHistory,
  relationsNeeded,
  type Relation,
  type WishAction,
  type WishParams,
} from '../../src/domain/wish/machine';
import { wallCard, wallClaimRefusal, wallConsentDefault, waitedText } from '../../src/domain/wish/wall';
import type { Wish } from '../../src/domain/wish/wish';
import { aWish, NOW } from './wish-fixture';

const dispatcher = { openid: 'o_centre', relations: ['dispatcher'] as Relation[] };
const ACTIVITY = { _id: 'a-1', communityId: 'c-1', status: 'published', endAt: new Date('2024-05-04T09:00:00Z') };

describe('publish_to_wall and attach_activity: guards', () => {
  const cases: Array<[string, WishAction, Partial<Wish>, WishParams, string]> = [
    ['no consent', 'publish_to_wall', {}, {}, 'WALL.NO_CONSENT'],
    ['consent', 'publish_to_wall', { wallConsent: true }, {}, 'dispatched'],
    ['a returned wish with consent', 'publish_to_wall', { status: 'returned', wallConsent: true }, {}, 'dispatched'],
    ['already dispatched', 'publish_to_wall', { status: 'dispatched', wallConsent: true }, {}, 'ORDER.INVALID_TRANSITION'],
    ['no such activity', 'attach_activity', {}, { activity: undefined }, 'ACTIVITY.NOT_FOUND'],
    ['a cancelled activity', 'attach_activity', {}, { activity: { ...ACTIVITY, status: 'cancelled' } }, 'ACTIVITY.NOT_FOUND'],
    ['a closed activity', 'attach_activity', {}, { activity: { ...ACTIVITY, status: 'closed' } }, 'ACTIVITY.NOT_FOUND'],
    ['another community', 'attach_activity', {}, { activity: { ...ACTIVITY, communityId: 'c-2' } }, 'ACTIVITY.WRONG_COMMUNITY'],
    ['ended', 'attach_activity', {}, { activity: { ...ACTIVITY, endAt: NOW } }, 'ACTIVITY.ENDED'],
    ['open, same community', 'attach_activity', {}, { activity: ACTIVITY }, 'dispatched'],
  ];
  for (const [name, action, over, params, want] of cases)
    it(`${action}: ${name} → ${want}`, () => {
      const r = decideWish(action, aWish(over), dispatcher, NOW, params);
      assert.equal(r.ok ? r.data.to : r.error.code, want);
    });
});

describe('the routing fields', () => {
  it('publish sets the wall and clears the team, the claim and an activity', () => {
    const r = decideWish('publish_to_wall', aWish({ status: 'returned', wallConsent: true, activityId: 'a-0' }), dispatcher, NOW, {});
    assert.ok(r.ok);
    assert.deepEqual(r.data.set, { wall: true, wallAt: NOW });
    for (const f of ['teamId', 'claimant', 'activityId', 'escalatedAt']) assert.ok(r.data.unset.includes(f), f);
  });
  it("attach sets the activity and the activity's end as the due time; the history names it", () => {
    const r = decideWish('attach_activity', aWish({ wall: true }), dispatcher, NOW, { activity: ACTIVITY });
    assert.ok(r.ok);
    assert.deepEqual(r.data.set, { activityId: 'a-1', dueAt: ACTIVITY.endAt });
    assert.ok(r.data.unset.includes('wall') && r.data.unset.includes('teamId'));
    assert.equal((r.data.entry as { activityId?: string }).activityId, 'a-1');
  });
  it('a dispatch to a team takes the wish off the wall and out of the activity', () => {
    const r = decideWish('dispatch', aWish({ wall: true, activityId: 'a-1' }), dispatcher, NOW, { team: { _id: 't-1' } });
    assert.ok(r.ok);
    assert.ok(r.data.unset.includes('wall') && r.data.unset.includes('activityId') && !r.data.unset.includes('teamId'));
  });
  it('release of a wall claim keeps it on the wall', () => {
    const claimed = aWish({ status: 'claimed', wall: true, claimant: 'o_v' });
    const r = decideWish('release', claimed, { openid: 'o_v', relations: ['claimant'] }, NOW, {});
    assert.ok(r.ok);
    assert.equal(applyChange(claimed, r.data).wall, true);
    assert.equal(applyChange(claimed, r.data).claimant, undefined);
  });
});

describe('relations to a wall / activity wish', () => {
  const base: Actor = { openid: 'o_v', roles: ['volunteer'], teams: {} };
  const cases: Array<[string, Partial<Wish>, Partial<Actor>, Relation[]]> = [
    ['a volunteer of the community, wish on the wall', { wall: true }, { volunteerCommunityId: 'c-1' }, ['wall']],
    ['a volunteer of another community', { wall: true }, { volunteerCommunityId: 'c-2' }, []],
    ['a volunteer of the community, wish not on the wall', {}, { volunteerCommunityId: 'c-1' }, []],
    ['an attendee of its activity', { activityId: 'a-1' }, { attending: true }, ['attendee']],
    ['attending, but the wish is in no activity', {}, { attending: true }, []],
    ['not attending', { activityId: 'a-1' }, {}, []],
  ];
  for (const [name, over, actor, want] of cases)
    it(name, () => assert.deepEqual(relationsOf(aWish({ status: 'dispatched', ...over }), { ...base, ...actor }), want));

  it('each of them claims, but not their own wish', () => {
    for (const rel of ['wall', 'attendee'] as Relation[]) {
      const ok = decideWish('claim', aWish({ status: 'dispatched' }), { openid: 'o_v', relations: [rel] }, NOW, {});
      assert.equal(ok.ok && ok.data.to, 'claimed');
      const own = decideWish('claim', aWish({ status: 'dispatched' }), { openid: 'o_owner', relations: [rel] }, NOW, {});
      assert.equal(!own.ok && own.error.code, 'ORDER.OWN_WISH');
    }
  });
});

describe('reading a wall or activity wish', () => {
  const cases: Array<[Relation[], boolean]> = [
    [['wall'], false],
    [['attendee'], false],
    [['wall', 'attendee'], false],
    [['wall', 'claimant'], true],
    [['former'], true],
    [[], false],
  ];
  for (const [relations, want] of cases)
    it(`[${relations.join(',')}] → ${want ? 'may read' : 'only the wall card'}`, () => assert.equal(mayView(relations), want));
});

describe('relationsNeeded: the reads stay as before for a team wish', () => {
  const cases: Array<[WishAction, Partial<Wish>, Relation[]]> = [
    ['claim', { teamId: 't-1' }, ['member', 'leader']],
    ['claim', { wall: true }, ['member', 'leader', 'wall']],
    ['claim', { activityId: 'a-1' }, ['member', 'leader', 'attendee']],
    ['confirm_minutes', { teamId: 't-1' }, ['leader']],
    ['confirm_minutes', { wall: true }, ['leader', 'dispatcher']],
  ];
  for (const [action, over, want] of cases)
    it(`${action} ${JSON.stringify(over)}`, () => assert.deepEqual(relationsNeeded(action, aWish(over)), want));

  it('the centre confirms minutes only of a wish no team holds', () => {
    const toConfirm = { summary: 's', minutes: 90, at: NOW, toConfirm: true, allowedMinutes: 30 };
    const teamWish = aWish({ status: 'completed', teamId: 't-1', completion: toConfirm });
    const r = decideWish('confirm_minutes', teamWish, dispatcher, NOW, { minutes: 60 });
    assert.equal(!r.ok && r.error.code, 'AUTH.FORBIDDEN');
    const wallWish = aWish({ status: 'completed', wall: true, completion: toConfirm });
    assert.ok(decideWish('confirm_minutes', wallWish, dispatcher, NOW, { minutes: 60 }).ok);
  });
});

describe('consent default, refusals, the card, the wait', () => {
  it('is off for health and personal help, on for the rest', () => {
    const off = ['health_check', 'legal_advice', 'psych_support', 'medicine_purchase', 'hospital_escort'] as const;
    for (const c of off) assert.equal(wallConsentDefault(c), false, c);
    for (const c of ['haircut', 'repairs', 'errands', 'cleaning', 'companionship', 'other'] as const)
      assert.equal(wallConsentDefault(c), true, c);
    assert.equal(wallConsentDefault(''), false);
  });
  const refusals: Array<[Partial<Wish>, string | undefined, string | undefined]> = [
    [{ wall: true }, undefined, 'VOLUNTEER.NOT_REGISTERED'],
    [{ wall: true }, 'c-2', 'WALL.NOT_COMMUNITY'],
    [{ wall: true }, 'c-1', undefined],
    [{}, 'c-2', undefined],
  ];
  for (const [over, community, want] of refusals)
    it(`claim refusal ${JSON.stringify(over)} by ${community} → ${want}`, () =>
      assert.equal(wallClaimRefusal(aWish(over), community), want));
  it('a card holds no name, phone, stairwell or room', () => {
    const card = wallCard(aWish({ wall: true, wallAt: NOW }), '翠湖社区');
    assert.deepEqual(Object.keys(card).sort(), ['category', 'communityName', 'createdAt', 'description', 'dueAt', 'wallAt', 'wishId']);
    assert.doesNotMatch(JSON.stringify(card), /张三|13800000000|201|B-1/);
  });
  const waits: Array<[number, string]> = [
    [0.5, '刚刚发布'],
    [5, '等了 5 小时'],
    [72, '等了 3 天'],
  ];
  for (const [hours, want] of waits)
    it(`${hours} h → ${want}`, () => assert.equal(waitedText(NOW, new Date(NOW.getTime() + hours * 3_600_000)), want));
});

describe('legal histories through the wall and an activity', () => {
  it('walks are legal', () => {
    const steps = (...s: Array<[WishAction, string, string]>) => s.map(([action, from, to]) => ({ action, from, to })) as never;
    assert.ok(
      isLegalHistory(
        steps(
          ['publish_to_wall', 'submitted', 'dispatched'],
          ['claim', 'dispatched', 'claimed'],
          ['release', 'claimed', 'dispatched'],
          ['claim', 'dispatched', 'claimed'],
          ['check_in', 'claimed', 'in_service'],
          ['complete', 'in_service', 'completed'],
          ['rate', 'completed', 'rated'],
          ['close', 'rated', 'closed'],
        ),
      ),
    );
    assert.ok(isLegalHistory(steps(['attach_activity', 'submitted', 'dispatched'], ['claim', 'dispatched', 'claimed'])));
    assert.ok(!isLegalHistory(steps(['publish_to_wall', 'submitted', 'claimed'])));
  });
});
