// Repairs at cost through the real functions: prices as configuration, household tiers kept by the
// community's staff (scoped, every change kept), a household's quote (its price, not its tier), the
// quote fixed on the wish at submit (filed only when it is no more than the form showed), and the money book: one entry per served wish, never a fund below zero.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { isMoneyBalanced, type MoneyEntry } from '../../../src/domain/money/book';
import type { Wish } from '../../../src/domain/wish/wish';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, wishForm } from '../../helpers/people';

let cloud: LocalCloud;
/** The admin sets the price of repairs (version: the setting's current version). */
const setRepairsPrice = (version: number, reason: string, price: { marketFen: number; materialFen: number; ordinaryPercent: number }) =>
  person(cloud, 'demo-admin')('bank', {
    action: 'set_setting',
    key: 'prices',
    version,
    reason,
    value: { items: [{ category: 'repairs', ...price }] },
  });
const OTHER_DISPATCHER = 'rp-dispatcher-qingyun';
beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await cloud.db.insert('users', [
    { _id: OTHER_DISPATCHER, roles: ['dispatcher'], grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } }] },
  ]);
  const set = await setRepairsPrice(0, '乐修匠低偿服务收费标准', { marketFen: 10_000, materialFen: 1_200, ordinaryPercent: 90 });
  assert.equal(set.ok, true, JSON.stringify(set.error));
});
afterAll(() => cloud.stop());

const wishDoc = (id: string) => cloud.db.get('wishes').docs.get(id) as unknown as Wish;
const moneyJournal = () => [...cloud.db.get('moneyJournal').docs.values()] as unknown as MoneyEntry[];
const fund = () => (cloud.db.get('moneyAccounts').docs.get('fund:c-jinding') as { balanceFen?: number } | undefined)?.balanceFen ?? 0;
const runTimer = async () => {
  const r = await cloud.host.invoke(
    'wish',
    { Type: 'Timer', TriggerName: 'hourly-close', Time: new Date().toISOString() },
    { source: 'wx_trigger' },
  );
  assert.equal(r.ok, true);
};

describe('household tiers', () => {
  const tier = { action: 'set_household_tier', buildingId: 'B-0012', room: '0301', tier: 'dibao', note: '低保证已核验' };
  test.each([
    ['a resident', 'demo-resident', 'AUTH.FORBIDDEN'],
    ['a volunteer', 'demo-volunteer', 'AUTH.FORBIDDEN'],
    ['a dispatcher of another community', OTHER_DISPATCHER, 'HOUSEHOLD.OUT_OF_SCOPE'],
  ])('%s cannot record one, and nothing is written', async (_n, who, code) => {
    const seq = cloud.db.seq;
    const r = await person(cloud, who)('bank', tier);
    assert.equal(r.error?.code, code);
    assert.equal(cloud.db.seq, seq);
    const list = await person(cloud, who)('bank', { action: 'households', communityId: 'c-jinding', page: 0 });
    assert.equal(list.error?.code, code);
  });

  test("the community's helper records it; the change is kept; the street dispatcher reads it", async () => {
    const r = await person(cloud, 'demo-helper')('bank', tier);
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(r.data, { householdId: 'B-0012:301', tier: 'dibao', version: 1 });
    const log = cloud.db.get('householdsLog').docs.get('B-0012:301:1') as unknown as { from: string; to: string; by: string; note: string };
    assert.deepEqual([log.from, log.to, log.by, log.note], ['ordinary', 'dibao', 'demo-helper', '低保证已核验']);
    const list = await person(cloud, 'demo-dispatcher')('bank', { action: 'households', communityId: 'c-jinding', page: 0 });
    assert.equal(list.ok, true, JSON.stringify(list.error));
    assert.deepEqual(
      list.data.items.map((h: { room: string; tier: string; buildingName: string }) => [h.buildingName, h.room, h.tier]),
      [['3栋2单元', '301', 'dibao']],
    );
    const households = list.requests.find((q) => q.collection === 'households')!;
    assert.deepEqual([households.served, households.examined], [true, 1], "index-served: examines only the community's households");
  });

  test('a room the code does not take is refused', async () => {
    const r = await person(cloud, 'demo-helper')('bank', { ...tier, room: '2-301' });
    assert.equal(r.error?.code, 'INPUT.INVALID');
  });
});

describe('the quote', () => {
  test.each([
    [
      '低保 (any spelling of the room)',
      '301',
      'repairs',
      { priced: true, payFen: 1_200, basis: 'material', text: '您需支付 ¥12.00（材料费）' },
    ],
    [
      'no record: an ordinary household',
      '302',
      'repairs',
      { priced: true, payFen: 9_000, basis: 'discount', text: '您需支付 ¥90.00（优惠价）' },
    ],
    ['a free category', '301', 'haircut', { priced: false }],
  ])('%s', async (_n, room, category, expected) => {
    const r = await person(cloud, 'demo-resident')('bank', { action: 'quote', buildingId: 'B-0012', room, category });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(r.data, expected);
    // The prices, and for a priced category the household's tier (the building comes from the instance's cache).
    assert.equal(r.requests.length, expected.priced ? 2 : 1);
    assert.ok(!JSON.stringify(r.data).includes('dibao') && !JSON.stringify(r.data).includes('低保'), 'the tier is not named');
  });

  test('特困: free', async () => {
    await person(cloud, 'demo-dispatcher')('bank', {
      action: 'set_household_tier',
      buildingId: 'B-0012',
      room: '303',
      tier: 'tekun',
      note: '特困供养人员',
    });
    const r = await person(cloud, 'demo-resident')('bank', { action: 'quote', buildingId: 'B-0012', room: '303', category: 'repairs' });
    assert.deepEqual(r.data, { priced: true, payFen: 0, basis: 'free', text: '本次服务免费' });
  });
});

describe('the amount the household agreed to', () => {
  // Another resident and phone: the day's quota of demo-resident is for the money book below.
  const form = (agreed: Record<string, unknown>, room = '302') =>
    wishForm({ room, contact: { name: '王秀英', phone: '13912340000' }, confirmDuplicate: true, ...agreed });

  test.each([
    ['no amount (the quote had not arrived, or the form thought it free)', {}],
    ['less than the quote (the price rose after it was shown)', { agreedFen: 8_999 }],
  ])('%s: refused, nothing written', async (_n, agreed) => {
    const seq = cloud.db.seq;
    const r = await person(cloud, 'rp-resident-price')('wish', form(agreed));
    assert.equal(r.error?.code, 'WISH.PRICE_NOT_AGREED');
    assert.equal(cloud.db.seq, seq);
  });

  test.each([
    ['the amount shown', '302', 9_000, 9_000],
    ['more than the quote (the price fell after it was shown): the lower quote is kept', '302', 12_000, 9_000],
    ['特困: nothing to pay, shown as such', '303', 0, 0],
  ])('%s: filed with the quote in force', async (_n, room, agreedFen, householdFen) => {
    const r = await person(cloud, 'rp-resident-price')('wish', form({ agreedFen }, room));
    assert.equal(r.data?.outcome, 'created', JSON.stringify(r.error));
    assert.equal(wishDoc(r.data.wishId).quote?.householdFen, householdFen);
  });
});

describe('the money book', () => {
  /** A priced wish for room 301 (低保), served by demo-volunteer of 乐修匠 and rated: closed, its credit booked. */
  async function servedAndClosed(): Promise<string> {
    const resident = person(cloud, 'demo-resident');
    const volunteer = person(cloud, 'demo-volunteer');
    // As the form does: the household's quote first, then the wish with the amount shown.
    const shown = await resident('bank', { action: 'quote', buildingId: 'B-0012', room: '301', category: 'repairs' });
    const submitted = await resident('wish', wishForm({ room: '301', confirmDuplicate: true, agreedFen: shown.data.payFen }));
    assert.equal(submitted.data.outcome, 'created', JSON.stringify(submitted.error));
    const wishId: string = submitted.data.wishId;
    await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' });
    await volunteer('volunteer', { action: 'claim', wishId });
    await volunteer('volunteer', { action: 'check_in', wishId });
    await volunteer('volunteer', { action: 'complete', wishId, summary: '更换了水龙头阀芯', minutes: 30 });
    const rated = await resident('wish', { action: 'rate', wishId, stars: 5 });
    assert.equal(rated.data.status, 'closed', JSON.stringify(rated.error));
    return wishId;
  }

  test('the quote is fixed at submit; a later price change does not alter it', async () => {
    const submitted = await person(cloud, 'demo-resident')('wish', wishForm({ room: '301', confirmDuplicate: true, agreedFen: 1_200 }));
    const wishId: string = submitted.data.wishId;
    assert.deepEqual(wishDoc(wishId).quote, {
      category: 'repairs',
      marketFen: 10_000,
      householdFen: 1_200,
      fundFen: 8_800,
      basis: 'material',
    });
    assert.equal(wishDoc(wishId).moneyPending, true);
    const seen = await person(cloud, 'demo-resident')('wish', { action: 'detail', wishId });
    assert.deepEqual(seen.data.price, { payFen: 1_200, basis: 'material', text: '您需支付 ¥12.00（材料费）' });
    const changed = await setRepairsPrice(1, '调价', { marketFen: 20_000, materialFen: 3_000, ordinaryPercent: 80 });
    assert.equal(changed.ok, true, JSON.stringify(changed.error));
    assert.equal(wishDoc(wishId).quote?.marketFen, 10_000);
    const again = await person(cloud, 'demo-resident')('wish', { action: 'detail', wishId });
    assert.equal(again.data.price.text, '您需支付 ¥12.00（材料费）', 'the price shown is the one fixed at submit');
    // Within the minute, the prices the wish function's instance holds (from before the rise) apply:
    // room 302 (ordinary) was shown ¥160 (80% of ¥200) and is fixed at ¥90, less than shown, never more.
    // Database requests of a priced submit (caches warm, the day's quota document made): the phone's
    // recent wishes, the household's tier, the quota update, the insert.
    const shown = await person(cloud, 'demo-resident')('bank', { action: 'quote', buildingId: 'B-0012', room: '302', category: 'repairs' });
    assert.equal(shown.data.payFen, 16_000);
    const second = await person(cloud, 'demo-resident')('wish', wishForm({ room: '302', confirmDuplicate: true, agreedFen: 16_000 }));
    assert.equal(second.data.outcome, 'created');
    assert.equal(wishDoc(second.data.wishId).quote?.householdFen, 9_000);
    assert.equal(second.requests.length, 4);
    const free = await person(cloud, 'demo-resident')(
      'wish',
      wishForm({ category: 'haircut', description: '想请人上门理发，行动不便', confirmDuplicate: true }),
    );
    assert.equal(wishDoc(free.data.wishId).quote, undefined, 'a free category carries no quote');
  });

  test('a price lowered within the minute: the lower amount shown is checked against the prices in force', async () => {
    const lowered = await setRepairsPrice(2, '降价', { marketFen: 5_000, materialFen: 1_000, ordinaryPercent: 80 });
    assert.equal(lowered.ok, true, JSON.stringify(lowered.error));
    const form = wishForm({ room: '302', contact: { name: '王秀英', phone: '13912340000' }, confirmDuplicate: true, agreedFen: 4_000 });
    const r = await person(cloud, 'rp-resident-price')('wish', form);
    assert.equal(r.data?.outcome, 'created', JSON.stringify(r.error));
    assert.deepEqual(wishDoc(r.data.wishId).quote, {
      category: 'repairs',
      marketFen: 5_000,
      householdFen: 4_000,
      fundFen: 1_000,
      basis: 'discount',
    });
    // The cached quote (¥90) is above ¥40: the prices are read fresh (the tier is the cached quote's).
    assert.deepEqual(
      r.requests.map((q) => q.collection),
      ['wishes', 'households', 'settings', 'quotas', 'wishes'],
    );
  });

  test('a short fund waits (never below zero); a top-up settles it once, balanced', async () => {
    const wishId = await servedAndClosed();
    const quote = wishDoc(wishId).quote!;
    await runTimer();
    assert.equal(moneyJournal().length, 0, 'the fund is empty: nothing booked');
    assert.equal(wishDoc(wishId).moneyPending, true);
    const admin = person(cloud, 'demo-admin');
    const book = await admin('bank', { action: 'money_book', page: 0 });
    assert.equal(book.data.waiting, 1);

    const topup = {
      action: 'fund_topup',
      communityId: 'c-jinding',
      fen: quote.fundFen,
      reason: '街道拨付公益基金',
      requestId: 'req_rp_fund_1',
    };
    const [a, b] = await Promise.all([admin('bank', topup), admin('bank', topup)]);
    assert.equal(a.ok && b.ok, true, JSON.stringify([a.error, b.error]));
    assert.equal(fund(), quote.fundFen, 'the same top-up twice counts once');

    await Promise.all([runTimer(), runTimer()]);
    await runTimer();
    const repairs = moneyJournal().filter((e) => e._id === `repair:${wishId}`);
    assert.equal(repairs.length, 1, 'one entry per served wish');
    assert.deepEqual(Object.fromEntries(repairs[0].lines.map((l) => [l.account, l.fen])), {
      'fund:c-jinding': -quote.fundFen,
      [`household:${wishId}`]: -quote.householdFen,
      'provider:t-lexiujiang': quote.marketFen,
    });
    assert.ok(moneyJournal().every(isMoneyBalanced));
    assert.equal(fund(), 0, 'never below zero');
    assert.equal(wishDoc(wishId).moneyPending, undefined);

    const after = await admin('bank', { action: 'money_book', page: 0 });
    assert.equal(after.data.waiting, 0);
    assert.deepEqual(after.data.funds, [{ communityId: 'c-jinding', communityName: '金鼎社区', balanceFen: 0 }]);
    assert.deepEqual(after.data.entries.items.map((e: { kind: string }) => e.kind).sort(), ['fund_topup', 'repair']);
    assert.equal(cloud.log.unindexed, 0, 'every query was served by a declared index');
  });
});
