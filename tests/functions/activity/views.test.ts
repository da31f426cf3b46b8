// Publishing, reading and the residents' side through the real `activity` function: who may publish,
// a retried publication landing once, the lists (community, mine, organising), the detail (the roster
// masked and for organisers only; the wishes folded in for organisers and those going), the residents'
// upcoming list without personal data, "I will come" counted once, and the documents each list examines.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';
import { activityIn, form, publish, setTimes, volunteer } from './fixtures';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
  for (const p of ['vw-a', 'vw-b']) await volunteer(cloud.db, p, 'c-jinding', '欧阳志明');
  await volunteer(cloud.db, 'vw-q', 'c-qingyun');
}, 180_000);
afterAll(() => cloud?.stop());

const call = (who: string, event: Record<string, unknown>) => person(cloud, who)('activity', event);
const teamOf = (id: string) => cloud.db.get('teams').docs.get(id) as unknown as { communities: string[] };

describe('publishing', () => {
  test.each([
    ['the street’s dispatcher', 'demo-dispatcher', {}, undefined],
    ['the leader for the team', 'demo-leader', { teamId: 't-lexiujiang' }, undefined],
    ['the leader without the team', 'demo-leader', {}, 'ACTIVITY.NOT_ORGANISER'],
    ['a volunteer', 'vw-a', {}, 'ACTIVITY.NOT_ORGANISER'],
    ['a volunteer naming a team they do not lead', 'vw-a', { teamId: 't-lexiujiang' }, 'ACTIVITY.NOT_ORGANISER'],
    ['an unknown sponsor', 'demo-dispatcher', { sponsorId: 'sp-nosuch' }, 'INPUT.INVALID'],
    ['an unknown community', 'demo-dispatcher', { communityId: 'c-nosuch' }, 'INPUT.INVALID'],
    ['an end before the start', 'demo-dispatcher', { endAt: new Date(Date.now() + 3_600_000).toISOString() }, 'ACTIVITY.BAD_TIMES'],
    [
      'sign-up closing after the start',
      'demo-dispatcher',
      { signUpBy: new Date(Date.now() + 72 * 3_600_000).toISOString() },
      'ACTIVITY.BAD_TIMES',
    ],
    ['a start in the past', 'demo-dispatcher', { startAt: new Date(Date.now() - 60_000).toISOString() }, 'ACTIVITY.BAD_TIMES'],
  ])('%s', async (_name, who, overrides, code) => {
    assert.ok(teamOf('t-lexiujiang').communities.includes('c-jinding'));
    const r = await call(who, form(overrides));
    assert.equal(r.error?.code, code, JSON.stringify(r.error));
  });

  test('a retry with the same requestId lands once; the defaults are filled in', async () => {
    const event = form({ requestId: 'retry-publish-1' });
    const [a, b] = await Promise.all([call('demo-dispatcher', event), call('demo-dispatcher', event)]);
    assert.equal(a.data.activityId, b.data.activityId);
    const doc = activityIn(cloud.db, a.data.activityId);
    assert.deepEqual(
      [doc.status, doc.sponsorId, doc.withdrawBy.toISOString(), doc.organiser],
      ['published', 'street-xmh', event.signUpBy, 'demo-dispatcher'],
    );
    assert.ok(doc.codeKey.length >= 32);
  });
});

describe('reading', () => {
  test('the lists: community (the volunteer’s own by default), mine, organising', async () => {
    const led = await publish(cloud, { teamId: 't-lexiujiang', title: '乐修匠进社区' }, 'demo-leader');
    const other = await publish(cloud, { communityId: 'c-qingyun', title: '青云社区义诊' });
    await call('vw-a', { action: 'sign_up', activityId: led });
    const community = await call('vw-a', { action: 'list', scope: 'community', page: 0 });
    const ids = community.data.items.map((i: { id: string }) => i.id);
    assert.ok(ids.includes(led) && !ids.includes(other));
    const card = community.data.items.find((i: { id: string }) => i.id === led);
    assert.deepEqual([card.mine, card.organising, card.communityName.length > 0], ['signed_up', false, true]);
    const qingyun = await call('vw-q', { action: 'list', scope: 'community', page: 0 });
    assert.ok(qingyun.data.items.some((i: { id: string }) => i.id === other));
    const mine = await call('vw-a', { action: 'list', scope: 'mine', page: 0 });
    assert.deepEqual(
      mine.data.items.map((i: { id: string }) => i.id),
      [led],
    );
    const leading = await call('demo-leader', { action: 'list', scope: 'organising', page: 0 });
    assert.ok(leading.data.items.every((i: { organising: boolean }) => i.organising));
    assert.ok(leading.data.items.some((i: { id: string }) => i.id === led));
    assert.ok(!leading.data.items.some((i: { id: string }) => i.id === other));
    const street = await call('demo-dispatcher', { action: 'list', scope: 'organising', page: 0 });
    assert.ok(street.data.items.some((i: { id: string }) => i.id === other) && street.data.items.some((i: { id: string }) => i.id === led));
    assert.equal((await call('vw-a', { action: 'list', scope: 'organising', page: 0 })).data.items.length, 0);
  });

  test('detail: the roster masked, for organisers only; the wishes for organisers and those going', async () => {
    const id = await publish(cloud, { quota: 1 });
    await call('vw-a', { action: 'sign_up', activityId: id });
    await call('vw-b', { action: 'sign_up', activityId: id });
    await cloud.db.insert('wishes', [
      {
        _id: 'w-act-1',
        category: 'haircut',
        description: '给行动不便的老人理发',
        status: 'dispatched',
        claimant: 'vw-a',
        activityId: id, // as attach_to_activity stores it (the activity's wishIds is a copy)
        history: [],
        version: 1,
      },
    ]);
    await cloud.db.update('activities', { _id: id }, { $set: { wishIds: ['w-act-1'] } }, { multi: false, replace: false, upsert: false });
    const organiser = await call('demo-dispatcher', { action: 'detail', activityId: id });
    assert.deepEqual(
      organiser.data.roster.map((r: { name: string; phone: string; status: string }) => [r.name, r.phone, r.status]),
      [
        ['欧**', '138****1234', 'signed_up'],
        ['欧**', '138****1234', 'waiting'],
      ],
    );
    assert.equal(organiser.data.wishes.length, 1);
    const going = await call('vw-a', { action: 'detail', activityId: id });
    assert.equal(going.data.roster, undefined);
    assert.deepEqual(going.data.wishes, [
      { wishId: 'w-act-1', category: 'haircut', description: '给行动不便的老人理发', status: 'dispatched', mine: true },
    ]);
    const waiting = await call('vw-b', { action: 'detail', activityId: id });
    assert.deepEqual(
      [waiting.data.roster, waiting.data.wishes, waiting.data.mySignUp],
      [undefined, [], { status: 'waiting', position: 1 }],
    );
    const text = JSON.stringify([organiser.data, going.data, waiting.data]);
    for (const secret of ['vw-a', 'vw-b', '欧阳志明', '13800001234', activityIn(cloud.db, id).codeKey])
      assert.ok(!text.includes(secret), secret);
    assert.equal((await call('vw-a', { action: 'detail', activityId: 'act-nosuch' })).error?.code, 'ACTIVITY.NOT_FOUND');
  });
});

describe('residents', () => {
  test('upcoming: published, this community, not ended; no personal data; "I will come" counted once', async () => {
    const id = await publish(cloud, { title: '社区健康讲座' });
    const ended = await publish(cloud, { title: '已经结束的活动' });
    await setTimes(cloud.db, ended, { start: -3, end: -1 });
    const list = async () => (await call('demo-resident', { action: 'upcoming', communityId: 'c-jinding', page: 0 })).data;
    const first = await list();
    const ids = first.items.map((i: { id: string }) => i.id);
    assert.ok(ids.includes(id) && !ids.includes(ended));
    const text = JSON.stringify(first);
    for (const secret of ['demo-dispatcher', 'codeKey', activityIn(cloud.db, id).codeKey, 'street-xmh'])
      assert.ok(!text.includes(secret), secret);
    const come = (coming: boolean, who = 'demo-resident') => call(who, { action: 'will_come', activityId: id, coming });
    await Promise.all([come(true), come(true)]);
    assert.deepEqual((await come(true)).data, { activityId: id, willCome: 1, coming: true });
    await come(true, 'vw-q');
    assert.equal(activityIn(cloud.db, id).willCome, 2);
    const card = (await list()).items.find((i: { id: string }) => i.id === id);
    assert.deepEqual([card.willCome, card.coming], [2, true]);
    assert.deepEqual((await come(false)).data, { activityId: id, willCome: 1, coming: false });
    assert.deepEqual((await come(false)).data, { activityId: id, willCome: 1, coming: false });
    assert.equal((await call('demo-resident', { action: 'will_come', activityId: ended, coming: true })).error?.code, 'ACTIVITY.ENDED');
  });
});
