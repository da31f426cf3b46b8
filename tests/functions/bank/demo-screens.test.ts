// `npm start`'s store as start.ts makes it (the demo folder database/demo/store imported at now, its
// dates moved to today), read through the real functions: every bank screen the README points to has
// content, and bank:verify finds the books in agreement.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { agrees, describeReport, verifyDatabase } from '../../../scripts/bank-verify';
import { sharedFunctions } from '../../helpers/built';
import { DEMO_SERVICES } from '../../../scripts/demo-history-data';
import { DEMO_STORE_DIR } from '../../../scripts/demo-store';
import { importStore } from '../../../localcloud/store/load';
import { loadManifest } from '../../../localcloud/store/manifest';
import { chinaDateTime } from '../../../src/domain/bank/window';
import { startTestCloud } from '../../helpers/cloud';
import { person } from '../../helpers/people';

let cloud: LocalCloud;
const now = new Date();
/** YYYY-MM of a moment, China time. */
const monthOf = (d: Date) => chinaDateTime(d).slice(0, 7);
const DAY = 86_400_000;
/** A month ago: its year and month hold most of the history whatever the day the test runs. */
const monthAgo = monthOf(new Date(now.getTime() - 30 * DAY));
const year = Number(monthAgo.slice(0, 4));

beforeAll(async () => {
  const functionsDir = await sharedFunctions();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-demo-screens-'));
  await importStore(dataDir, DEMO_STORE_DIR, { manifest: loadManifest(), now });
  cloud = await startTestCloud({ functionsDir, dataDir });
});
afterAll(() => cloud.stop());

const ok = async (who: string, fn: string, event: Record<string, unknown>) => {
  const r = await person(cloud, who)(fn, event);
  assert.equal(r.ok, true, `${who} ${fn}.${String(event.action)}: ${JSON.stringify(r.error)}`);
  return r.data;
};

describe("the demo's bank screens", () => {
  test('the volunteer: 明细, 月度对账, 我的荣誉, 我的', async () => {
    const book = await ok('demo-volunteer', 'volunteer', { action: 'passbook', page: 0 });
    assert.ok(book.balance > 0 && book.entries.length >= 15, JSON.stringify(book));
    assert.deepEqual(book.waiting, { count: 0, points: 0 });
    const months = await ok('demo-volunteer', 'bank', { action: 'passbook_months', year });
    assert.ok(months.months.some((m: { in: number }) => m.in > 0));
    const honours = await ok('demo-volunteer', 'bank', { action: 'recognition' });
    const earned = honours.earned.map((b: { id: string }) => b.id);
    assert.ok(earned.length >= 3, JSON.stringify(earned));
    const served = await ok('demo-volunteer', 'volunteer', { action: 'history', page: 0 });
    assert.ok(
      served.items.length >= 12 && served.items.every((i: { outcome: string; points: number }) => i.outcome === 'paid' && i.points > 0),
    );
  });

  test('party members: the leader is above 25 hours, the branch sees two below', async () => {
    const leader = await ok('demo-leader', 'bank', { action: 'recognition' });
    // The seed's services credited this year (China time), from the seed's own list.
    const thisYear = monthOf(now).slice(0, 4);
    const expected = DEMO_SERVICES.filter((s) => s.volunteer === 'demo-leader')
      .filter((s) => monthOf(new Date(now.getTime() - s.daysAgo * DAY)).startsWith(thisYear))
      .reduce((sum, s) => sum + s.minutes, 0);
    assert.equal(leader.party?.minutes, expected);
    assert.ok(DEMO_SERVICES.filter((s) => s.volunteer === 'demo-leader').reduce((sum, s) => sum + s.minutes, 0) >= 25 * 60);
    const party = await ok('demo-admin', 'bank', { action: 'party_hours', page: 0 });
    assert.ok(party.below >= 2, JSON.stringify(party));
  });

  test('the admin: 年总评 for both communities, 月兑换, 储蓄所星级, 核对', async () => {
    const yearly = await ok('demo-admin', 'bank', { action: 'reviews', period: 'year', at: monthAgo });
    assert.ok(yearly.street.length >= 4, JSON.stringify(yearly.street));
    assert.deepEqual(yearly.communities.map((c: { communityId: string }) => c.communityId).sort(), ['c-jinding', 'c-qingyun']);
    const redeemedMonth = monthOf(new Date(now.getTime() - 3 * DAY));
    const month = await ok('demo-admin', 'bank', { action: 'reviews', period: 'month', at: redeemedMonth });
    assert.ok(month.redemptions.count >= 1);
    const offices = await ok('demo-admin', 'bank', { action: 'offices', year });
    assert.ok(
      offices.offices.some((o: { indicators: { value: number }[] }) => o.indicators.every((i) => i.value > 0)),
      JSON.stringify(offices),
    );
    const verify = await ok('demo-admin', 'bank', { action: 'verify' });
    assert.deepEqual([verify.total, verify.unbalanced, verify.differences], [0, [], []]);
  });

  test('the merchant: 月结账单 has lines', async () => {
    const redeemedMonth = monthOf(new Date(now.getTime() - 3 * DAY));
    const s = await ok('demo-merchant', 'bank', { action: 'shop_statement', month: redeemedMonth });
    assert.ok(s.count >= 1 && s.total > 0, JSON.stringify(s));
  });

  test('bank:verify over the store: no difference', () => {
    const r = verifyDatabase(cloud.db);
    assert.equal(agrees(r), true, describeReport(r).join('\n'));
  });
});
