// Races through the REAL functions with overlapping invocations (8 instances per function): one claim
// wins among 100, completions and ratings pay exactly once, dispatch vs cancel ends in one consistent
// state, and a randomized run of thousands of mixed operations keeps every store invariant.
// HARDENING_SCALE raises the randomized run's size; HARDENING_SEED replays one generated run.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { SERVICE_MENU, CATEGORIES, type Category } from '../../src/domain/menu';
import { WISH_LIFECYCLE as TRANSITIONS, type WishAction } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';
import { startFunctionsCloud } from '../helpers/functions';
import { wishForm, clientCall, type ClientAnswer } from '../helpers/people';
import { checkInvariants, journalOf, prng, scale, tally, wishesOf } from './race-invariants';

const POOL = 8;
let cloud: LocalCloud;
const t0 = Date.now();

// People. 100 members of 乐修匠 for the big claim race; small teams with leaders for the random run.
const CLAIMERS = Array.from({ length: 100 }, (_x, i) => `race-m-${i}`);
const TEAMS: Record<string, { leader: string; members: string[] }> = {
  't-lexiujiang': { leader: 'demo-leader', members: ['demo-volunteer', 'demo-volunteer-2', ...CLAIMERS.slice(0, 6)] },
  't-jiankang': { leader: 'race-lead-jk', members: ['demo-volunteer-2', 'race-jk-0', 'race-jk-1', 'race-jk-2', 'race-jk-3'] },
  't-paotui': { leader: 'race-lead-pt', members: ['race-pt-0', 'race-pt-1', 'race-pt-2', 'race-pt-3', 'race-m-0'] },
};
const DISPATCHERS = ['demo-dispatcher', 'race-disp-2'];

type Call = ClientAnswer;
const call = (openid: string | undefined, fn: string, event: Record<string, unknown>) => clientCall(cloud, openid, fn, event);

async function timer(): Promise<Call> {
  const r = await cloud.host.invoke(
    'wish',
    { Type: 'Timer', TriggerName: 'hourly-close', Time: new Date().toISOString() },
    { source: 'wx_trigger' },
  );
  return r.ok ? (r.result as Call) : { ok: false, error: { code: `HOST.${r.code}` } };
}

const wishDoc = (id: string) => cloud.db.get('wishes').docs.get(id) as unknown as Wish;

let residentNo = 0;
function resident(): { openid: string; phone: string } {
  residentNo++;
  return { openid: `race-res-${residentNo}`, phone: `1350${String(residentNo).padStart(7, '0')}` };
}

async function submitted(): Promise<{ wishId: string; owner: string }> {
  const { openid, phone } = resident();
  const s = await call(openid, 'wish', wishForm({ contact: { name: '张桂兰', phone } }));
  assert.equal(s.data?.outcome, 'created', JSON.stringify(s.error));
  return { wishId: s.data.wishId as string, owner: openid };
}

async function dispatched(teamId = 't-lexiujiang'): Promise<{ wishId: string; owner: string }> {
  const w = await submitted();
  const d = await call('demo-dispatcher', 'dispatch', { action: 'dispatch', wishId: w.wishId, teamId });
  assert.equal(d.ok, true, JSON.stringify(d.error));
  return w;
}

/** Samples how many instances of `fn` are busy while `work` runs: proof that invocations overlapped. */
async function withOverlap<T>(fn: string, work: Promise<T>): Promise<{ value: T; maxBusy: number }> {
  let maxBusy = 0;
  const sampler = setInterval(() => (maxBusy = Math.max(maxBusy, cloud.host.poolStats(fn).busy)), 2);
  try {
    return { value: await work, maxBusy };
  } finally {
    clearInterval(sampler);
  }
}

const figures: string[] = [];

beforeAll(async () => {
  // 8 instances for each of the five functions in play, as on SCF, not the laptop's shared budget
  cloud = await startFunctionsCloud({ poolSize: POOL, maxInstances: 5 * POOL });
  const people = new Set<string>([...CLAIMERS, ...Object.values(TEAMS).flatMap((t) => [t.leader, ...t.members])]);
  await cloud.db.insert('users', [
    ...[...people]
      .filter((p) => !p.startsWith('demo-'))
      .map((_id) => ({ _id, roles: ['resident', 'volunteer', ...(_id.startsWith('race-lead') ? ['leader'] : [])] })),
    { _id: 'race-disp-2', roles: ['dispatcher'], grants: [{ role: 'dispatcher', scope: { kind: 'street', id: 's-ximahe' } }] },
  ]);
  const existing = cloud.db.get('memberships').docs;
  const memberships = [
    ...CLAIMERS.map((openid) => ({ teamId: 't-lexiujiang', openid, role: 'member' })),
    ...Object.entries(TEAMS).flatMap(([teamId, t]) => [
      { teamId, openid: t.leader, role: 'leader' },
      ...t.members.map((openid) => ({ teamId, openid, role: 'member' })),
    ]),
  ]
    .map((m) => ({ _id: `${m.teamId}_${m.openid}`, ...m, status: 'active', createdAt: new Date() }))
    .filter((m, i, all) => !existing.has(m._id) && all.findIndex((x) => x._id === m._id) === i);
  await cloud.db.insert('memberships', memberships);
});

afterAll(async () => {
  await cloud.stop();
  console.log(['', '=== races.test.ts figures ===', ...figures, `total ${((Date.now() - t0) / 1000).toFixed(1)} s`, ''].join('\n'));
});

describe('single-order races', () => {
  test('100 team members claim one order at once: exactly 1 winner, 99 × ORDER.ALREADY_CLAIMED', async () => {
    const { wishId } = await dispatched();
    const started = Date.now();
    const { value: results, maxBusy } = await withOverlap(
      'volunteer',
      Promise.all(CLAIMERS.map((v) => call(v, 'volunteer', { action: 'claim', wishId }))),
    );
    const winners = results.filter((r) => r.ok);
    const codes: Record<string, number> = {};
    for (const r of results) tally(codes, r.ok ? 'ok' : r.error!.code);
    figures.push(
      `claim race: 100 claims in ${Date.now() - started} ms, up to ${maxBusy} volunteer instances busy at once → ${JSON.stringify(codes)}`,
    );
    assert.ok(maxBusy >= 4, `invocations really overlapped (max busy ${maxBusy})`);
    assert.equal(winners.length, 1);
    assert.equal(codes['ORDER.ALREADY_CLAIMED'], 99);
    const stored = wishDoc(wishId);
    assert.equal(stored.status, 'claimed');
    assert.ok(CLAIMERS.includes(stored.claimant!));
    assert.deepEqual(
      stored.history.map((h) => h.action),
      ['dispatch', 'claim'],
    );
    assert.equal(stored.version, 3);
  });

  test('20 concurrent completions, then 20 concurrent ratings (with timers running): one completion, one rating, one credit', async () => {
    const { wishId, owner } = await dispatched();
    const v = CLAIMERS[7]!;
    assert.equal((await call(v, 'volunteer', { action: 'claim', wishId })).ok, true);
    assert.equal((await call(v, 'volunteer', { action: 'check_in', wishId })).ok, true);
    const { value: completes, maxBusy: busyC } = await withOverlap(
      'volunteer',
      Promise.all(
        Array.from({ length: 20 }, (_x, i) =>
          call(v, 'volunteer', { action: 'complete', wishId, summary: `换了水龙头阀芯 ${i}`, minutes: 10 + i }),
        ),
      ),
    );
    const { value: rates, maxBusy: busyR } = await withOverlap(
      'wish',
      Promise.all([
        ...Array.from({ length: 20 }, (_x, i) => call(owner, 'wish', { action: 'rate', wishId, stars: 3 + (i % 3) })),
        ...Array.from({ length: 4 }, () => timer()),
      ]),
    );
    const codesC: Record<string, number> = {};
    const codesR: Record<string, number> = {};
    for (const r of completes) tally(codesC, r.ok ? 'ok' : r.error!.code);
    for (const r of rates.slice(0, 20)) tally(codesR, r.ok ? 'ok' : r.error!.code);
    figures.push(`complete race: 20 completions (max ${busyC} busy) → ${JSON.stringify(codesC)}`);
    figures.push(`rate race: 20 ratings + 4 timer runs (max ${busyR} busy) → ${JSON.stringify(codesR)}`);
    assert.equal(completes.filter((r) => r.ok).length, 1);
    assert.equal(rates.slice(0, 20).filter((r) => r.ok).length, 1);
    assert.ok(
      rates.slice(20).every((r) => r.ok),
      'timer runs succeed',
    );
    const entries = journalOf(cloud.db).filter((e) => e.wishId === wishId);
    assert.equal(entries.length, 1, 'exactly one journal entry');
    const stored = wishDoc(wishId);
    assert.equal(stored.status, 'closed');
    assert.deepEqual(
      stored.history.map((h) => h.action),
      ['dispatch', 'claim', 'check_in', 'complete', 'rate', 'close'],
    );
    assert.equal(stored.version, 7);
    assert.equal(cloud.db.get('accounts').docs.get(`passbook:${v}`)?.balance, SERVICE_MENU.repairs.points);
    assert.equal(
      cloud.db.get('accounts').docs.get(`passbook:${v}`)?.minutes,
      stored.completion!.minutes,
      'the minutes of the one completion that won',
    );
  });

  test('12 residents rate 12 different served wishes at the same moment: every rating is answered ok, and each wish is paid once', async () => {
    const wishes: Array<{ wishId: string; owner: string }> = [];
    for (let i = 0; i < 12; i++) {
      const w = await dispatched();
      const v = CLAIMERS[20 + i]!;
      for (const event of [{ action: 'claim' }, { action: 'check_in' }, { action: 'complete', summary: '已上门服务', minutes: 30 }]) {
        assert.equal((await call(v, 'volunteer', { ...event, wishId: w.wishId })).ok, true);
      }
      wishes.push(w);
    }
    const { value: rates, maxBusy } = await withOverlap(
      'wish',
      Promise.all(wishes.map((w) => call(w.owner, 'wish', { action: 'rate', wishId: w.wishId, stars: 5 }))),
    );
    const codes: Record<string, number> = {};
    for (const r of rates) tally(codes, r.ok ? `ok ${r.data.status}` : r.error!.code);
    // Whatever the answers, the timer completes the credits: exactly one entry per wish in the end.
    const drained = await timer();
    const statuses: Record<string, number> = {};
    for (const w of wishes) tally(statuses, wishDoc(w.wishId).status);
    figures.push(
      `12 ratings of 12 wishes at once (max ${maxBusy} busy; all paid from one sponsor account) → ${JSON.stringify(codes)}; after one timer run (${JSON.stringify(drained.data)}): ${JSON.stringify(statuses)}`,
    );
    for (const w of wishes) assert.equal(journalOf(cloud.db).filter((e) => e.wishId === w.wishId).length, 1, `${w.wishId}: one credit`);
    assert.deepEqual(checkInvariants(cloud.db).violations, []);
    // Every rating is answered ok: closed when its credit went through at once, rated when contention
    // on the one sponsor account outlasted the transaction's retries (the timer above paid those).
    assert.deepEqual(
      Object.keys(codes).filter((k) => k !== 'ok closed' && k !== 'ok rated'),
      [],
      'no resident is told INTERNAL.ERROR for a rating that was recorded',
    );
    assert.equal((codes['ok closed'] ?? 0) + (codes['ok rated'] ?? 0), 12);
  });

  test('dispatch and cancel of one wish at the same moment, 50×: one consistent final state each time', async () => {
    const outcomes: Record<string, number> = {};
    for (let i = 0; i < 50; i++) {
      const { wishId, owner } = await submitted();
      const [d, c] = await Promise.all([
        call('demo-dispatcher', 'dispatch', { action: 'dispatch', wishId, teamId: 't-paotui' }),
        call(owner, 'wish', { action: 'cancel', wishId, reason: '已经自己解决了' }),
      ]);
      const w = wishDoc(wishId);
      const actions = w.history.map((h) => h.action);
      const key = `${w.status} via [${actions.join(',')}]`;
      tally(outcomes, `${key} (dispatch ${d.ok ? 'ok' : d.error!.code}, cancel ${c.ok ? 'ok' : c.error!.code})`);
      assert.ok(['dispatched', 'cancelled'].includes(w.status), key);
      assert.equal(w.version, w.history.length + 1, key);
      assert.equal(w.history.length ? w.history[w.history.length - 1]!.to : 'submitted', w.status, key);
      // The answers agree with the history: an action succeeded exactly when it is in the history.
      assert.equal(d.ok, actions.includes('dispatch'), key);
      assert.equal(c.ok, actions.includes('cancel'), key);
      if (w.status === 'dispatched') assert.deepEqual(actions, ['dispatch'], key);
      else assert.ok(['cancel', 'dispatch,cancel'].includes(actions.join(',')), key);
      if (!d.ok) assert.ok(['ORDER.CHANGED', 'ORDER.INVALID_TRANSITION'].includes(d.error!.code), key);
      if (!c.ok) assert.equal(c.error!.code, 'ORDER.CHANGED', key);
    }
    figures.push(
      `dispatch vs cancel ×50:\n${Object.entries(outcomes)
        .map(([k, n]) => `  ${String(n).padStart(3)}  ${k}`)
        .join('\n')}`,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// The randomized run.

type Kind =
  | 'submit'
  | 'resubmit'
  | 'dispatch'
  | 'reject'
  | 'cancel'
  | 'claim'
  | 'assign'
  | 'release'
  | 'return'
  | 'check_in'
  | 'complete'
  | 'confirm_minutes'
  | 'rate'
  | 'timer'
  | 'age';
const WEIGHTS: Array<[Kind, number]> = [
  ['submit', 12],
  ['resubmit', 2],
  ['dispatch', 12],
  ['reject', 2],
  ['cancel', 3],
  ['claim', 14],
  ['assign', 4],
  ['release', 3],
  ['return', 2],
  ['check_in', 10],
  ['complete', 10],
  ['confirm_minutes', 3],
  ['rate', 10],
  ['timer', 2],
  ['age', 1],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((s, [, w]) => s + w, 0);
const BUILDINGS = ['B-0012', 'B-0013', 'B-0101'];

interface Op {
  kind: Kind;
  run: () => Promise<Call>;
}

describe('randomized mixed operations', () => {
  test('thousands of operations by many users in parallel batches keep every invariant', async () => {
    const seed = Number(process.env.HARDENING_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const rnd = prng(seed);
    const OPS = scale(3000);
    const BATCH = 48;
    const RESIDENTS = Array.from({ length: scale(120) }, (_x, i) => ({ openid: `rr-${i}`, phone: `1371${String(i).padStart(7, '0')}` }));
    const everyone = [...RESIDENTS.map((r) => r.openid), ...DISPATCHERS, ...Object.values(TEAMS).flatMap((t) => [t.leader, ...t.members])];
    const submissions: Array<{ openid: string; event: Record<string, unknown> }> = [];
    const counts: Record<string, Record<string, number>> = {};
    const startedAt = Date.now();
    const baseline = new Set(wishesOf(cloud.db).map((w) => w._id));

    const pickKind = (): Kind => {
      let r = rnd.next() * TOTAL_WEIGHT;
      for (const [k, w] of WEIGHTS) if ((r -= w) < 0) return k;
      return 'timer';
    };
    /** Usually a wish where the action is legal now (so the run makes progress); sometimes any wish. */
    const target = (wishes: Wish[], action: WishAction): Wish | undefined => {
      const legal = wishes.filter((w) => TRANSITIONS[action].from.includes(w.status));
      return legal.length && rnd.chance(0.85) ? rnd.pick(legal) : wishes.length ? rnd.pick(wishes) : undefined;
    };
    /** Usually the person entitled to act; sometimes anyone (authorization under load). */
    const who = (right: string | undefined): string => (right !== undefined && rnd.chance(0.85) ? right : rnd.pick(everyone));
    const team = (w: Wish) => (w.teamId ? TEAMS[w.teamId] : undefined);

    const makeOp = (wishes: Wish[]): Op => {
      const kind = pickKind();
      const on = (
        action: WishAction,
        fn: string,
        actor: (w: Wish) => string | undefined,
        extra: (w: Wish) => Record<string, unknown> = () => ({}),
      ): Op => {
        const w = target(wishes, action);
        if (!w) return makeSubmit();
        const event = { action, wishId: w._id, ...extra(w) };
        const by = who(actor(w));
        return { kind, run: () => call(by, fn, event) };
      };
      const makeSubmit = (): Op => {
        const r = rnd.pick(RESIDENTS);
        const category: Category = rnd.pick(CATEGORIES);
        const buildingId = rnd.pick(BUILDINGS);
        const event = wishForm({
          requestId: `rq${seed.toString(36)}x${submissions.length}x${rnd.int(1e9).toString(36)}`,
          buildingId,
          // B-0101's code fixes only the building: its room names the unit too
          room: buildingId === 'B-0101' ? '1-201' : '201',
          category,
          contact: { name: '李秀英', phone: r.phone },
          description: `随机心愿 ${category} 第${submissions.length}号`,
          urgency: rnd.chance(0.2) ? 'urgent' : 'normal',
          confirmDuplicate: rnd.chance(0.8),
        });
        submissions.push({ openid: r.openid, event });
        return { kind: 'submit', run: () => call(r.openid, 'wish', event) };
      };
      switch (kind) {
        case 'submit':
          return makeSubmit();
        case 'resubmit': {
          if (!submissions.length) return makeSubmit();
          const s = rnd.pick(submissions);
          return { kind, run: () => call(s.openid, 'wish', s.event) };
        }
        case 'dispatch':
          return on(
            'dispatch',
            'dispatch',
            () => rnd.pick(DISPATCHERS),
            () => ({ teamId: rnd.pick(Object.keys(TEAMS)), ...(rnd.chance(0.3) ? { note: '请尽快联系居民' } : {}) }),
          );
        case 'reject':
          return on(
            'reject',
            'dispatch',
            () => rnd.pick(DISPATCHERS),
            () => ({ reason: '不属于志愿服务范围' }),
          );
        case 'cancel':
          return on(
            'cancel',
            'wish',
            (w) => w.filedBy,
            () => (rnd.chance(0.5) ? { reason: '已经解决了' } : {}),
          );
        case 'claim':
          return on('claim', 'volunteer', (w) => (team(w) ? rnd.pick([...team(w)!.members, team(w)!.leader]) : undefined));
        case 'assign':
          return on(
            'assign',
            'volunteer',
            (w) => team(w)?.leader,
            (w) => ({ membershipId: `${w.teamId ?? 't-lexiujiang'}_${rnd.pick(team(w)?.members ?? ['nobody'])}` }),
          );
        case 'release':
          return on('release', 'volunteer', (w) => (rnd.chance(0.5) ? w.claimant : team(w)?.leader));
        case 'return':
          return on(
            'return',
            'volunteer',
            (w) => team(w)?.leader,
            () => ({ reason: '本队人手不足，请改派' }),
          );
        case 'check_in':
          return on('check_in', 'volunteer', (w) => w.claimant);
        case 'complete':
          return on(
            'complete',
            'volunteer',
            (w) => w.claimant,
            () => ({ summary: '已上门完成服务', minutes: 5 + rnd.int(596) }),
          );
        // The leader keeps or corrects minutes claimed far beyond the check-in (never more than claimed).
        case 'confirm_minutes':
          return on(
            'confirm_minutes',
            'volunteer',
            (w) => team(w)?.leader,
            (w) => ({ minutes: Math.max(5, Math.min(w.completion?.minutes ?? 30, 5 + rnd.int(480))), reason: '核实过了' }),
          );
        case 'rate':
          return on(
            'rate',
            'wish',
            (w) => w.filedBy,
            () => ({ stars: 1 + rnd.int(5), ...(rnd.chance(0.3) ? { comment: '谢谢志愿者' } : {}) }),
          );
        case 'timer':
          return { kind, run: timer };
        case 'age': {
          // Time passes for one completed wish: 8 days since completion, so the timer auto-closes it.
          const done = wishes.filter((w) => w.status === 'completed');
          if (!done.length) return { kind, run: timer };
          const w = rnd.pick(done);
          return {
            kind,
            run: async () => {
              await cloud.db.update(
                'wishes',
                { _id: w._id, status: 'completed' },
                { $set: { completedAt: new Date(Date.now() - 8 * 86_400_000) } },
                { multi: false, replace: false, upsert: false },
              );
              return { ok: true };
            },
          };
        }
      }
    };

    let maxBusy = 0;
    const sampler = setInterval(() => {
      maxBusy = Math.max(maxBusy, ...['wish', 'dispatch', 'volunteer'].map((fn) => cloud.host.poolStats(fn).busy));
    }, 5);
    try {
      for (let done = 0; done < OPS; done += BATCH) {
        const wishes = wishesOf(cloud.db).filter((w) => !baseline.has(w._id));
        const ops = Array.from({ length: Math.min(BATCH, OPS - done) }, () => makeOp(wishes));
        const results = await Promise.all(ops.map((op) => op.run()));
        ops.forEach((op, i) => {
          const r = results[i]!;
          tally((counts[op.kind] ??= {}), r.ok ? 'ok' : r.error!.code);
        });
      }
      // Leaders confirm the minutes still waiting for them, then the timer pays whatever is still
      // `rated`, as it would within the hour.
      const waiting = wishesOf(cloud.db).filter((w) => w.completion?.toConfirm && w.teamId && TEAMS[w.teamId]);
      for (const w of waiting) {
        const r = await call(TEAMS[w.teamId!]!.leader, 'volunteer', {
          action: 'confirm_minutes',
          wishId: w._id,
          minutes: w.completion!.minutes,
          reason: '核实过了',
        });
        tally((counts.confirm_minutes ??= {}), r.ok ? 'ok' : r.error!.code);
      }
      const last = await timer();
      tally((counts.timer ??= {}), last.ok ? 'ok' : last.error!.code);
    } finally {
      clearInterval(sampler);
    }
    const seconds = (Date.now() - startedAt) / 1000;

    const report = checkInvariants(cloud.db);
    const kinds = Object.keys(counts).sort();
    const opsTotal = kinds.reduce((s, k) => s + Object.values(counts[k]!).reduce((a, b) => a + b, 0), 0);
    figures.push(
      [
        `randomized run: seed ${seed} (HARDENING_SEED=${seed} replays the generated operations), ${opsTotal} operations in batches of ${BATCH}, ` +
          `${seconds.toFixed(1)} s (${Math.round(opsTotal / seconds)} ops/s), up to ${maxBusy} instances of one function busy at once`,
        '  operations by kind and outcome:',
        ...kinds.map(
          (k) =>
            `    ${k.padEnd(9)} ${Object.entries(counts[k]!)
              .sort((a, b) => b[1] - a[1])
              .map(([c, n]) => `${c} ${n}`)
              .join(', ')}`,
        ),
        `  wishes by final status (all ${report.wishes}): ${Object.entries(report.byStatus)
          .sort((a, b) => b[1] - a[1])
          .map(([s, n]) => `${s} ${n}`)
          .join(', ')}`,
        `  journal entries ${report.journalEntries} (service credits ${report.creditEntries}), points moved ${report.pointsMoved}, minutes credited ${report.minutesCredited}`,
        `  unindexed queries ${cloud.log.unindexed}; invariant violations ${report.violations.length}`,
      ].join('\n'),
    );
    assert.deepEqual(report.violations, [], `seed ${seed}`);
    // rate and timer may answer INTERNAL.ERROR when the credit transaction loses its retries (see the
    // 12-ratings test above, which asserts that separately); nothing else may fail, and no invocation may crash.
    const broken = kinds.flatMap((k) =>
      Object.keys(counts[k]!)
        .filter((c) => c.startsWith('HOST.') || (c === 'INTERNAL.ERROR' && !['rate', 'timer'].includes(k)))
        .map((c) => `${k}: ${c} × ${counts[k]![c]}`),
    );
    assert.deepEqual(broken, [], `no invocation failed or answered INTERNAL.ERROR (seed ${seed})`);
    assert.equal(report.byStatus.rated ?? 0, 0, 'the timer paid every rated wish in the end');
    assert.ok(
      (counts.claim?.ok ?? 0) > 0 && (counts.rate?.ok ?? 0) > 0 && report.creditEntries > 0,
      'the run made progress through the whole loop',
    );
    // Each (filer) stays within the daily quota, and no requestId landed twice (ids are w_<requestId>).
    const perFiler: Record<string, number> = {};
    for (const w of wishesOf(cloud.db)) tally(perFiler, w.filedBy);
    assert.ok(
      Object.values(perFiler).every((n) => n <= 5),
      'at most 5 wishes per OPENID per day',
    );
  });

  test('every query of this file was served by a declared index', () => {
    assert.equal(cloud.log.unindexed, 0);
  });
});
