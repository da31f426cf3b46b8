// Races, retries, privacy and the submission guards, through the real functions.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { readOutbox } from '../../localcloud/openapi/outbox';
import type { JournalEntry } from '../../src/domain/bank/ledger';
import { startFunctionsCloud } from '../helpers/functions';
import { person, wishForm } from '../helpers/people';

let cloud: LocalCloud;
const VOLUNTEERS = Array.from({ length: 20 }, (_x, i) => `race-vol-${i}`);

beforeAll(async () => {
  cloud = await startFunctionsCloud('rules', { poolSize: 8 });
  await cloud.db.insert('users', [...VOLUNTEERS.map((_id) => ({ _id, roles: ['volunteer'] })), { _id: 'other-team-vol', roles: ['volunteer'] }, { _id: 'stranger-resident', roles: ['resident'] }]);
  await cloud.db.insert('memberships', [
    ...VOLUNTEERS.map((openid) => ({ _id: `t-lexiujiang_${openid}`, teamId: 't-lexiujiang', openid, role: 'member', status: 'active' })),
    { _id: 't-paotui_other-team-vol', teamId: 't-paotui', openid: 'other-team-vol', role: 'member', status: 'active' },
  ]);
});
afterAll(() => cloud.stop());

let residents = 0;
/** Each wish has its own resident and phone, so the daily quotas of one person are not the subject here. */
function nextResident(): { openid: string; phone: string } {
  residents++;
  return { openid: `res-${residents}`, phone: `1360000${String(residents).padStart(4, '0')}` };
}
const owners = new Map<string, string>();
const ownerOf = (wishId: string) => person(cloud, owners.get(wishId)!);

/** A wish dispatched to 乐修匠, ready to be claimed. */
async function dispatchedWish(): Promise<string> {
  const { openid, phone } = nextResident();
  const s = await person(cloud, openid)('wish', wishForm({ contact: { name: '张桂兰', phone } }));
  owners.set(s.data?.wishId, openid);
  assert.equal(s.data.outcome, 'created', JSON.stringify(s.error));
  const d = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId: s.data.wishId, teamId: 't-lexiujiang' });
  assert.equal(d.ok, true, JSON.stringify(d.error));
  return s.data.wishId;
}

async function servedWish(by: string): Promise<string> {
  const wishId = await dispatchedWish();
  const v = person(cloud, by);
  for (const event of [{ action: 'claim', wishId }, { action: 'check_in', wishId }, { action: 'complete', wishId, summary: '已修好', minutes: 30 }]) {
    const r = await v('volunteer', event);
    assert.equal(r.ok, true, JSON.stringify(r.error));
  }
  return wishId;
}

describe('concurrency', () => {
  test('20 volunteers claim one order at once: exactly one wins, the rest hear ORDER.ALREADY_CLAIMED', async () => {
    const wishId = await dispatchedWish();
    const results = await Promise.all(VOLUNTEERS.map((v) => person(cloud, v)('volunteer', { action: 'claim', wishId })));
    const winners = results.filter((r) => r.ok);
    assert.equal(winners.length, 1);
    assert.ok(results.filter((r) => !r.ok).every((r) => r.error?.code === 'ORDER.ALREADY_CLAIMED'));
    const stored = cloud.db.get('wishes').docs.get(wishId) as unknown as { claimant: string; history: unknown[] };
    assert.ok(VOLUNTEERS.includes(stored.claimant));
    assert.equal(stored.history.length, 2, 'dispatch + one claim');
  });

  test('a completion retried 5× and a rating retried 5× credit the volunteer exactly once', async () => {
    const wishId = await dispatchedWish();
    const v = person(cloud, VOLUNTEERS[3]);
    await v('volunteer', { action: 'claim', wishId });
    await v('volunteer', { action: 'check_in', wishId });
    const completes = await Promise.all(Array.from({ length: 5 }, () => v('volunteer', { action: 'complete', wishId, summary: '疏通了下水道', minutes: 50 })));
    assert.equal(completes.filter((r) => r.ok).length, 1);
    const rates = await Promise.all(Array.from({ length: 5 }, () => ownerOf(wishId)('wish', { action: 'rate', wishId, stars: 4 })));
    assert.equal(rates.filter((r) => r.ok).length, 1);
    // and the hourly timer finds nothing left to pay for this wish
    await cloud.host.invoke('wish', { Type: 'Timer', TriggerName: 'hourly-close', Time: new Date().toISOString() }, { source: 'wx_trigger' });
    const entries = ([...cloud.db.get('journal').docs.values()] as unknown as JournalEntry[]).filter((e) => e.wishId === wishId);
    assert.equal(entries.length, 1);
    assert.equal(cloud.db.get('accounts').docs.get(`passbook:${VOLUNTEERS[3]}`)?.balance, 20);
  });
});

describe('privacy', () => {
  test('another resident cannot read my wish; a volunteer of another team cannot either', async () => {
    const wishId = await dispatchedWish();
    for (const who of ['stranger-resident', 'other-team-vol', 'demo-admin', 'demo-merchant']) {
      const r = await person(cloud, who)('wish', { action: 'detail', wishId });
      assert.equal(r.error?.code, 'WISH.NOT_FOUND', who);
    }
    const mine = await person(cloud, 'stranger-resident')('wish', { action: 'mine', page: 0 });
    assert.equal(mine.data.items.length, 0);
  });

  test('no answer to a resident carries a volunteer phone; the hall masks the resident until a claim', async () => {
    const wishId = await servedWish('demo-volunteer');
    const resident = ownerOf(wishId);
    const answers = [await resident('wish', { action: 'detail', wishId }), await resident('wish', { action: 'mine', page: 0 })];
    for (const a of answers) assert.doesNotMatch(JSON.stringify(a.data), /1380000000\d/, 'volunteer phones never reach residents');
    const other = await dispatchedWish();
    const hall = await person(cloud, 'demo-volunteer-2')('volunteer', { action: 'hall', tab: 'open', page: 0 });
    const card = hall.data.items.find((w: { id: string }) => w.id === other);
    assert.equal(card.contact.name, '张**');
    assert.match(card.contact.phone, /^136\*{4}\d{4}$/);
    assert.equal(card.contact.masked, true);
  });

  test('a stranger without an OPENID gets AUTH.NO_IDENTITY; a resident cannot dispatch; a claim from outside the team reads as a missing wish', async () => {
    const wishId = await dispatchedWish();
    assert.equal((await person(cloud, undefined)('wish', { action: 'mine', page: 0 })).error?.code, 'AUTH.NO_IDENTITY');
    assert.equal((await person(cloud, 'stranger-resident')('dispatch', { action: 'dispatch', wishId, teamId: 't-paotui' })).error?.code, 'AUTH.FORBIDDEN');
    // with no relation to the wish, it reads as missing: ids reveal nothing
    assert.equal((await person(cloud, 'stranger-resident')('volunteer', { action: 'claim', wishId })).error?.code, 'WISH.NOT_FOUND');
    assert.equal((await person(cloud, 'other-team-vol')('volunteer', { action: 'claim', wishId })).error?.code, 'WISH.NOT_FOUND');
  });
});

describe('lifecycle rules', () => {
  test('2 stars reopens the wish for another team; the same team is refused', async () => {
    const wishId = await servedWish('demo-volunteer');
    const rated = await ownerOf(wishId)('wish', { action: 'rate', wishId, stars: 2, comment: '没修好' });
    assert.deepEqual({ status: rated.data.status, credited: rated.data.credited }, { status: 'reopened', credited: false });
    const dispatcher = person(cloud, 'demo-dispatcher');
    assert.equal((await dispatcher('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' })).error?.code, 'DISPATCH.SAME_TEAM');
    const suggestions = (await dispatcher('dispatch', { action: 'suggest', wishId })).data.suggestions;
    assert.ok(!suggestions.some((s: { teamId: string }) => s.teamId === 't-lexiujiang'));
    assert.equal((await dispatcher('dispatch', { action: 'dispatch', wishId, teamId: 't-jiankang' })).data.status, 'dispatched');
  });

  test('cancel before a claim; not after', async () => {
    const open = await dispatchedWish();
    assert.equal((await person(cloud, 'demo-volunteer')('wish', { action: 'cancel', wishId: open })).error?.code, 'AUTH.FORBIDDEN', 'only its owner');
    assert.equal((await ownerOf(open)('wish', { action: 'cancel', wishId: open })).data.status, 'cancelled');
    const taken = await dispatchedWish();
    await person(cloud, 'demo-volunteer')('volunteer', { action: 'claim', wishId: taken });
    assert.equal((await ownerOf(taken)('wish', { action: 'cancel', wishId: taken })).error?.code, 'WISH.CANNOT_CANCEL');
  });

  test('unrated for 7 days: the timer closes it and pays the volunteer', async () => {
    const wishId = await servedWish('demo-volunteer-2');
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await cloud.db.update('wishes', { _id: wishId }, { $set: { completedAt: eightDaysAgo } }, { multi: false, replace: false, upsert: false });
    const run = await cloud.host.invoke('wish', { Type: 'Timer', TriggerName: 'hourly-close', Time: new Date().toISOString() }, { source: 'wx_trigger' });
    assert.equal(run.ok, true);
    const stored = cloud.db.get('wishes').docs.get(wishId) as unknown as { status: string; creditEntryId: string };
    assert.equal(stored.status, 'closed');
    assert.equal(stored.creditEntryId, `credit:${wishId}`);
  });

  test('a resident who did not subscribe (43101) does not stop the dispatch', async () => {
    const { openid, phone } = nextResident();
    fs.writeFileSync(path.join(cloud.dataDir, 'unsubscribed.json'), JSON.stringify([openid]));
    const s = await person(cloud, openid)('wish', wishForm({ contact: { name: '钱伟', phone } }));
    const d = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId: s.data.wishId, teamId: 't-lexiujiang' });
    assert.equal(d.data.status, 'dispatched');
    const sent = (await readOutbox(cloud.dataDir)).filter((m) => m.touser === openid);
    assert.equal(sent.length, 0, 'nothing was delivered to the unsubscribed resident');
    fs.rmSync(path.join(cloud.dataDir, 'unsubscribed.json'));
  });

  test('a client cannot pose as the timer', async () => {
    const r = await person(cloud, 'demo-resident')('wish', { Type: 'Timer', TriggerName: 'hourly-close' });
    assert.equal(r.ok, false);
    assert.equal(r.error?.code, 'INPUT.INVALID');
  });
});

describe('submission guards', () => {
  test('duplicate within 24 h warns and links the open one; confirming files it', async () => {
    const form = { contact: { name: '李秀英', phone: '13700001111' }, category: 'cleaning', description: '需要帮忙打扫厨房卫生' };
    const first = await person(cloud, 'stranger-resident')('wish', wishForm(form));
    const again = await person(cloud, 'stranger-resident')('wish', wishForm(form));
    assert.deepEqual(again.data, { outcome: 'duplicate', existingWishId: first.data.wishId });
    const confirmed = await person(cloud, 'stranger-resident')('wish', wishForm({ ...form, confirmDuplicate: true }));
    assert.equal(confirmed.data.outcome, 'created');
  });

  test('a retried submission (same requestId) lands once', async () => {
    const form = wishForm({ contact: { name: '王芳', phone: '13700002222' } });
    const [a, b] = await Promise.all([person(cloud, 'demo-helper')('wish', form), person(cloud, 'demo-helper')('wish', form)]);
    assert.equal(a.data.wishId, b.data.wishId);
    const c = await person(cloud, 'demo-helper')('wish', form);
    assert.equal(c.data.wishId, a.data.wishId);
    assert.equal([...cloud.db.get('wishes').docs.values()].filter((w) => w._id === a.data.wishId).length, 1);
  });

  test('5 a day per phone: the 6th is refused, even in a burst', async () => {
    const phone = '13700003333';
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_x, i) => person(cloud, `burst-${i}`)('wish', wishForm({ contact: { name: '赵敏', phone }, confirmDuplicate: true }))),
    );
    assert.equal(burst.filter((r) => r.ok).length, 5);
    assert.ok(burst.filter((r) => !r.ok).every((r) => r.error?.code === 'WISH.RATE_LIMITED'));
  });

  test('text that fails msgSecCheck is refused with WISH.CONTENT_RISKY; proxy filing needs a helper', async () => {
    const risky = await person(cloud, 'sec-check-resident')('wish', wishForm({ description: '这里有测试违规词需要处理', contact: { name: '孙丽', phone: '13700004444' } }));
    assert.equal(risky.error?.code, 'WISH.CONTENT_RISKY');
    const proxy = await person(cloud, 'sec-check-resident')('wish', wishForm({ proxy: true, contact: { name: '孙丽', phone: '13700005555' } }));
    assert.equal(proxy.error?.code, 'AUTH.FORBIDDEN');
    const helper = await person(cloud, 'demo-helper')('wish', wishForm({ proxy: true, contact: { name: '孙丽', phone: '13700005555' } }));
    assert.equal(helper.data.outcome, 'created');
  });

  test('an unknown stairwell code and operator injection in ids are clear refusals', async () => {
    const r = person(cloud, 'demo-resident');
    assert.equal((await r('wish', { action: 'building', scene: 'B-9999' })).error?.code, 'BUILDING.NOT_FOUND');
    assert.equal((await r('wish', { action: 'building', scene: '%E0%A4%A' })).error?.code, 'SCENE.INVALID');
    assert.equal((await r('wish', { action: 'detail', wishId: { $gt: '' } })).error?.code, 'INPUT.INVALID');
  });

  test('every query in this file was served by a declared index', () => {
    assert.equal(cloud.log.unindexed, 0);
  });
});
