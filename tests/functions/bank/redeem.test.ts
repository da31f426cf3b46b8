// 爱心兑换 through the real `bank` function: reserve → code → the counter confirms → statement; the
// refusals (window, points, stock, registration), the role boundaries (a merchant's own shop, a
// volunteer's own reservations), expiry by the timer, the merchant's items (compare-and-set).
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { LocalCloud } from '../../../localcloud';
import { chinaDate } from '../../../src/domain/bank/window';
import { checkInvariants } from '../../security/race-invariants';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';
import { balanceIn, reservationViolations, rewardIn, rewardItem, volunteerWithPoints } from '../../helpers/redeem';

let cloud: LocalCloud;
const V = 'rd-volunteer';
const OTHER = 'rd-volunteer-2';
const MERCHANT = 'demo-merchant';
const OTHER_MERCHANT = 'rd-merchant-cishan';
let n = 0;
const req = () => `rdreq${Date.now().toString(36)}${n++}`;
/** The expiry timer as the platform fires it; answers how many it expired. */
async function timer(): Promise<number> {
  const r = await cloud.host.invoke(
    'bank',
    { Type: 'Timer', TriggerName: 'reservation-expiry', Time: new Date().toISOString() },
    { source: 'wx_trigger' },
  );
  if (!r.ok) throw new Error(`timer failed: ${r.code} ${r.message}`);
  return (r.result as { data: { expired: number } }).data.expired;
}

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await volunteerWithPoints(cloud.db, V, 200, '王小明');
  await volunteerWithPoints(cloud.db, OTHER, 100, '赵大海');
  await cloud.db.insert('users', [
    {
      _id: OTHER_MERCHANT,
      roles: ['merchant'],
      grants: [{ role: 'merchant', scope: { kind: 'shop', id: 'shop-cishan' } }],
      createdAt: new Date(),
    },
  ]);
}, 120_000);
afterAll(() => cloud?.stop());

describe('reserve → the counter → statement', () => {
  test('a volunteer reserves, the merchant types the six digits and confirms; both books show it', async () => {
    const v = person(cloud, V);
    const m = person(cloud, MERCHANT);
    const list = await v('bank', { action: 'rewards', page: 0 });
    assert.equal(list.ok, true, JSON.stringify(list.error));
    assert.equal(list.data.balance, 200);
    assert.equal(list.data.window.open, true);
    const oil = list.data.items.find((i: { itemId: string }) => i.itemId === 'rw-xingfu-oil');
    assert.deepEqual([oil.shopName, oil.communityName, oil.points], ['幸福超市', '金鼎社区', 50]);

    const requestId = req();
    const made = await v('bank', { action: 'reserve', itemId: 'rw-xingfu-oil', requestId });
    assert.equal(made.ok, true, JSON.stringify(made.error));
    assert.equal(made.data.status, 'held');
    assert.match(made.data.digits, /^\d{6}$/);
    assert.ok(made.data.token.length >= 40);
    const reads = made.requests.length;
    assert.ok(reads <= 25, `reserve made ${reads} database requests`);
    const again = await v('bank', { action: 'reserve', itemId: 'rw-xingfu-oil', requestId });
    assert.deepEqual([again.data.reservationId, again.data.created], [made.data.reservationId, false], 'a retried request lands once');
    assert.equal(rewardIn(cloud.db, 'rw-xingfu-oil').stock, 19);
    assert.equal(balanceIn(cloud.db, `passbook:${V}`), 150);
    // Only a hash of the token is stored.
    const stored = cloud.db.get('reservations').docs.get(made.data.reservationId)!;
    assert.ok(!JSON.stringify(stored).includes(made.data.token));

    const mine = await v('bank', { action: 'my_reservations', page: 0 });
    assert.equal(mine.data.items[0].digits, made.data.digits);

    const found = await m('bank', { action: 'lookup_code', code: made.data.digits });
    assert.equal(found.ok, true, JSON.stringify(found.error));
    assert.deepEqual([found.data.itemName, found.data.points, found.data.volunteerName, found.data.status], ['花生油', 50, '王**', 'held']);
    const byQr = await m('bank', { action: 'lookup_code', code: made.data.token });
    assert.equal(byQr.data.reservationId, made.data.reservationId);

    const done = await m('bank', { action: 'redeem', reservationId: made.data.reservationId });
    assert.equal(done.ok, true, JSON.stringify(done.error));
    assert.ok(done.requests.length <= 20, `confirm made ${done.requests.length} database requests`);
    const twice = await m('bank', { action: 'redeem', reservationId: made.data.reservationId });
    assert.equal(twice.error?.code, 'REDEEM.ALREADY_REDEEMED');
    assert.equal(balanceIn(cloud.db, 'merchant:shop-xingfu'), 50);
    assert.equal((await m('bank', { action: 'lookup_code', code: made.data.digits })).error?.code, 'REDEEM.NOT_FOUND', 'digits free again');

    const passbook = await v('volunteer', { action: 'passbook', page: 0 });
    assert.deepEqual(
      passbook.data.entries.slice(0, 2).map((e: { kind: string; points: number }) => [e.kind, e.points]),
      [
        ['redemption', 0],
        ['redemption_hold', -50],
      ],
    );
    const { year, month } = chinaDate(new Date());
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    const statement = await m('bank', { action: 'shop_statement', month: ym });
    assert.deepEqual([statement.data.count, statement.data.total, statement.data.items[0].itemName], [1, 50, '花生油']);
    const exported = await m('bank', { action: 'statement_export', month: ym });
    assert.equal(exported.ok, true, JSON.stringify(exported.error));
    const file = Buffer.from(await (await fetch(exported.data.url)).arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('月结账单')!;
    assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), ['核销时间', '兑换商品', '积分', '预约编号']);
    assert.equal(sheet.getRow(3).getCell(2).value, '花生油');
    assert.deepEqual(reservationViolations(cloud), []);
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
  });
});

describe('refusals', () => {
  test.each([
    ['not a registered volunteer', 'demo-resident', 'rw-xingfu-soap', 'VOLUNTEER.NOT_REGISTERED'],
    ['not enough points', OTHER, 'rd-dear', 'REDEEM.NOT_ENOUGH_POINTS'],
    ['no such item', OTHER, 'rw-none', 'REDEEM.ITEM_NOT_FOUND'],
  ])('%s', async (_name, who, itemId, code) => {
    if (!cloud.db.get('rewards').docs.has('rd-dear')) await rewardItem(cloud.db, 'rd-dear', 500, 3);
    const r = await person(cloud, who)('bank', { action: 'reserve', itemId, requestId: req() });
    assert.equal(r.error?.code, code);
  });

  test('out of stock, and the window closed (the catalogue says when it opens)', async () => {
    await rewardItem(cloud.db, 'rd-empty', 10, 0);
    assert.equal(
      (await person(cloud, V)('bank', { action: 'reserve', itemId: 'rd-empty', requestId: req() })).error?.code,
      'REDEEM.OUT_OF_STOCK',
    );
    const admin = person(cloud, 'demo-admin');
    const { day } = chinaDate(new Date());
    const closed = day === 1 ? { fromDay: 2, toDay: 3 } : { fromDay: 1, toDay: day - 1 };
    const version = (await admin('bank', { action: 'settings' })).data.redemption.version;
    const set = await admin('bank', {
      action: 'set_setting',
      key: 'redemption',
      version,
      reason: '测试兑换窗口',
      value: { holdHours: 48, window: closed },
    });
    assert.equal(set.ok, true, JSON.stringify(set.error));
    const r = await person(cloud, V)('bank', { action: 'reserve', itemId: 'rw-xingfu-soap', requestId: req() });
    assert.equal(r.error?.code, 'REDEEM.WINDOW_CLOSED');
    const list = await person(cloud, V)('bank', { action: 'rewards', page: 0 });
    assert.equal(list.data.window.open, false);
    assert.match(list.data.window.opensOn, /^\d{4}-\d{2}-\d{2}$/);
    await admin('bank', {
      action: 'set_setting',
      key: 'redemption',
      version: version + 1,
      reason: '恢复兑换窗口',
      value: { holdHours: 48, window: { fromDay: 1, toDay: 31 } },
    });
  });
});

describe('role boundaries', () => {
  test('another shop’s merchant finds nothing; a volunteer sees and cancels only their own', async () => {
    const made = await person(cloud, OTHER)('bank', { action: 'reserve', itemId: 'rw-xingfu-soap', requestId: req() });
    assert.equal(made.ok, true, JSON.stringify(made.error));
    const other = person(cloud, OTHER_MERCHANT);
    assert.equal((await other('bank', { action: 'lookup_code', code: made.data.digits })).error?.code, 'REDEEM.NOT_FOUND');
    assert.equal((await other('bank', { action: 'lookup_code', code: made.data.token })).error?.code, 'REDEEM.NOT_FOUND');
    assert.equal((await other('bank', { action: 'redeem', reservationId: made.data.reservationId })).error?.code, 'REDEEM.NOT_FOUND');
    assert.equal(
      (await person(cloud, V)('bank', { action: 'redeem', reservationId: made.data.reservationId })).error?.code,
      'AUTH.FORBIDDEN',
    );

    const v = person(cloud, V);
    const list = await v('bank', { action: 'my_reservations', page: 0 });
    assert.ok(list.data.items.every((i: { reservationId: string }) => i.reservationId !== made.data.reservationId));
    assert.equal(
      (await v('bank', { action: 'cancel_reservation', reservationId: made.data.reservationId })).error?.code,
      'REDEEM.NOT_FOUND',
    );
    const before = balanceIn(cloud.db, `passbook:${OTHER}`);
    const cancelled = await person(cloud, OTHER)('bank', { action: 'cancel_reservation', reservationId: made.data.reservationId });
    assert.equal(cancelled.data.status, 'cancelled');
    assert.equal(balanceIn(cloud.db, `passbook:${OTHER}`), before + 30);
    assert.deepEqual(reservationViolations(cloud), []);
  });
});

describe('expiry', () => {
  test('the timer releases points and stock once, even when it runs twice', async () => {
    await rewardItem(cloud.db, 'rd-expire', 20, 5);
    const v = person(cloud, V);
    const made = await v('bank', { action: 'reserve', itemId: 'rd-expire', requestId: req() });
    const before = balanceIn(cloud.db, `passbook:${V}`);
    await cloud.db.update(
      'reservations',
      { _id: made.data.reservationId },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
      { multi: false, replace: false, upsert: false },
    );
    const [a, b] = await Promise.all([timer(), timer()]);
    assert.equal(a + b, 1, `two runs at once expired ${a} and ${b}`);
    assert.equal(await timer(), 0, 'a third run finds nothing');
    assert.equal(balanceIn(cloud.db, `passbook:${V}`), before + 20);
    assert.equal(rewardIn(cloud.db, 'rd-expire').stock, 5);
    const mine = await v('bank', { action: 'my_reservations', page: 0 });
    const it = mine.data.items.find((i: { reservationId: string }) => i.reservationId === made.data.reservationId);
    assert.equal(it.status, 'expired');
    assert.equal(it.digits, undefined, 'an expired code is not shown');
    assert.deepEqual(reservationViolations(cloud), []);
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
  });
});

describe('the merchant’s items', () => {
  test('create, list, change with the version seen; another shop’s item reads as not found', async () => {
    const m = person(cloud, MERCHANT);
    const made = await m('bank', { action: 'save_item', version: 0, name: '酱油', points: 15, stock: 8, active: true });
    assert.equal(made.ok, true, JSON.stringify(made.error));
    const list = await m('bank', { action: 'shop_items', page: 0 });
    assert.equal(list.data.shopName, '幸福超市');
    assert.ok(list.data.items.some((i: { name: string }) => i.name === '酱油'));
    const change = { action: 'save_item', itemId: made.data.itemId, name: '酱油', points: 18, stock: 8, active: false };
    assert.equal((await m('bank', { ...change, version: 1 })).data.version, 2);
    assert.equal((await m('bank', { ...change, version: 1 })).error?.code, 'REDEEM.ITEM_CHANGED');
    assert.equal(rewardIn(cloud.db, made.data.itemId).available, false, 'inactive: out of the catalogue');
    const other = await person(cloud, OTHER_MERCHANT)('bank', { ...change, version: 2 });
    assert.equal(other.error?.code, 'REDEEM.ITEM_NOT_FOUND');
  });
});

describe('indexes', () => {
  test('every query the bank function made in this file was served by a declared index', () => {
    const bank = cloud.log.since(0).filter((e) => e.fn === 'bank');
    assert.ok(bank.length > 100, `${bank.length} requests`);
    assert.deepEqual(
      bank.filter((e) => !e.served).map((e) => `${e.action} ${e.collection} ${e.fields.join(',')}`),
      [],
    );
    const catalogue = bank.filter((e) => e.collection === 'rewards' && e.fields.includes('available'));
    assert.ok(catalogue.length > 0 && catalogue.every((e) => e.examined <= 21), 'the catalogue examines one page');
  });
});
