// Third-party-style functions (tests/fixtures/thirdparty: an accounting book, a booking system, a
// leads tracker), unmodified, on the local cloud started as `localcloud --functions … --manifest …`.
// Each row is one behaviour as WeChat Cloud shows it; rows run in order and build on each other.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { target } from '../../helpers/cloud';
import { runSdk, withSdk } from '../../helpers/sdk';
import { startConformance, type Conformance } from './harness';

let c: Conformance;
beforeAll(async () => {
  c = await startConformance({ args: ['--instances', '4'] });
});
afterAll(() => c?.cloud.stop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results of plain-JS functions
type Any = any;
const ALICE = 'o_alice';
const BOB = 'o_bob';
const APPID = 'wx7hirdpar7y00001'; // tests/fixtures/thirdparty/project.config.json
const ledger = (openid: string, event: Record<string, unknown>) => c.client(openid, 'ledger', event) as Promise<Any>;
const leads = (openid: string, event: Record<string, unknown>) => c.client(openid, 'leads', event) as Promise<Any>;
const booking = (openid: string, event: Record<string, unknown>) => c.client(openid, 'booking', event) as Promise<Any>;
let leadAddedAt = 0;

const BILLS = [
  { amount: 30, category: 'food', date: '2026-10-03', remark: '早饭' },
  { amount: 120, category: 'food', date: '2026-10-09' },
  { amount: 45, category: 'transport', date: '2026-10-20', remark: '打车' },
  { amount: 200, category: 'rent', date: '2026-11-01', remark: '房租' },
  { amount: 15, category: 'food', date: '2026-11-05' },
];

const CHECKS: Array<[string, () => Promise<void>]> = [
  // --- the host: installs, manifest, identity ---
  [
    'each function with a package.json had its dependencies installed',
    async () => {
      expect([...c.installed].sort()).toEqual(['booking', 'leads', 'ledger']);
    },
  ],
  [
    "only the manifest's collections exist: none of this product's",
    async () => {
      expect(c.cloud.db.collectionNames().sort()).toEqual(['bills', 'bookings', 'sessions']);
    },
  ],
  [
    "event.userInfo is injected for a client call: the caller's openId and the project's appId",
    async () => {
      const r = await leads(ALICE, { action: 'whoami' });
      expect(r.userInfo).toEqual({ appId: APPID, openId: ALICE });
      expect(r.context).toMatchObject({ OPENID: ALICE, APPID, SOURCE: 'wx_client' });
    },
  ],
  [
    'a userInfo sent by the client is overwritten (no impersonation)',
    async () => {
      const r = await leads(BOB, { action: 'whoami', userInfo: { appId: 'wxforged', openId: ALICE } });
      expect(r.userInfo).toEqual({ appId: APPID, openId: BOB });
    },
  ],
  [
    "through the HTTP gateway too, a forged userInfo is overwritten by the session's",
    async () => {
      const r = (await c.http(BOB, 'leads', { action: 'whoami', userInfo: { openId: ALICE } })) as Any;
      expect(r.userInfo).toEqual({ appId: APPID, openId: BOB });
    },
  ],
  [
    "a script's callFunction (not a client) gets no userInfo: the event is as sent",
    async () => {
      const r = await withSdk(
        target(c.cloud),
        async ({ cloud }) => (await cloud.callFunction({ name: 'leads', data: { action: 'whoami' } })).result,
      );
      expect((r as Any).userInfo).toBeNull();
    },
  ],
  // --- leads: createCollection, serverDate, -502005, userInfo as owner ---
  [
    'reading a collection nobody created answers errCode -502005',
    async () => {
      expect(await leads(ALICE, { action: 'archive' })).toEqual({ errCode: -502005 });
    },
  ],
  [
    'the first add meets -502005, creates the collection and adds',
    async () => {
      leadAddedAt = Date.now();
      const r = await leads(ALICE, { action: 'add', name: '张先生' });
      expect(typeof r.id).toBe('string');
      expect(c.cloud.db.collectionNames()).toContain('leads');
    },
  ],
  [
    'createCollection on an existing collection fails',
    async () => {
      const r = await leads(ALICE, { action: 'init' });
      expect(r.created).toBe(false);
      expect(typeof r.errCode).toBe('number');
    },
  ],
  [
    "a forged userInfo does not make the lead someone else's",
    async () => {
      await leads(BOB, { action: 'add', name: '李女士', userInfo: { openId: ALICE } });
      const alices = await leads(ALICE, { action: 'mine' });
      expect(alices.map((l: Any) => l.name)).toEqual(['张先生']);
      expect((await leads(BOB, { action: 'mine' })).map((l: Any) => l.owner)).toEqual([BOB]);
    },
  ],
  [
    "serverDate() is the server's clock, and serverDate({ offset }) adds to it",
    async () => {
      const [lead] = await leads(ALICE, { action: 'mine' });
      const created = Date.parse(lead.createdAt);
      expect(created).toBeGreaterThanOrEqual(leadAddedAt - 1000);
      expect(created).toBeLessThanOrEqual(Date.now());
      expect(Date.parse(lead.followUpAt) - created).toBe(24 * 60 * 60 * 1000);
    },
  ],
  // --- ledger: where with command operators, orderBy, field, aggregate ---
  [
    'add stores bills for two users',
    async () => {
      for (const b of BILLS) expect(typeof (await ledger(ALICE, { action: 'add', ...b })).id).toBe('string');
      await ledger(BOB, { action: 'add', amount: 999, category: 'food', date: '2026-10-05' });
    },
  ],
  [
    'where(gte.and(lte)) + orderBy(date desc) answers the range, newest first',
    async () => {
      const list = await ledger(ALICE, { action: 'list', min: 20, max: 150 });
      expect(list.map((b: Any) => b.date)).toEqual(['2026-10-20', '2026-10-09', '2026-10-03']);
    },
  ],
  [
    'field() keeps only the asked fields (and _id)',
    async () => {
      const [noRemark, rent] = await ledger(ALICE, { action: 'list' });
      expect(Object.keys(rent).sort()).toEqual(['_id', 'amount', 'category', 'date', 'remark']);
      expect(Object.keys(noRemark).sort()).toEqual(['_id', 'amount', 'category', 'date']);
    },
  ],
  [
    '_.in filters by a list; a user sees only their own bills',
    async () => {
      const list = await ledger(ALICE, { action: 'list', categories: ['rent', 'transport'] });
      expect(list.map((b: Any) => b.category).sort()).toEqual(['rent', 'transport']);
      expect((await ledger(BOB, { action: 'list' })).map((b: Any) => b.amount)).toEqual([999]);
    },
  ],
  [
    'count with _.and / _.or / _.gt / _.neq',
    async () => {
      expect(await ledger(ALICE, { action: 'count' })).toEqual({ total: 3 }); // 120, transport 45, rent 200
    },
  ],
  [
    'aggregate group + sum + sort: one row per month, in order',
    async () => {
      const rows = await ledger(ALICE, { action: 'monthly' });
      expect(rows.map((r: Any) => [r._id, r.total, r.count])).toEqual([
        ['2026-10', 195, 3],
        ['2026-11', 215, 2],
      ]);
    },
  ],
  [
    '$push of an object: a missing field stays missing (not null)',
    async () => {
      const [oct] = await ledger(ALICE, { action: 'monthly' });
      expect(oct.items).toEqual([{ amount: 30, remark: '早饭' }, { amount: 120 }, { amount: 45, remark: '打车' }]);
    },
  ],
  [
    '$push of a missing field adds nothing',
    async () => {
      const rows = await ledger(ALICE, { action: 'monthly' });
      expect(rows.map((r: Any) => r.remarks)).toEqual([['早饭', '打车'], ['房租']]);
    },
  ],
  [
    'where().update() with _.inc updates every match and says how many',
    async () => {
      expect(await ledger(ALICE, { action: 'raise', category: 'food', by: 1 })).toEqual({ updated: 3 });
      const food = await ledger(ALICE, { action: 'list', categories: ['food'] });
      expect(food.map((b: Any) => b.amount)).toEqual([16, 121, 31]);
    },
  ],
  [
    "queries on declared collections were served by the manifest's indexes",
    async () => {
      const bills = c.cloud.log.since(0).filter((e) => e.collection === 'bills' && e.action === 'database.getDocument');
      expect(bills.length).toBeGreaterThan(0);
      expect(bills.filter((e) => !e.served)).toEqual([]);
    },
  ],
  // --- booking: a transaction race ---
  [
    'a session is opened with set() (upsert)',
    async () => {
      expect(await booking(ALICE, { action: 'open', sessionId: 's1', title: '周六义剪', capacity: 3 })).toEqual({ ok: true });
    },
  ],
  [
    '10 concurrent bookings for 3 seats: exactly 3 succeed, the rest are refused',
    async () => {
      const users = Array.from({ length: 10 }, (_, i) => `o_guest_${i}`);
      // Warm all 4 instances first: cold starts would spread the bookings out in time.
      await Promise.all(users.map(() => booking(ALICE, { action: 'session', sessionId: 's1' })));
      const before = c.cloud.log.last;
      const results = await Promise.all(users.map((u) => booking(u, { action: 'book', sessionId: 's1' })));
      // It was a race: conflicting commits made runTransaction retry (more session reads than bookings).
      const reads = c.cloud.log
        .since(before)
        .filter((e) => e.collection === 'sessions' && e.inTransaction && e.action === 'database.getDocument').length;
      console.log(`booking race: ${reads} transactional session reads for ${users.length} bookings`);
      expect(reads).toBeGreaterThan(users.length);
      const ok = results.filter((r) => r.ok);
      expect(ok.length).toBe(3);
      expect(ok.map((r) => r.seat).sort()).toEqual([1, 2, 3]);
      // Refused as full, or (rarely) after losing the race 3 times, which takes 3 successful bookings anyway.
      const refused = results.filter((r) => !r.ok).map((r) => String(r.reason));
      expect(refused.filter((reason) => reason !== 'full' && !/conflict/i.test(reason))).toEqual([]);
      expect(refused.length).toBe(7);
    },
  ],
  [
    'the session counts 3 booked and the bookings collection holds 3',
    async () => {
      expect(await booking(ALICE, { action: 'session', sessionId: 's1' })).toMatchObject({ capacity: 3, booked: 3 });
      const n = await withSdk(
        target(c.cloud),
        async ({ db }) => (await db.collection('bookings').where({ sessionId: 's1' }).count()).total,
      );
      expect(n).toBe(3);
    },
  ],
  [
    'booking twice is refused inside the transaction',
    async () => {
      await booking(ALICE, { action: 'open', sessionId: 's2', title: '读书会', capacity: 5 });
      expect(await booking(ALICE, { action: 'book', sessionId: 's2' })).toMatchObject({ ok: true, seat: 1 });
      expect(await booking(ALICE, { action: 'book', sessionId: 's2' })).toEqual({ ok: false, reason: 'already booked' });
    },
  ],
  [
    'an SDK read of a missing collection from a script fails with -502005 too',
    async () => {
      const out = await runSdk(target(c.cloud), async ({ db }) => db.collection('nope').get());
      assert.equal(out.ok, false);
      expect(out.error?.code).toBe(-502005);
    },
  ],
];

test.each(CHECKS)('%s', async (_name, check) => {
  await check();
});
