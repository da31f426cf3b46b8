// Faults: the local cloud killed with SIGKILL in the middle of 1000 submissions through its gateway;
// cloud functions that time out or fail halfway through the credit transaction; a store that stops,
// delays or refuses the credit commit. Afterwards nothing is half-written, nothing acknowledged is lost,
// nothing lands twice, and the hourly timer pays exactly once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import type { JournalRecord } from '../../localcloud/store/journal';
import { SERVICE_MENU } from '../../src/domain/menu';
import type { Wish } from '../../src/domain/wish/wish';
import { seedDemo } from '../../scripts/demo-data';
import { quotaKeysFor } from '../../cloudfunctions/_lib/collections/quotas';
import { startTestCloud } from '../helpers/cloud';
import { wishForm } from '../helpers/people';
import { bundleFixture } from '../helpers/fixture-function';
import { withSdk } from '../helpers/sdk';
import { api, bounded, devLogin, seededDataDir, startCloudProcess } from './fault-process';
import { functionsCopy, sharedFunctions } from '../helpers/built';
import { accountsOf, checkInvariants, journalOf, scale } from './race-invariants';

const figures: string[] = [];
const t0 = Date.now();
afterAll(() =>
  console.log(['', '=== faults.test.ts figures ===', ...figures, `total ${((Date.now() - t0) / 1000).toFixed(1)} s`, ''].join('\n')),
);

// ---------------------------------------------------------------------------------------------------
// (a) kill -9 of the local cloud process in the middle of 1000 submissions through POST /api/wish.

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['桂兰', '秀英', '建国', '淑珍', '玉梅', '志强', '海燕', '德明'];

interface Filing {
  openid: string;
  cookie?: string;
  event: Record<string, unknown>;
}

/** The fields a stored wish has after submit, and nothing else. */
const WISH_KEYS = [
  '_id',
  'status',
  'version',
  'category',
  'description',
  'urgency',
  'preferredTime',
  'photos',
  'buildingId',
  'communityId',
  'sponsorId',
  'room',
  'contact',
  'phoneTail',
  'filedBy',
  'proxy',
  'createdAt',
  'dueAt',
  'excludedTeamIds',
  'consentAt',
  'history',
].sort();

/** `wishId` as the submission's answer named it (the id is derived from the filer and the requestId). */
function assertWhole(doc: Record<string, unknown>, f: Filing, wishId: string): void {
  const e = f.event;
  assert.deepEqual(Object.keys(doc).sort(), WISH_KEYS, `${String(doc._id)}: exactly the submitted fields`);
  assert.deepEqual(
    {
      _id: doc._id,
      status: doc.status,
      version: doc.version,
      category: doc.category,
      description: doc.description,
      urgency: doc.urgency,
      preferredTime: doc.preferredTime,
      photos: doc.photos,
      buildingId: doc.buildingId,
      room: doc.room,
      contact: doc.contact,
      phoneTail: doc.phoneTail,
      filedBy: doc.filedBy,
      proxy: doc.proxy,
      excludedTeamIds: doc.excludedTeamIds,
      history: doc.history,
      communityId: doc.communityId,
      sponsorId: doc.sponsorId,
    },
    {
      _id: wishId,
      status: 'submitted',
      version: 1,
      category: e.category,
      description: e.description,
      urgency: e.urgency,
      preferredTime: e.preferredTime,
      photos: e.photos,
      buildingId: e.buildingId,
      room: e.room,
      contact: e.contact,
      phoneTail: (e.contact as { phone: string }).phone.slice(-4),
      filedBy: f.openid,
      proxy: false,
      excludedTeamIds: [],
      history: [],
      communityId: 'c-jinding',
      sponsorId: 'street-xmh',
    },
  );
  for (const k of ['createdAt', 'dueAt', 'consentAt'])
    assert.ok(doc[k] instanceof Date && !Number.isNaN((doc[k] as Date).getTime()), `${String(doc._id)}.${k} is a date`);
}

async function allWishes(target: { adminUrl: string; adminToken: string }): Promise<Array<Record<string, unknown>>> {
  return withSdk(target, async ({ db }) => {
    const out: Array<Record<string, unknown>> = [];
    for (let skip = 0; ; skip += 1000) {
      const { data } = await db.collection('wishes').orderBy('_id', 'asc').skip(skip).limit(1000).get();
      out.push(...data);
      if (data.length < 1000) return out;
    }
  });
}

describe('(a) the local cloud process killed with SIGKILL mid-stream', () => {
  test('1000 residents submit through the gateway; kill -9 after ~40 % are acknowledged; every acknowledged wish survives whole, none twice; retries with the same requestId land once', async () => {
    const N = scale(1000);
    const CONCURRENCY = 24;
    // The functions as built, only read: the run's shared build.
    const functionsDir = await sharedFunctions();
    const dataDir = await seededDataDir('msb-faults-kill-');
    const first = await startCloudProcess({ dataDir, functionsDir, poolSize: 4 });

    const filings: Filing[] = Array.from({ length: N }, (_x, i) => ({
      openid: `kill-res-${i}`,
      event: wishForm({
        requestId: `kill${i}x${Math.random().toString(36).slice(2, 10)}`,
        contact: { name: `${SURNAMES[i % 10]}${GIVEN[Math.floor(i / 10) % 8]}`, phone: `136${String(10_000_000 + i).slice(-8)}` },
        room: `${101 + (i % 400)}`,
        description: `第${i}号心愿：楼道灯不亮，需要更换灯泡`,
        category: (['repairs', 'cleaning', 'errands', 'health_check'] as const)[i % 4],
        urgency: i % 7 === 0 ? 'urgent' : 'normal',
      }),
    }));
    const tLogin = Date.now();
    await bounded(filings, 32, async (f) => {
      f.cookie = await devLogin(first.baseUrl, f.openid);
    });
    const loginMs = Date.now() - tLogin;

    // Fire the submissions; kill -9 once ~40 % are acknowledged (HTTP 200, ok:true).
    const acked = new Map<number, string>();
    const refused: string[] = [];
    let failedInFlight = 0;
    let killed = false;
    let inFlight = 0;
    let inFlightAtKill = 0;
    const tSubmit = Date.now();
    await bounded(
      filings,
      CONCURRENCY,
      async (f, i) => {
        inFlight++;
        try {
          const r = await api(first.baseUrl, f.cookie, 'wish', f.event);
          if (r.status === 200 && r.body.ok === true && r.body.data?.outcome === 'created') acked.set(i, r.body.data.wishId as string);
          else refused.push(`${r.status} ${r.body.error?.code ?? JSON.stringify(r.body.data)}`);
        } catch {
          failedInFlight++; // the connection died with the process: not acknowledged
        } finally {
          inFlight--;
        }
        if (!killed && acked.size >= Math.floor(N * 0.4)) {
          killed = true;
          inFlightAtKill = inFlight;
          first.child.kill('SIGKILL');
        }
      },
      () => killed,
    );
    await first.exited;
    const submitMs = Date.now() - tSubmit;
    const ackedBeforeKill = acked.size;
    assert.deepEqual(refused, [], 'no submission was refused before the kill');
    assert.ok(killed, 'the process was killed mid-stream');

    // Restart on the same data folder: every acknowledged wish is there and whole.
    const second = await startCloudProcess({ dataDir, functionsDir, poolSize: 4 });
    try {
      const afterRestart = await allWishes(second);
      const byId = new Map(afterRestart.map((d) => [d._id as string, d]));
      assert.equal(byId.size, afterRestart.length, 'no _id twice');
      const lost = [...acked.values()].filter((id) => !byId.has(id));
      assert.deepEqual(lost, [], 'no acknowledged submission is lost');
      for (const [i, wishId] of acked) assertWhole(byId.get(wishId)!, filings[i]!, wishId);
      const landedUnacked = afterRestart.length - acked.size;

      // Retry every unacknowledged submission with the same requestId and the same session.
      const pending = filings.map((f, i) => ({ f, i })).filter(({ i }) => !acked.has(i));
      const retryAnswers: Record<string, number> = {};
      const tRetry = Date.now();
      await bounded(pending, CONCURRENCY, async ({ f, i }) => {
        const r = await api(second.baseUrl, f.cookie, 'wish', f.event);
        const key = r.status === 200 && r.body.ok ? `200 ${r.body.data?.outcome}` : `${r.status} ${r.body.error?.code}`;
        retryAnswers[key] = (retryAnswers[key] ?? 0) + 1;
        if (r.body.ok) acked.set(i, r.body.data.wishId as string);
      });
      const retryMs = Date.now() - tRetry;
      // …and once more for all of them: still one wish each.
      await bounded(filings.slice(0, 50), CONCURRENCY, async (f, i) => {
        const r = await api(second.baseUrl, f.cookie, 'wish', f.event);
        assert.equal(r.body.data?.wishId, acked.get(i), 'a repeated requestId answers the same wish');
      });

      const final = await allWishes(second);
      const perFiler = new Map<string, number>();
      for (const d of final) perFiler.set(d.filedBy as string, (perFiler.get(d.filedBy as string) ?? 0) + 1);
      assert.equal(final.length, N, `exactly ${N} wishes in the end`);
      assert.ok(
        [...perFiler.values()].every((n) => n === 1),
        'one wish per resident',
      );
      const finalByFiler = new Map(final.map((d) => [d.filedBy as string, d]));
      filings.forEach((f, i) => assertWhole(finalByFiler.get(f.openid)!, f, acked.get(i)!));
      assert.deepEqual(Object.keys(retryAnswers), ['200 created'], `retries: ${JSON.stringify(retryAnswers)}`);

      figures.push(
        [
          `kill -9 mid-stream: ${N} residents logged in through POST /__dev/login in ${loginMs} ms; submissions at concurrency ${CONCURRENCY}, pool 4 per function`,
          `  before the kill (${submitMs} ms): ${ackedBeforeKill} acknowledged, ${inFlightAtKill} in flight at the kill, ${failedInFlight} connections cut`,
          `  after restart: ${afterRestart.length} present (${landedUnacked} landed without an acknowledgement), 0 lost, 0 duplicated, all whole`,
          `  retried ${pending.length} unacknowledged with the same requestId in ${retryMs} ms → ${JSON.stringify(retryAnswers)}; final ${final.length} wishes, one per resident`,
        ].join('\n'),
      );
    } finally {
      await second.stop();
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// (b) Functions that time out or fail in the middle of the credit transaction; a store that stops,
// delays or refuses the credit commit. An in-process local cloud, so the test can reach its store.

let cloud: LocalCloud;
/**
 * `wish-short` is the real `wish` bundle under another name with a 3 s timeout (10 s in config.json), for
 * the tests that make it time out; everything else calls `wish`. `fault-credit` (the fixture) throws at
 * once or hangs: its timeout only has to outlast the steps before the fault.
 */
const SHORT_TIMEOUT_S = 3;
/** The credit transaction's SDK calls (fault-functions/fault-credit.ts lists them). */
const CREDIT_STEPS = 10;
const FAULT_TIMEOUT_S = 3;

async function startFaultCloud(): Promise<LocalCloud> {
  const functionsDir = await functionsCopy('security-faults-inproc');
  await bundleFixture(path.join(__dirname, 'fault-functions/fault-credit.ts'), functionsDir, 'fault-credit', FAULT_TIMEOUT_S);
  const short = path.join(functionsDir, 'wish-short');
  fs.cpSync(path.join(functionsDir, 'wish'), short, { recursive: true });
  const config = JSON.parse(fs.readFileSync(path.join(short, 'config.json'), 'utf8')) as Record<string, unknown>;
  delete config.triggers;
  fs.writeFileSync(path.join(short, 'config.json'), JSON.stringify({ ...config, timeout: SHORT_TIMEOUT_S }));
  const c = await startTestCloud({ functionsDir, poolSize: 4 });
  await seedDemo(c.db);
  return c;
}

interface Call {
  ok: boolean;
  data?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { code: string };
  host?: string;
}

async function call(openid: string | undefined, fn: string, event: Record<string, unknown>): Promise<Call> {
  const r = await cloud.host.invoke(fn, event, { source: 'wx_client', openid });
  return r.ok ? (r.result as Call) : { ok: false, host: r.code };
}

async function runTimer(): Promise<Call> {
  const r = await cloud.host.invoke(
    'wish',
    { Type: 'Timer', TriggerName: 'hourly-close', Time: new Date().toISOString() },
    { source: 'wx_trigger' },
  );
  return r.ok ? (r.result as Call) : { ok: false, host: r.code };
}

const wishDoc = (id: string) => cloud.db.get('wishes').docs.get(id) as unknown as Wish;
let residents = 0;

/** A wish served by `volunteer` up to `completed`; returns it with its owner. */
async function served(volunteer = 'demo-volunteer'): Promise<{ wishId: string; owner: string }> {
  residents++;
  const owner = `fault-res-${residents}`;
  const s = await call(owner, 'wish', wishForm({ contact: { name: '周玉梅', phone: `1355${String(residents).padStart(7, '0')}` } }));
  assert.equal(s.data?.outcome, 'created', JSON.stringify(s));
  const wishId = s.data.wishId as string;
  for (const [who, fn, event] of [
    ['demo-dispatcher', 'dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' }],
    [volunteer, 'volunteer', { action: 'claim', wishId }],
    [volunteer, 'volunteer', { action: 'check_in', wishId }],
    [volunteer, 'volunteer', { action: 'complete', wishId, summary: '已更换灯泡', minutes: 30 }],
  ] as const) {
    const r = await call(who, fn, event);
    assert.equal(r.ok, true, `${fn}.${event.action}: ${JSON.stringify(r)}`);
  }
  return { wishId, owner };
}

/** What a credit could touch: the journal, every balance, the wish. */
function snapshot(wishId: string) {
  const w = wishDoc(wishId);
  return {
    journal: journalOf(cloud.db)
      .map((e) => e._id)
      .sort(),
    accounts: Object.fromEntries(accountsOf(cloud.db).map((a) => [a._id, [a.balance, a.minutes]])),
    wish: { status: w.status, version: w.version, history: w.history.length, creditEntryId: w.creditEntryId ?? null },
  };
}

async function backdate(wishId: string): Promise<void> {
  await cloud.db.update(
    'wishes',
    { _id: wishId },
    { $set: { completedAt: new Date(Date.now() - 8 * 86_400_000) } },
    { multi: false, replace: false, upsert: false },
  );
}

type Commit = (record: JournalRecord) => Promise<void>;
/** Replaces the store's commit for records that write `collection` (the store stops, delays or fails there). */
function interceptCommits(collection: string, instead: (record: JournalRecord, original: Commit) => Promise<void>): () => void {
  const db = cloud.db as unknown as { commit: Commit };
  const original = db.commit.bind(cloud.db);
  db.commit = (record) => (record.puts?.some((p) => p.c === collection) ? instead(record, original) : original(record));
  return () => {
    db.commit = original;
  };
}

const creditsOf = (wishId: string) => journalOf(cloud.db).filter((e) => e.wishId === wishId);

describe('(b) timeouts and failures in the middle of a write', () => {
  beforeAll(async () => {
    cloud = await startFaultCloud();
  });
  afterAll(() => cloud.stop());

  test('the credit transaction interrupted after each of its steps (throw, or hang past the function timeout) leaves nothing; the timer then pays each wish exactly once', async () => {
    const outcomes: string[] = [];
    const wishes: string[] = [];
    // Throwing after each step, one at a time.
    for (let failAfter = 1; failAfter <= CREDIT_STEPS + 1; failAfter++) {
      const { wishId } = await served();
      wishes.push(wishId);
      const before = snapshot(wishId);
      const r = await cloud.host.invoke(
        'fault-credit',
        { wishId, failAfter, mode: 'throw', callbackSteps: CREDIT_STEPS },
        { source: 'wx_client', openid: 'fault-injector' },
      );
      const result = r.ok ? (r.result as { error?: string; steps: string[] }) : undefined;
      assert.match(result?.error ?? '', /injected fault/, `throw after step ${failAfter}: ${JSON.stringify(r)}`);
      assert.deepEqual(snapshot(wishId), before, `throw after step ${failAfter}: nothing of the transaction is visible`);
      outcomes.push(`throw@${failAfter}(${result!.steps.join(' → ')})`);
    }
    // Hanging after each step past the function's timeout: four at a time (the pool's size). The timeout
    // counts from main(): neither the wait for a free instance nor a cold start (worker boot, loading
    // the bundle) eats into it, so each run reaches its fault point however loaded the machine is.
    const hung = await Promise.all(Array.from({ length: CREDIT_STEPS + 1 }, () => served()));
    const befores = hung.map(({ wishId }) => snapshot(wishId));
    const runs = await Promise.all(
      hung.map(({ wishId }, i) =>
        cloud.host.invoke(
          'fault-credit',
          { wishId, failAfter: i + 1, mode: 'hang', callbackSteps: CREDIT_STEPS },
          { source: 'wx_client', openid: 'fault-injector' },
        ),
      ),
    );
    runs.forEach((r, i) => {
      const failAfter = i + 1;
      assert.equal(r.ok ? 'returned' : r.code, 'FUNCTION_TIMEOUT', `hang after step ${failAfter}`);
      assert.ok(
        r.durationMs >= FAULT_TIMEOUT_S * 1000,
        `hang after step ${failAfter}: the timeout measured the execution (${r.durationMs} ms)`,
      );
      const said = cloud.host.recentLogs('fault-credit', r.requestId).map((l) => l.text);
      assert.ok(
        said.includes(`hanging at fault point ${failAfter}, after ${Math.min(failAfter, CREDIT_STEPS)} steps`),
        `it hung where intended (${said.join(' | ')})`,
      );
      assert.deepEqual(snapshot(hung[i]!.wishId), befores[i], `hang after step ${failAfter}: nothing of the transaction is visible`);
      outcomes.push(`hang@${failAfter}`);
      wishes.push(hung[i]!.wishId);
    });
    // Time passes: the hourly timer closes these unrated services and pays for each exactly once.
    for (const id of wishes) await backdate(id);
    const first = await runTimer();
    const second = await runTimer();
    assert.equal(first.ok, true, JSON.stringify(first));
    assert.equal(first.data.credited, wishes.length);
    assert.equal(second.data.credited, 0, 'a second run finds nothing to pay');
    for (const id of wishes) {
      assert.equal(wishDoc(id).status, 'closed');
      assert.equal(creditsOf(id).length, 1, `${id}: one credit entry`);
    }
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
    figures.push(
      `credit transaction interrupted at each step: ${outcomes.length} runs (throw@1…${CREDIT_STEPS + 1} → error returned, hang@1…${CREDIT_STEPS + 1} → FUNCTION_TIMEOUT after ${FAULT_TIMEOUT_S} s), 0 visible effects; timer then credited ${first.data.credited}, a second run ${second.data.credited}`,
    );
    figures.push(`  steps of the credit transaction: ${outcomes[CREDIT_STEPS]!.replace(/^throw@\d+/, '')}`);
    const ms = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms`;
    figures.push(
      `  hang runs: execution ${ms(runs.map((r) => r.durationMs))}, cold-start init ${ms(runs.map((r) => r.initMs ?? 0))}, queued ${ms(runs.map((r) => r.queuedMs))}`,
    );
  });

  test('the store stops at the credit commit while the real `wish` function waits: FUNCTION_TIMEOUT, the rating stays, no credit is visible; the timer later credits exactly once', async () => {
    const { wishId, owner } = await served();
    const before = snapshot(wishId);
    let held = 0;
    const restore = interceptCommits('journal', () => {
      held++;
      return new Promise<void>(() => undefined); // the store never answers this commit and never applies it
    });
    let rate: Call;
    try {
      rate = await call(owner, 'wish-short', { action: 'rate', wishId, stars: 5, comment: '很及时' });
    } finally {
      restore();
    }
    assert.equal(rate.host, 'FUNCTION_TIMEOUT', JSON.stringify(rate));
    assert.equal(held, 1);
    const after = snapshot(wishId);
    assert.deepEqual(
      { journal: after.journal, accounts: after.accounts },
      { journal: before.journal, accounts: before.accounts },
      'no journal entry, no balance moved',
    );
    assert.equal(wishDoc(wishId).status, 'rated', 'the rating itself (a compare-and-set before the transaction) stays');
    const timer = await runTimer();
    assert.equal(timer.data?.credited, 1, JSON.stringify(timer));
    assert.equal((await runTimer()).data?.credited, 0);
    assert.equal(creditsOf(wishId).length, 1);
    assert.equal(wishDoc(wishId).status, 'closed');
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
    figures.push(
      `store stopped at the credit commit: rate → FUNCTION_TIMEOUT after ${SHORT_TIMEOUT_S} s, wish rated, 0 entries; timer → credited 1, again → 0`,
    );
  });

  test('the credit commit lands after the function timed out: all of it, once; the timer adds nothing', async () => {
    const { wishId, owner } = await served('demo-volunteer-2');
    const balanceBefore = cloud.db.get('accounts').docs.get('passbook:demo-volunteer-2')?.balance ?? 0;
    const delay = (SHORT_TIMEOUT_S + 1) * 1000;
    const restore = interceptCommits(
      'journal',
      (record, original) => new Promise<void>((resolve, reject) => setTimeout(() => original(record).then(resolve, reject), delay)),
    );
    let rate: Call;
    try {
      rate = await call(owner, 'wish-short', { action: 'rate', wishId, stars: 4 });
      assert.equal(rate.host, 'FUNCTION_TIMEOUT', JSON.stringify(rate));
      assert.equal(creditsOf(wishId).length, 0, 'not yet');
      const until = Date.now() + delay + 5000;
      while (creditsOf(wishId).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    } finally {
      restore();
    }
    assert.equal(wishDoc(wishId).status, 'closed', 'the late commit closed the wish');
    assert.equal(creditsOf(wishId).length, 1);
    assert.equal(
      cloud.db.get('accounts').docs.get('passbook:demo-volunteer-2')?.balance,
      (balanceBefore as number) + SERVICE_MENU.repairs.points,
    );
    assert.equal((await runTimer()).data?.credited, 0);
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
    figures.push(
      `credit commit delayed past the timeout: rate → FUNCTION_TIMEOUT, then the commit landed whole (1 entry, +${SERVICE_MENU.repairs.points} points); timer → 0`,
    );
  });

  test('a submission that times out between taking its quota and its insert: the retry (same requestId) lands once', async () => {
    const owner = 'fault-res-quota';
    const form = wishForm({ contact: { name: '吴海燕', phone: '13559990001' } });
    const restore = interceptCommits('wishes', () => new Promise<void>(() => undefined));
    let first: Call;
    try {
      first = await call(owner, 'wish-short', form);
    } finally {
      restore();
    }
    assert.equal(first.host, 'FUNCTION_TIMEOUT');
    const mineNow = () => [...cloud.db.get('wishes').docs.values()].filter((w) => w.filedBy === owner);
    assert.equal(mineNow().length, 0, 'nothing stored');
    const retry = await call(owner, 'wish', form);
    assert.equal(retry.data?.outcome, 'created', JSON.stringify(retry));
    const again = await call(owner, 'wish', form);
    assert.equal(again.data?.wishId, retry.data.wishId, 'the same requestId answers the same wish');
    assert.deepEqual(
      mineNow().map((w) => w._id),
      [retry.data.wishId],
    );
    const keys = quotaKeysFor(owner, '13559990001', new Date());
    const day = cloud.db.get('quotas').docs.get(keys.docId);
    const n = keys.openidField.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], day);
    figures.push(
      `submission timed out after its quota: retry landed once; the filer's daily counter reads ${String(n)} for 1 wish (the lost attempt's unit is not given back)`,
    );
    assert.ok(n === 1 || n === 2, String(n));
  });

  test('the store refuses the credit commit (an I/O error): the rating is kept, nothing of the credit is visible, the timer pays later — and the resident is told the rating was received', async () => {
    const { wishId, owner } = await served();
    const before = snapshot(wishId);
    const restore = interceptCommits('journal', () => Promise.reject(new Error('EIO: injected write failure')));
    let rate: Call;
    try {
      rate = await call(owner, 'wish', { action: 'rate', wishId, stars: 5 });
    } finally {
      restore();
    }
    const after = snapshot(wishId);
    assert.deepEqual({ journal: after.journal, accounts: after.accounts }, { journal: before.journal, accounts: before.accounts });
    assert.equal(wishDoc(wishId).status, 'rated');
    assert.equal((await runTimer()).data?.credited, 1);
    assert.equal(creditsOf(wishId).length, 1);
    figures.push(
      `credit commit refused by the store: state kept whole, timer credited 1; the resident's rate answered ${JSON.stringify(rate.ok ? rate.data : (rate.error ?? rate.host))}`,
    );
    // cloudfunctions/wish/lifecycle.ts says "a failure mid-way: the wish stays `rated` and the hourly timer retries",
    // so the answer should be the recorded rating (credited: false), not INTERNAL.ERROR (a retry then hears WISH.ALREADY_RATED).
    assert.deepEqual(rate.ok ? { status: rate.data.status, credited: rate.data.credited } : rate.error, {
      status: 'rated',
      credited: false,
    });
  });

  test('one wish the credit cannot pay (a category no longer on the menu) does not stop the hourly timer from paying the others', async () => {
    // The poisoned one: served, then its category renamed as a data migration might leave it; 8 days old.
    const poisoned = await served();
    await cloud.db.update(
      'wishes',
      { _id: poisoned.wishId },
      { $set: { category: 'snow_removal' } },
      { multi: false, replace: false, upsert: false },
    );
    await backdate(poisoned.wishId);
    // A healthy one, rated while the budget was empty (so it waits for the timer).
    const healthy = await served('demo-volunteer-2');
    const sponsor = 'sponsor:street-xmh';
    const budget = cloud.db.get('accounts').docs.get(sponsor)!.balance;
    await cloud.db.update('accounts', { _id: sponsor }, { $set: { balance: 0 } }, { multi: false, replace: false, upsert: false });
    const rated = await call(healthy.owner, 'wish', { action: 'rate', wishId: healthy.wishId, stars: 5 });
    await cloud.db.update('accounts', { _id: sponsor }, { $set: { balance: budget } }, { multi: false, replace: false, upsert: false });
    assert.deepEqual({ status: rated.data?.status, credited: rated.data?.credited }, { status: 'rated', credited: false });
    const runs = [await runTimer(), await runTimer()];
    figures.push(
      `poisoned wish ahead of a healthy one: timer answered ${runs.map((r) => JSON.stringify(r.ok ? r.data : r.error)).join(' then ')}; healthy wish ${wishDoc(healthy.wishId).status}`,
    );
    assert.equal(wishDoc(healthy.wishId).status, 'closed', 'the healthy wish was paid despite the poisoned one');
    assert.equal(wishDoc(poisoned.wishId).status, 'completed', 'the poisoned one waits, untouched');
    assert.ok(
      runs.every((r) => r.ok),
      'the timer run itself succeeds',
    );
  });

  test('an account document shaped so a step of the credit must fail (the passbook balance is text): the transaction must not commit half of itself', async () => {
    const volunteer = 'demo-leader';
    await cloud.db.insert('accounts', [{ _id: `passbook:${volunteer}`, kind: 'passbook', owner: volunteer, balance: '0', minutes: 0 }]);
    const { wishId, owner } = await served(volunteer);
    const before = snapshot(wishId);
    const rate = await call(owner, 'wish', { action: 'rate', wishId, stars: 5 });
    const after = snapshot(wishId);
    const report = checkInvariants(cloud.db);
    figures.push(
      `passbook balance stored as text '0': rate answered ${JSON.stringify(rate.ok ? rate.data : (rate.error ?? rate.host))}; ` +
        `journal +${after.journal.length - before.journal.length}, sponsor ${String(before.accounts['sponsor:street-xmh']?.[0])} → ${String(after.accounts['sponsor:street-xmh']?.[0])}, ` +
        `passbook ${JSON.stringify(after.accounts[`passbook:${volunteer}`])}; invariant violations: ${report.violations.join('; ') || 'none'}`,
    );
    // MongoDB (and so CloudBase) refuses `$inc` on a non-numeric field, which aborts the transaction.
    assert.deepEqual(
      { journal: after.journal, accounts: after.accounts },
      { journal: before.journal, accounts: before.accounts },
      'nothing of the transaction is visible',
    );
    // The only disagreement between stored balances and the journal is the text balance this test planted.
    assert.deepEqual(
      report.violations.filter((v) => !v.startsWith(`account passbook:${volunteer}:`)),
      [],
    );
  });
});
