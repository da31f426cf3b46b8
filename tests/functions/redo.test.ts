// The ≤2★ redo made fair, through the real functions and the local cloud: the volunteer who served a
// sent-back wish is told why, still sees it (read only, 「已退回重办」), keeps the hours (no points),
// and the centre may award points once. Minutes far beyond check-in wait for the leader. The
// hardening invariants (tests/security/race-invariants.ts) hold at the end.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { readOutbox } from '../../localcloud/openapi/outbox';
import type { JournalEntry } from '../../src/domain/bank/ledger';
import { startFunctionsCloud } from '../helpers/functions';
import { person, wishForm } from '../helpers/people';
import { checkInvariants } from '../security/race-invariants';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
});
afterAll(() => cloud.stop());

const journal = () => [...cloud.db.get('journal').docs.values()] as unknown as JournalEntry[];

/** A wish filed by the resident, dispatched to 乐修匠, claimed and checked in by `who`. */
async function servedUpTo(who: string, category = 'repairs'): Promise<string> {
  const resident = person(cloud, 'demo-resident');
  const dispatcher = person(cloud, 'demo-dispatcher');
  const volunteer = person(cloud, who);
  const submitted = await resident('wish', wishForm({ category, confirmDuplicate: true }));
  assert.equal(submitted.data.outcome, 'created', JSON.stringify(submitted.error));
  const wishId: string = submitted.data.wishId;
  assert.equal((await dispatcher('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' })).data.status, 'dispatched');
  assert.equal((await volunteer('volunteer', { action: 'claim', wishId })).data.status, 'claimed');
  const checkedIn = await volunteer('volunteer', { action: 'check_in', wishId, place: { lat: 26.583_649, lng: 107.977_812 } });
  assert.equal(checkedIn.data.status, 'in_service');
  return wishId;
}

describe('redo (≤2★)', () => {
  test('the volunteer is told why, still sees the wish, keeps the hours; the centre awards once', async () => {
    const resident = person(cloud, 'demo-resident');
    const volunteer = person(cloud, 'demo-volunteer');
    const dispatcher = person(cloud, 'demo-dispatcher');
    const wishId = await servedUpTo('demo-volunteer');
    assert.equal(
      (await volunteer('volunteer', { action: 'complete', wishId, summary: '更换了水龙头阀芯', minutes: 25 })).data.status,
      'completed',
    );
    const rated = await resident('wish', { action: 'rate', wishId, stars: 1, comment: '还是在滴水' });
    assert.deepEqual({ status: rated.data.status, credited: rated.data.credited }, { status: 'reopened', credited: false });

    // Told, with the reason.
    const outbox = await readOutbox(cloud.dataDir);
    const told = outbox.find((m) => m.touser === 'demo-volunteer' && m.templateId === 'TPL_ORDER_SENT_BACK');
    assert.ok(told, 'the sent-back notice');
    assert.match(JSON.stringify(told), /还是在滴水/);

    // Still sees it, read only, with their own attempt; the resident's phone is masked now.
    const seen = await volunteer('wish', { action: 'detail', wishId });
    assert.equal(seen.ok, true, JSON.stringify(seen.error));
    assert.equal(seen.data.status, 'reopened');
    assert.equal(seen.data.contact.masked, true);
    assert.deepEqual(
      seen.data.attempts.map((a: Record<string, unknown>) => ({ byMe: a.byMe, stars: a.stars, reason: a.reason, minutes: a.minutes })),
      [{ byMe: true, stars: 1, reason: '还是在滴水', minutes: 25 }],
    );
    assert.equal((await volunteer('volunteer', { action: 'release', wishId })).error?.code, 'AUTH.FORBIDDEN', 'read only');
    // The place of the check-in is for staff: the centre sees it in the attempt's wish? No: it was cleared with the service.
    assert.equal(seen.data.checkInPlace, undefined);

    // 我的: 已退回重办 with the reason, 25 minutes, no points.
    const history = await volunteer('volunteer', { action: 'history', page: 0 });
    const item = history.data.items.find((i: { wish: { id: string } }) => i.wish.id === wishId);
    assert.deepEqual(
      { outcome: item.outcome, reason: item.reason, minutes: item.minutes, points: item.points, stars: item.stars },
      {
        outcome: 'sent_back',
        reason: '还是在滴水',
        minutes: 25,
        points: 0,
        stars: 1,
      },
    );
    assert.equal(history.requests.length, 2, 'one page of wishes, one read of the journal entries');

    // The hours: a zero-point entry, the passbook's minutes grow, its balance does not.
    const before = await volunteer('volunteer', { action: 'passbook', page: 0 });
    const hours = journal().find((e) => e._id === `hours:${wishId}:0`);
    assert.ok(hours);
    assert.deepEqual(
      hours.lines.map((l) => l.points),
      [0, 0],
    );
    assert.equal(hours.minutes, 25);
    assert.equal(before.data.entries[0].kind, 'service_hours');
    assert.equal(before.data.entries[0].points, 0);

    // The centre awards, twice: paid once.
    const award = { action: 'award', wishId, points: 10, reason: '确已上门，配件问题不怪志愿者' };
    const first = await dispatcher('dispatch', award);
    assert.deepEqual(first.data, { entryId: `award:${wishId}:0`, points: 10, created: true });
    const second = await dispatcher('dispatch', award);
    assert.deepEqual(second.data, { entryId: `award:${wishId}:0`, points: 10, created: false });
    const after = await volunteer('volunteer', { action: 'passbook', page: 0 });
    assert.equal(after.data.balance - before.data.balance, 10);
    assert.equal(after.data.minutes - before.data.minutes, 0);
    const entry = journal().find((e) => e._id === `award:${wishId}:0`)!;
    assert.deepEqual(
      { kind: entry.kind, by: entry.by, reason: entry.reason },
      {
        kind: 'service_award',
        by: 'demo-dispatcher',
        reason: '确已上门，配件问题不怪志愿者',
      },
    );
    assert.equal(after.data.entries[0].memo, '中心补记积分：确已上门，配件问题不怪志愿者');
    const paid = (await volunteer('volunteer', { action: 'history', page: 0 })).data.items.find(
      (i: { wish: { id: string } }) => i.wish.id === wishId,
    );
    assert.equal(paid.points, 10);

    // The hours were booked with the rating (the flag is gone); flagged again, the hourly timer books nothing twice.
    assert.equal((cloud.db.get('wishes').docs.get(wishId) as { hoursPending?: boolean }).hoursPending, undefined);
    await cloud.db.update('wishes', { _id: wishId }, { $set: { hoursPending: true } }, { multi: false, replace: false, upsert: false });
    const timer = await cloud.host.invoke(
      'wish',
      { Type: 'Timer', TriggerName: 'hourly-close', Time: new Date().toISOString() },
      { source: 'wx_trigger' },
    );
    assert.equal(timer.ok, true);
    assert.equal((cloud.db.get('wishes').docs.get(wishId) as { hoursPending?: boolean }).hoursPending, undefined, 'cleared by the timer');
    assert.equal(journal().filter((e) => e._id === `hours:${wishId}:0`).length, 1);
    assert.equal((await volunteer('volunteer', { action: 'passbook', page: 0 })).data.minutes, after.data.minutes, 'no minutes twice');

    // Not for anyone else: a volunteer cannot award; a wish without a sent-back service cannot be awarded.
    assert.equal((await volunteer('dispatch', award)).error?.code, 'AUTH.FORBIDDEN');
    const fresh = await servedUpTo('demo-volunteer-2');
    assert.equal((await dispatcher('dispatch', { ...award, wishId: fresh })).error?.code, 'AWARD.NO_SERVICE');
  });

  test('minutes far beyond the check-in wait for the leader; the credit follows the confirmation', async () => {
    const resident = person(cloud, 'demo-resident');
    const volunteer = person(cloud, 'demo-volunteer');
    const leader = person(cloud, 'demo-leader');
    const wishId = await servedUpTo('demo-volunteer');
    const completed = await volunteer('volunteer', { action: 'complete', wishId, summary: '修好了热水器', minutes: 240 });
    assert.equal(completed.data.status, 'completed');
    const seen = await volunteer('wish', { action: 'detail', wishId });
    assert.deepEqual(
      { toConfirm: seen.data.completion.toConfirm, allowed: seen.data.completion.allowedMinutes },
      { toConfirm: true, allowed: 30 },
    );

    // The leader sees where the volunteer checked in (coarse); the volunteer does not.
    assert.deepEqual((await leader('wish', { action: 'detail', wishId })).data.checkInPlace, { lat: 26.584, lng: 107.978 });
    assert.equal(seen.data.checkInPlace, undefined);

    const rated = await resident('wish', { action: 'rate', wishId, stars: 5 });
    assert.deepEqual({ status: rated.data.status, credited: rated.data.credited }, { status: 'rated', credited: false });
    const mine = (await volunteer('volunteer', { action: 'history', page: 0 })).data.items.find(
      (i: { wish: { id: string } }) => i.wish.id === wishId,
    );
    assert.equal(mine.outcome, 'to_confirm');

    // The leader finds it in the team's view, waiting for them; a team's member does not get that list.
    const waiting = async () =>
      (await leader('volunteer', { action: 'team_orders', teamId: 't-lexiujiang', page: 0 })).data.toConfirm.map(
        (o: { wish: { id: string; completion: { minutes: number } }; holder: string }) => [o.wish.id, o.wish.completion.minutes, o.holder],
      );
    assert.deepEqual(await waiting(), [[wishId, 240, '李明']]);

    const refusals: Array<[Record<string, unknown>, string]> = [[{ minutes: 300, reason: '多记一点' }, 'MINUTES.MORE_THAN_CLAIMED']];
    for (const [input, code] of refusals)
      assert.equal((await leader('volunteer', { action: 'confirm_minutes', wishId, ...input })).error?.code, code);
    assert.equal(
      (await volunteer('volunteer', { action: 'confirm_minutes', wishId, minutes: 240, reason: '我自己确认' })).error?.code,
      'AUTH.FORBIDDEN',
    );
    const confirmed = await leader('volunteer', { action: 'confirm_minutes', wishId, minutes: 120, reason: '路上买配件用了一小时' });
    assert.equal(confirmed.data.status, 'closed', JSON.stringify(confirmed.error));
    assert.equal(journal().find((e) => e._id === `credit:${wishId}`)?.minutes, 120);
    assert.deepEqual(await waiting(), [], 'confirmed: no longer waiting');
    assert.equal(
      (await leader('volunteer', { action: 'confirm_minutes', wishId, minutes: 120, reason: '再确认一次' })).error?.code,
      'ORDER.INVALID_TRANSITION',
    );
  });

  test("the leader's view: open orders with who holds them, members' load, the record of assignments", async () => {
    const resident = person(cloud, 'demo-resident');
    const dispatcher = person(cloud, 'demo-dispatcher');
    const leader = person(cloud, 'demo-leader');
    const submitted = await resident('wish', wishForm({ description: '卫生间灯不亮了，开关没反应', confirmDuplicate: true }));
    const wishId: string = submitted.data.wishId;
    await dispatcher('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' });
    const assigned = await leader('volunteer', { action: 'assign', wishId, membershipId: 't-lexiujiang_demo-volunteer-2' });
    assert.equal(assigned.data.status, 'claimed');

    const team = await leader('volunteer', { action: 'team_orders', teamId: 't-lexiujiang', page: 0 });
    assert.equal(team.ok, true, JSON.stringify(team.error));
    const order = team.data.items.find((i: { wish: { id: string } }) => i.wish.id === wishId);
    assert.equal(order.holder, '赵小红');
    assert.equal(order.wish.contact.masked, true);
    assert.deepEqual(
      { wishId: team.data.assignments[0].wishId, by: team.data.assignments[0].by, to: team.data.assignments[0].to },
      { wishId, by: '王建国', to: '赵小红' },
    );
    const members = await leader('volunteer', { action: 'members', teamId: 't-lexiujiang' });
    const zhao = members.data.members.find((m: { membershipId: string }) => m.membershipId === 't-lexiujiang_demo-volunteer-2');
    assert.ok(zhao.load >= 1);
    assert.equal(
      (await person(cloud, 'demo-volunteer')('volunteer', { action: 'team_orders', teamId: 't-lexiujiang', page: 0 })).error?.code,
      'AUTH.FORBIDDEN',
    );
  });

  test('every invariant of the store holds, and every query was served by an index', () => {
    const report = checkInvariants(cloud.db);
    assert.deepEqual(report.violations, []);
    assert.equal(cloud.log.unindexed, 0);
  });
});
