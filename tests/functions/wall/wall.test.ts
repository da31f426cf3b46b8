// 微心愿墙 through the real functions: the resident's consent, the centre publishing, the wall of a
// community (no personal data, on its index), first claim wins among 30, who may claim, release back
// to the wall, and a wall claim served, rated and paid to its claimant.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { isLegalHistory } from '../../../src/domain/wish/machine';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, wishForm } from '../../helpers/people';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
});
afterAll(() => cloud.stop());

const dispatcher = () => person(cloud, 'demo-dispatcher');
let n = 0;
/** A fresh resident files a wish in 金鼎社区 (B-0012); with the wall consent unless told otherwise. */
async function file(over: Record<string, unknown> = {}): Promise<{ wishId: string; owner: string; phone: string }> {
  n++;
  const owner = `wall-res-${n}`;
  const phone = `1371111${String(n).padStart(4, '0')}`;
  const r = await person(cloud, owner)('wish', wishForm({ contact: { name: '张桂兰', phone }, room: '502', wallConsent: true, ...over }));
  assert.equal(r.data?.outcome, 'created', JSON.stringify(r.error));
  return { wishId: r.data.wishId, owner, phone };
}
async function onWall(over: Record<string, unknown> = {}) {
  const w = await file(over);
  const p = await dispatcher()('dispatch', { action: 'publish_to_wall', wishId: w.wishId });
  assert.equal(p.data?.status, 'dispatched', JSON.stringify(p.error));
  return w;
}
/** A registered volunteer of `communityId` (a party member reporting to it, 在职党员到社区报到, when asked). */
async function volunteer(openid: string, communityId = 'c-jinding', partyMember = false) {
  n++;
  const r = await person(cloud, openid)('volunteer', {
    action: 'register',
    name: '孙志愿',
    phone: `1382222${String(n).padStart(4, '0')}`,
    skills: ['errand'],
    communityId,
    partyMember,
  });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  return person(cloud, openid);
}

describe('consent and publishing', () => {
  test('the wish stores the consent only when given; without it the centre cannot publish', async () => {
    const without = await file({ wallConsent: false });
    assert.equal((cloud.db.get('wishes').docs.get(without.wishId) as { wallConsent?: boolean }).wallConsent, undefined);
    const refused = await dispatcher()('dispatch', { action: 'publish_to_wall', wishId: without.wishId });
    assert.equal(refused.error?.code, 'WALL.NO_CONSENT');
    const withIt = await onWall();
    const doc = cloud.db.get('wishes').docs.get(withIt.wishId) as Record<string, unknown>;
    assert.deepEqual([doc.wallConsent, doc.wall, doc.teamId, doc.status], [true, true, undefined, 'dispatched']);
    const seen = await person(cloud, withIt.owner)('wish', { action: 'detail', wishId: withIt.wishId });
    assert.equal(seen.data.wall, true, 'the resident sees it is on the wall');
  });

  test('a volunteer cannot publish (role dispatcher)', async () => {
    const w = await file();
    const r = await person(cloud, 'demo-volunteer')('dispatch', { action: 'publish_to_wall', wishId: w.wishId });
    assert.equal(r.error?.code, 'AUTH.FORBIDDEN');
  });
});

describe('the wall', () => {
  test("shows the community's wall wishes, oldest on the wall first, with no personal data, on its index", async () => {
    const a = await onWall({ description: '想请人帮忙取个快递，腿脚不便' });
    const b = await onWall({ description: '帮忙把旧报纸搬下楼' });
    await person(cloud, 'demo-volunteer')('volunteer', { action: 'wall', page: 0 }); // warms the instance's cache
    const r = await person(cloud, 'demo-volunteer')('volunteer', { action: 'wall', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const ids = r.data.items.map((c: { wishId: string }) => c.wishId);
    assert.ok(ids.indexOf(a.wishId) >= 0 && ids.indexOf(a.wishId) < ids.indexOf(b.wishId), 'oldest on the wall first');
    const card = r.data.items.find((c: { wishId: string }) => c.wishId === a.wishId);
    assert.deepEqual(Object.keys(card).sort(), ['category', 'communityName', 'createdAt', 'description', 'dueAt', 'wallAt', 'wishId']);
    assert.equal(card.communityName, '金鼎社区');
    const text = JSON.stringify(r.data);
    for (const secret of ['张桂兰', a.phone, a.phone.slice(-4), '502室', 'B-0012', a.owner])
      assert.ok(!text.includes(secret), `no ${secret} on the wall`);
    const read = r.requests.filter((q) => q.collection === 'wishes');
    assert.equal(read.length, 1);
    assert.deepEqual([read[0].index, read[0].served], ['communityId_1_wall_1_status_1_wallAt_1', true]);
    assert.equal(read[0].examined, r.data.items.length + (r.data.hasMore ? 1 : 0), 'examines only the wall');
    assert.equal(r.requests.length, 3, `roles, the registration, the page: ${r.requests.map((q) => q.collection).join()}`);
  });

  test('a volunteer of another community sees its own wall; someone not registered is told to register', async () => {
    const w = await onWall();
    const other = await volunteer('wall-qingyun-1', 'c-qingyun');
    const r = await other('volunteer', { action: 'wall', page: 0 });
    assert.ok(r.ok && !r.data.items.some((c: { wishId: string }) => c.wishId === w.wishId));
    const stranger = await person(cloud, 'wall-nobody')('volunteer', { action: 'wall', page: 0 });
    assert.equal(stranger.error?.code, 'VOLUNTEER.NOT_REGISTERED');
  });
});

describe('claiming from the wall', () => {
  test('30 volunteers of the community claim at once: one claimant, 29 ORDER.ALREADY_CLAIMED', async () => {
    const w = await onWall();
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await volunteer(`wall-rush-${i}`));
    const answers = await Promise.all(people.map((p) => p('volunteer', { action: 'claim', wishId: w.wishId })));
    assert.equal(answers.filter((a) => a.ok).length, 1);
    assert.deepEqual(
      answers.filter((a) => !a.ok).map((a) => a.error?.code),
      Array(29).fill('ORDER.ALREADY_CLAIMED'),
    );
    const doc = cloud.db.get('wishes').docs.get(w.wishId) as unknown as { claimant: string; history: unknown[]; version: number };
    assert.equal(doc.claimant, `wall-rush-${answers.findIndex((a) => a.ok)}`);
    assert.equal(doc.history.length, 2, 'publish and one claim');
    assert.equal(doc.version, 3);
  });

  test('a volunteer of another community: WALL.NOT_COMMUNITY; someone not registered: VOLUNTEER.NOT_REGISTERED; nothing written', async () => {
    const w = await onWall();
    const other = await volunteer('wall-qingyun-2', 'c-qingyun');
    const seq = cloud.db.seq;
    assert.equal((await other('volunteer', { action: 'claim', wishId: w.wishId })).error?.code, 'WALL.NOT_COMMUNITY');
    const nobody = await person(cloud, 'wall-nobody-2')('volunteer', { action: 'claim', wishId: w.wishId });
    assert.equal(nobody.error?.code, 'VOLUNTEER.NOT_REGISTERED');
    assert.equal(cloud.db.seq, seq);
    const own = await volunteer('wall-res-owner-vol');
    const mine = await file();
    await dispatcher()('dispatch', { action: 'publish_to_wall', wishId: mine.wishId });
    assert.equal((await own('volunteer', { action: 'claim', wishId: mine.wishId })).ok, true, 'any volunteer of the community');
  });

  test('a party member reporting to the community (在职党员到社区报到) claims; other volunteers never see the contact', async () => {
    const w = await onWall();
    const party = await volunteer('wall-party-1', 'c-jinding', true);
    const before = await party('wish', { action: 'detail', wishId: w.wishId });
    assert.equal(before.error?.code, 'WISH.NOT_FOUND', 'before the claim only the wall card');
    const claimed = await party('volunteer', { action: 'claim', wishId: w.wishId });
    assert.equal(claimed.data?.status, 'claimed', JSON.stringify(claimed.error));
    assert.equal(claimed.requests.length, 3, 'the wish, the registration, the compare-and-set');
    const after = await party('wish', { action: 'detail', wishId: w.wishId });
    assert.deepEqual([after.data.contact.phone, after.data.room], [w.phone, '502'], 'the claimant sees the contact');
    const neighbour = await person(cloud, 'demo-volunteer-2')('wish', { action: 'detail', wishId: w.wishId });
    assert.equal(neighbour.error?.code, 'WISH.NOT_FOUND', 'another volunteer of the community: nothing of the claimed wish');
    assert.ok(!JSON.stringify(neighbour).includes(w.phone));
    const stranger = await person(cloud, 'demo-resident-2')('wish', { action: 'detail', wishId: w.wishId });
    assert.equal(stranger.error?.code, 'WISH.NOT_FOUND');
  });

  test('a release puts it back on the wall', async () => {
    const w = await onWall();
    const v = person(cloud, 'demo-volunteer');
    assert.equal((await v('volunteer', { action: 'claim', wishId: w.wishId })).ok, true);
    const gone = await v('volunteer', { action: 'wall', page: 0 });
    assert.ok(!gone.data.items.some((c: { wishId: string }) => c.wishId === w.wishId), 'off the wall while claimed');
    assert.equal((await v('volunteer', { action: 'release', wishId: w.wishId })).data?.status, 'dispatched');
    const back = await v('volunteer', { action: 'wall', page: 0 });
    assert.ok(
      back.data.items.some((c: { wishId: string }) => c.wishId === w.wishId),
      'back on the wall',
    );
  });

  test('served and rated: the points go to the wall claimant; the history is legal', async () => {
    const w = await onWall({ category: 'errands', description: '帮忙去药店旁边的超市买米' });
    const v = await volunteer('wall-server-1');
    assert.equal((await v('volunteer', { action: 'claim', wishId: w.wishId })).ok, true);
    assert.equal((await v('volunteer', { action: 'check_in', wishId: w.wishId })).data?.status, 'in_service');
    const done = await v('volunteer', { action: 'complete', wishId: w.wishId, summary: '已买好送到家里', minutes: 20 });
    assert.equal(done.data?.status, 'completed', JSON.stringify(done.error));
    const rated = await person(cloud, w.owner)('wish', { action: 'rate', wishId: w.wishId, stars: 5 });
    assert.deepEqual([rated.data?.status, rated.data?.credited], ['closed', true], JSON.stringify(rated.error));
    const passbook = await v('volunteer', { action: 'passbook', page: 0 });
    assert.equal(passbook.data.balance, 10, '代购跑腿: 10 points');
    const detail = await person(cloud, w.owner)('wish', { action: 'detail', wishId: w.wishId });
    assert.ok(isLegalHistory(detail.data.history));
    assert.deepEqual(
      detail.data.history.map((h: { action: string }) => h.action),
      ['publish_to_wall', 'claim', 'check_in', 'complete', 'rate', 'close'],
    );
  });
});

describe('the dispatch timer on wall wishes (no team)', () => {
  test('a wall claim not started goes back on the wall; an unclaimed one past due escalates to the centre alone', async () => {
    const held = await onWall();
    const waiting = await onWall();
    const v = await volunteer('wall-sweep-1');
    assert.equal((await v('volunteer', { action: 'claim', wishId: held.wishId })).ok, true);
    const when = new Date(Date.now() + 30 * 24 * 3_600_000);
    const r = await cloud.host.invoke(
      'dispatch',
      { Type: 'Timer', TriggerName: 'sweep-15min', Time: when.toISOString() },
      { source: 'wx_trigger' },
    );
    assert.ok(r.ok && (r.result as { ok: boolean }).ok, JSON.stringify(r));
    type Doc = {
      status: string;
      wall?: boolean;
      claimant?: string;
      escalatedAt?: Date;
      escalatedTo?: string;
      history: Array<{ action: string }>;
    };
    const doc = (id: string) => cloud.db.get('wishes').docs.get(id) as unknown as Doc;
    const released = doc(held.wishId);
    assert.deepEqual([released.status, released.wall, released.claimant], ['dispatched', true, undefined]);
    assert.ok(released.history.some((h) => h.action === 'auto_release'));
    const escalated = doc(waiting.wishId);
    assert.deepEqual(
      [escalated.status, escalated.wall, !!escalated.escalatedAt, escalated.escalatedTo],
      ['dispatched', true, true, undefined],
    );
    const back = await person(cloud, 'demo-volunteer')('volunteer', { action: 'wall', page: 0 });
    const ids = back.data.items.map((c: { wishId: string }) => c.wishId);
    assert.ok(ids.includes(held.wishId) && ids.includes(waiting.wishId), 'both still on the wall');
  });
});

test('every query above was served by a declared index', () => {
  assert.equal(cloud.log.unindexed, 0);
});
