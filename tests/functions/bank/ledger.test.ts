// The ledger through the real functions: points rules read when a credit books, the budget queue
// (等待预算) paid oldest first, corrections by reversal, the offices' allotments and bonuses, and
// verify. The community 金鼎 is paid by a fresh sponsor with an empty budget.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { DEFAULT_POINTS } from '../../../src/domain/bank/rules';
import { person, wishForm } from '../../helpers/people';
import { checkInvariants } from '../../security/race-invariants';
import { post, startLedgerCloud } from './fixtures/cloud';

let cloud: LocalCloud;
const admin = () => person(cloud, 'demo-admin');
const VOLUNTEER = 'demo-volunteer';
beforeAll(async () => {
  cloud = await startLedgerCloud('bank-ledger');
  // Before any function reads the communities: 金鼎's services are paid by sp-small, which has nothing yet.
  await cloud.db.update(
    'communities',
    { _id: 'c-jinding' },
    { $set: { sponsorId: 'sp-small' } },
    { multi: false, replace: false, upsert: false },
  );
  await cloud.db.insert('accounts', [{ _id: 'sponsor:sp-small', kind: 'sponsor', name: '小额赞助方', balance: 0, minutes: 0 }]);
});
afterAll(() => cloud.stop());

let residents = 0;
/** A wish of 金鼎 served by the demo volunteer (30 minutes) and rated 5★ by its own resident. */
async function servedAndRated(minutes = 30): Promise<{ wishId: string; credited: boolean }> {
  residents++;
  const resident = person(cloud, `ledger-res-${residents}`);
  const s = await resident('wish', wishForm({ contact: { name: '张桂兰', phone: `1370000${String(residents).padStart(4, '0')}` } }));
  assert.equal(s.data?.outcome, 'created', JSON.stringify(s.error));
  const wishId = s.data.wishId as string;
  assert.equal((await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' })).ok, true);
  const v = person(cloud, VOLUNTEER);
  for (const event of [
    { action: 'claim', wishId },
    { action: 'check_in', wishId },
    { action: 'complete', wishId, summary: '已修好', minutes },
  ]) {
    const r = await v('volunteer', event);
    assert.equal(r.ok, true, JSON.stringify(r.error));
  }
  const rated = await resident('wish', { action: 'rate', wishId, stars: 5 });
  assert.equal(rated.ok, true, JSON.stringify(rated.error));
  return { wishId, credited: rated.data.credited };
}
const journal = (id: string) => cloud.db.get('journal').docs.get(id) as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
const balance = (id: string) => (cloud.db.get('accounts').docs.get(id) as { balance: number } | undefined)?.balance ?? 0;
const grant = (points: number, n: string) =>
  admin()('admin', { action: 'grant_budget', sponsorId: 'sp-small', points, reason: '补充预算', requestId: `req_ledger_grant_${n}` });

describe('points rules, the budget queue', () => {
  const ids: string[] = [];
  test('rules: repairs earn 5 (version 1); three credits wait for a budget of 0, visibly, oldest first', async () => {
    const rules = { ...DEFAULT_POINTS, repairs: { base: 5, perMinutes: 30, extra: 0, cap: 0 } };
    const set = await admin()('bank', { action: 'set_setting', key: 'points', value: rules, version: 0, reason: '维修按次计5分' });
    assert.equal(set.ok, true, JSON.stringify(set.error));
    for (let i = 0; i < 3; i++) {
      const { wishId, credited } = await servedAndRated();
      assert.equal(credited, false, 'no budget: it waits');
      ids.push(wishId);
    }
    const q = await admin()('bank', { action: 'waiting_credits', sponsorId: 'sp-small', page: 0 });
    assert.equal(q.ok, true, JSON.stringify(q.error));
    assert.deepEqual(
      q.data.items.map((w: { wishId: string }) => w.wishId),
      ids,
      'oldest first',
    );
    assert.deepEqual(
      q.data.items.map((w: { points: number; balance: number }) => [w.points, w.balance]),
      [
        [5, 0],
        [5, 0],
        [5, 0],
      ],
    );
    assert.equal(q.data.items[0].sponsorName, '小额赞助方');
    // A retry by the rating's path (or the timer's sweep of rated wishes) cannot jump the queue.
    assert.equal(balance('sponsor:sp-small'), 0);
  });

  test('grant 10 → the two oldest are paid (rules version 1), the third still waits; never negative', async () => {
    const g = await grant(10, '1');
    assert.equal(g.ok, true, JSON.stringify(g.error));
    assert.deepEqual({ released: g.data.released, balance: g.data.balance }, { released: 2, balance: 0 });
    for (const id of ids.slice(0, 2)) {
      assert.equal(journal(`credit:${id}`)?.rulesVersion, 1);
      assert.equal(journal(`credit:${id}`)?.lines[1].points, 5);
    }
    assert.equal(journal(`credit:${ids[2]}`), undefined);
    const q = await admin()('bank', { action: 'waiting_credits', page: 0 });
    assert.deepEqual(
      q.data.items.map((w: { wishId: string }) => w.wishId),
      [ids[2]],
    );
    // 3 does not cover the third's 5: it keeps waiting; 2 more pays it.
    assert.equal((await grant(3, '2')).data.released, 0);
    assert.equal((await grant(2, '3')).data.released, 1);
    assert.equal(balance('sponsor:sp-small'), 0);
    assert.equal((await admin()('bank', { action: 'waiting_credits', page: 0 })).data.items.length, 0);
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
  });

  test('the hourly timer pays the queue too (budget that came without a grant_budget)', async () => {
    const { wishId, credited } = await servedAndRated();
    assert.equal(credited, false);
    const grant = {
      _id: 'grant:sp-small:timer',
      kind: 'budget_grant',
      lines: [
        { account: 'issuer:head-office', points: -5 },
        { account: 'sponsor:sp-small', points: 5 },
      ],
      memo: '预算',
    };
    assert.equal((await post(cloud, grant)).outcome, 'posted');
    const run = await cloud.host.invoke(
      'wish',
      { Type: 'Timer', TriggerName: 'hourly-close', Time: new Date().toISOString() },
      { source: 'wx_trigger' },
    );
    assert.equal(run.ok, true, JSON.stringify(run));
    assert.equal(journal(`credit:${wishId}`)?.lines[1].points, 5);
    assert.equal((cloud.db.get('waitingCredits').docs.get(wishId) as unknown as { status: string }).status, 'paid');
    assert.equal(balance('sponsor:sp-small'), 0);
  });

  test('a rules change applies to later credits only: 2 more per full 10 minutes, at most 4', async () => {
    const rules = { ...DEFAULT_POINTS, repairs: { base: 5, perMinutes: 10, extra: 2, cap: 4 } };
    const set = await admin()('bank', { action: 'set_setting', key: 'points', value: rules, version: 1, reason: '按时长加分' });
    assert.equal(set.ok, true, JSON.stringify(set.error));
    await grant(100, '4');
    const { wishId, credited } = await servedAndRated(30);
    assert.equal(credited, true);
    assert.equal(journal(`credit:${wishId}`)?.lines[1].points, 9, '30 minutes: 5 + min(4, 3×2)');
    assert.equal(journal(`credit:${wishId}`)?.rulesVersion, 2);
    assert.equal(journal(`credit:${ids[0]}`)?.lines[1].points, 5, 'the earlier credit is not recomputed');
  });
});

describe('corrections', () => {
  test('an admin reverses a credit once, with who and why; both accounts list it; a reversal is not reversed', async () => {
    const entries = await admin()('bank', { action: 'account_entries', accountId: `passbook:${VOLUNTEER}`, page: 0 });
    const credit = entries.data.items.find((e: { kind: string }) => e.kind === 'service_credit');
    assert.equal(credit.correctable, true);
    const before = [balance(`passbook:${VOLUNTEER}`), balance('sponsor:sp-small')];
    const fix = { action: 'correct', entryId: credit.entryId, reason: '重复录入', requestId: 'req_ledger_fix_1' };
    const r = await admin()('bank', fix);
    assert.deepEqual(r.data, { entryId: `reversal:${credit.entryId}`, created: true });
    assert.deepEqual(
      [balance(`passbook:${VOLUNTEER}`), balance('sponsor:sp-small')],
      [before[0]! - credit.points, before[1]! + credit.points],
    );
    const rev = journal(`reversal:${credit.entryId}`)!;
    assert.deepEqual(
      { kind: rev.kind, category: rev.category, by: rev.by, reason: rev.reason },
      { kind: 'reversal', category: 'correction', by: 'demo-admin', reason: '重复录入' },
    );
    assert.deepEqual(
      (await admin()('bank', fix)).data,
      { entryId: `reversal:${credit.entryId}`, created: false },
      'the same request again',
    );
    assert.equal((await admin()('bank', { ...fix, requestId: 'req_ledger_fix_2' })).error?.code, 'BANK.ALREADY_CORRECTED');
    assert.equal(
      (await admin()('bank', { ...fix, entryId: `reversal:${credit.entryId}`, requestId: 'req_ledger_fix_3' })).error?.code,
      'BANK.NOT_CORRECTABLE',
    );
    for (const account of [`passbook:${VOLUNTEER}`, 'sponsor:sp-small']) {
      const listed = await admin()('bank', { action: 'account_entries', accountId: account, page: 0 });
      const items = listed.data.items as Array<{ entryId: string; corrected: boolean; correctable: boolean; byName: string }>;
      assert.ok(
        items.some((e) => e.entryId === `reversal:${credit.entryId}`),
        `${account} lists the reversal`,
      );
      assert.equal(items.find((e) => e.entryId === credit.entryId)?.corrected, true);
    }
    assert.equal(
      (await admin()('bank', { ...fix, entryId: 'credit:nothing', requestId: 'req_ledger_fix_4' })).error?.code,
      'BANK.ENTRY_NOT_FOUND',
    );
  });

  test('the points were spent: the reversal would take the passbook below 0, so it is refused and nothing is written', async () => {
    const entries = await admin()('bank', { action: 'account_entries', accountId: `passbook:${VOLUNTEER}`, page: 0 });
    const credit = entries.data.items.find((e: { kind: string; correctable: boolean }) => e.kind === 'service_credit' && e.correctable);
    const all = balance(`passbook:${VOLUNTEER}`);
    // The volunteer reserves everything they have (a hold: passbook → hold).
    const hold = {
      _id: 'hold:r-ledger',
      kind: 'redemption_hold',
      reservationId: 'r-ledger',
      lines: [
        { account: `passbook:${VOLUNTEER}`, points: -all },
        { account: 'hold:r-ledger', points: all },
      ],
      memo: '预约兑换',
    };
    assert.equal((await post(cloud, hold)).outcome, 'posted');
    const seq = cloud.db.seq;
    const r = await admin()('bank', { action: 'correct', entryId: credit.entryId, reason: '录错了', requestId: 'req_ledger_fix_5' });
    assert.equal(r.error?.code, 'BANK.CORRECTION_BELOW_FLOOR');
    assert.equal(cloud.db.seq, seq, 'nothing written');
  });
});

describe('offices and bonuses', () => {
  test('head office → branch → savings office; the savings office pays a bonus; none pays more than it holds', async () => {
    const a = admin();
    const branch = await a('bank', {
      action: 'office_grant',
      level: 'branch',
      streetId: 's-ximahe',
      points: 100,
      reason: '季度拨付',
      requestId: 'req_ledger_allot_1',
    });
    assert.deepEqual(branch.data, { entryId: 'allot:office:branch:s-ximahe:req_ledger_allot_1', created: true, balance: 100 });
    const savings = await a('bank', {
      action: 'office_grant',
      level: 'savings',
      communityId: 'c-jinding',
      points: 40,
      reason: '社区拨付',
      requestId: 'req_ledger_allot_2',
    });
    assert.equal(savings.data.balance, 40);
    assert.equal(balance('office:branch:s-ximahe'), 60);
    const short = await a('bank', {
      action: 'office_grant',
      level: 'savings',
      communityId: 'c-jinding',
      points: 61,
      reason: '社区拨付',
      requestId: 'req_ledger_allot_3',
    });
    assert.equal(short.error?.code, 'BANK.OFFICE_SHORT');
    const before = balance(`passbook:${VOLUNTEER}`);
    const bonus = {
      action: 'bonus',
      volunteerId: VOLUNTEER,
      payer: 'savings',
      points: 30,
      reason: '年度优秀志愿者',
      requestId: 'req_ledger_bonus_1',
    };
    assert.equal((await a('bank', bonus)).data.created, true);
    assert.equal((await a('bank', bonus)).data.created, false, 'a double tap pays once');
    assert.equal(balance(`passbook:${VOLUNTEER}`), before + 30);
    assert.equal(journal(`bonus:${VOLUNTEER}:req_ledger_bonus_1`)?.category, 'bonus');
    assert.equal((await a('bank', { ...bonus, requestId: 'req_ledger_bonus_2', points: 11 })).error?.code, 'BANK.OFFICE_SHORT');
    assert.equal(
      (await a('bank', { ...bonus, volunteerId: 'nobody-here', requestId: 'req_ledger_bonus_3' })).error?.code,
      'VOLUNTEER.NOT_REGISTERED',
    );
    const offices = await a('bank', { action: 'accounts', kind: 'office', page: 0 });
    assert.deepEqual(
      offices.data.items.map((o: { name: string; balance: number }) => [o.name, o.balance]),
      [
        ['分行 · 洗马河街道', 60],
        ['储蓄所 · 金鼎社区', 10],
      ],
    );
  });
});

describe('verify', () => {
  test('recomputes every balance: none differs; a tampered balance is listed', async () => {
    const clean = await admin()('bank', { action: 'verify' });
    assert.equal(clean.ok, true, JSON.stringify(clean.error));
    assert.deepEqual([clean.data.total, clean.data.differences, clean.data.unbalanced, clean.data.belowFloor], [0, [], [], []]);
    assert.ok(clean.data.entries > 10);
    await cloud.db.update(
      'accounts',
      { _id: 'office:savings:c-jinding' },
      { $inc: { balance: 5 } },
      { multi: false, replace: false, upsert: false },
    );
    const tampered = await admin()('bank', { action: 'verify' });
    assert.deepEqual(tampered.data.differences, [
      { account: 'office:savings:c-jinding', stored: 15, derived: 10, storedMinutes: 0, derivedMinutes: 0 },
    ]);
    await cloud.db.update(
      'accounts',
      { _id: 'office:savings:c-jinding' },
      { $inc: { balance: -5 } },
      { multi: false, replace: false, upsert: false },
    );
    assert.equal(cloud.log.unindexed, 0, 'every query was served by a declared index');
  });
});
