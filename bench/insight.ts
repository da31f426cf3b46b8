// Bench: the dashboard (insight.dashboard, the street's admin) over 100,000 wishes filed across 24 closed
// months, against the same over 1,000 (the baseline, measured in the same run): the first request of 12
// months (each month a few aggregate reads, its snapshot made), the second (snapshots only) and the current
// month (live) — database requests, documents examined (wishes and the rest) and seconds. Beside the
// wishes, in proportion: each served wish's service entry, a volunteer per 100 wishes (a third party
// members), an activity per 100 wishes with 8 sign-ups, a visit order per 2 wishes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { seedDemo } from '../scripts/demo-data';
import { businessMonth } from '../src/domain/time';
import { ratio } from './stats';

export const INSIGHT_WISHES = Number(process.env.BENCH_INSIGHT_WISHES ?? 100_000);
const BASELINE = 1000;
const MONTHS = 24;
const STATUSES = ['submitted', 'dispatched', 'claimed', 'completed', 'rated', 'closed', 'cancelled'];
const PLACES: Array<[string, string]> = [
  ['B-0012', 'c-jinding'],
  ['B-0013', 'c-jinding'],
  ['B-0101', 'c-qingyun'],
];

/** `n` wishes spread over the 24 months before `now`'s month (two years ago .. last month). */
function wishes(n: number, now: Date): Array<Record<string, unknown>> {
  const monthMs = 30.4 * 86_400_000;
  const start = now.getTime() - (MONTHS + 1) * monthMs;
  return Array.from({ length: n }, (_, i) => {
    const createdAt = new Date(start + ((i * 7919) % n) * ((MONTHS * monthMs) / n));
    const status = STATUSES[i % STATUSES.length]!;
    const [buildingId, communityId] = PLACES[i % PLACES.length]!;
    const at = (h: number) => new Date(createdAt.getTime() + h * 3_600_000);
    const history = [
      ...(status !== 'submitted' && status !== 'cancelled' ? [{ action: 'dispatch', at: at(2 + (i % 30)) }] : []),
      ...(['claimed', 'completed', 'rated', 'closed'].includes(status) ? [{ action: 'claim', at: at(40) }] : []),
      ...(['completed', 'rated', 'closed'].includes(status) ? [{ action: 'complete', at: at(60) }] : []),
      ...(status === 'rated' ? [{ action: 'rate', at: at(70), stars: 3 + (i % 3) }] : []),
    ];
    return {
      _id: `bench-ins-${String(i).padStart(6, '0')}`,
      status,
      category: i % 2 ? 'repairs' : 'haircut',
      buildingId,
      communityId,
      ...(history.length ? { teamId: 't-lexiujiang' } : {}),
      createdAt,
      ...(['completed', 'rated', 'closed'].includes(status)
        ? { completion: { minutes: 30 + (i % 90), at: at(60), summary: '已完成' } }
        : {}),
      history,
    };
  });
}

/** The rest of the data set, in proportion to the wishes: service entries, volunteers, activities, sign-ups, visits. */
function beyond(all: Array<Record<string, unknown>>) {
  const n = all.length;
  const volunteers = Array.from({ length: Math.max(3, n / 100) }, (_, i) => ({
    _id: `bench-v${i}`,
    name: '志愿者',
    phone: '13900000000',
    skills: [],
    communityId: PLACES[i % PLACES.length]![1],
    partyMember: i % 3 === 0,
  }));
  const journal = all
    .filter((w) => w.completion)
    .map((w, i) => {
      const account = `passbook:bench-v${i % volunteers.length}`;
      return {
        _id: `credit:${w._id as string}`,
        kind: 'service_credit',
        category: 'service',
        at: (w.completion as { at: Date }).at,
        lines: [
          { account: 'sponsor:sp-gov', points: -10 },
          { account, points: 10 },
        ],
        accounts: ['sponsor:sp-gov', account],
        minutes: (w.completion as { minutes: number }).minutes,
        memo: 'bench',
        by: 'system',
        reason: 'bench',
      };
    });
  const activities = all
    .filter((_, i) => i % 100 === 0)
    .map((w, i) => ({
      _id: `bench-a${i}`,
      status: i % 4 ? 'closed' : 'published',
      communityId: w.communityId,
      endAt: w.createdAt,
      startAt: w.createdAt,
    }));
  const signups = activities.flatMap((a) =>
    Array.from({ length: 8 }, (_, k) => ({
      _id: `${a._id}_${k}`,
      activityId: a._id,
      openid: `bench-v${k}`,
      status: k % 3 ? 'attended' : 'no_show',
      seq: k,
    })),
  );
  const visits = all
    .filter((_, i) => i % 2 === 0)
    .map((w, i) => ({
      _id: `bench-e${i}`,
      elderId: `bench-e${i % 500}`,
      communityId: w.communityId,
      kind: 'call',
      status: ['planned', 'done', 'missed'][i % 3],
      dueAt: w.createdAt,
    }));
  return { volunteers, journal, activities, signups, visits };
}

interface Ask {
  seconds: number;
  requests: number;
  examined: number;
  /** Documents examined other than wishes (the figures beyond wishes and the party members). */
  examinedBeyond: number;
  filed: number;
  partyPartial: boolean;
}

async function ask(cloud: LocalCloud, fromMonth: string, toMonth: string): Promise<Ask> {
  const t0 = performance.now();
  const r = await cloud.host.invoke('insight', { action: 'dashboard', fromMonth, toMonth }, { source: 'wx_client', openid: 'demo-admin' });
  const seconds = (performance.now() - t0) / 1000;
  const answer = r.ok ? (r.result as { ok: boolean; data?: { months: Array<{ filed: number }>; party: { partial: boolean } } }) : undefined;
  if (!answer?.ok || !answer.data) throw new Error(`bench insight: ${JSON.stringify(r).slice(0, 400)}`);
  const log = cloud.log.ofInvocation(r.requestId);
  if (log.some((e) => !e.served)) throw new Error('bench insight: a read no index serves');
  return {
    seconds,
    requests: log.length,
    examined: log.reduce((s, e) => s + e.examined, 0),
    examinedBeyond: log.filter((e) => e.collection !== 'wishes').reduce((s, e) => s + e.examined, 0),
    filed: answer.data.months.reduce((s, m) => s + m.filed, 0),
    partyPartial: answer.data.party.partial,
  };
}

async function measure(functionsDir: string, n: number) {
  const cloud = await startLocalCloud({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-insight-')), functionsDir, quiet: true });
  try {
    await seedDemo(cloud.db);
    const now = new Date();
    const all = wishes(n, now);
    for (let i = 0; i < all.length; i += 1000) await cloud.db.insert('wishes', all.slice(i, i + 1000));
    for (const [name, docs] of Object.entries(beyond(all)))
      for (let i = 0; i < docs.length; i += 1000) await cloud.db.insert(name, docs.slice(i, i + 1000));
    const current = businessMonth(now);
    const months = [...new Set(all.map((w) => businessMonth(w.createdAt as Date)))].sort();
    // the last 12 closed months that hold wishes, settled (at least SETTLE_DAYS past their end)
    const asked = months.filter((m) => m < current).slice(-13, -1);
    const first = await ask(cloud, asked[0]!, asked[asked.length - 1]!);
    const again = await ask(cloud, asked[0]!, asked[asked.length - 1]!);
    const live = await ask(cloud, current, current);
    return { first, again, live };
  } finally {
    await cloud.stop();
  }
}

export async function measureInsight(functionsDir: string) {
  const base = await measure(functionsDir, BASELINE);
  const big = await measure(functionsDir, INSIGHT_WISHES);
  const row = (what: string, b: number, v: number) => ({
    figure: what,
    [`${BASELINE} wishes`]: b,
    [`${INSIGHT_WISHES} wishes`]: v,
    ratio: ratio(v, b),
  });
  const s = (x: number) => Number(x.toFixed(3));
  return [
    row('12 months, first: wishes counted', base.first.filed, big.first.filed),
    row('12 months, first: database requests', base.first.requests, big.first.requests),
    row('12 months, first: documents examined', base.first.examined, big.first.examined),
    row(
      '12 months, first: of which not wishes (service, volunteers, activities, visits, party)',
      base.first.examinedBeyond,
      big.first.examinedBeyond,
    ),
    row('12 months, first: seconds', s(base.first.seconds), s(big.first.seconds)),
    row('12 months, again (snapshots): database requests', base.again.requests, big.again.requests),
    row(
      '12 months, again (snapshots): documents examined (the party figure reads the open months)',
      base.again.examined,
      big.again.examined,
    ),
    row('12 months, again (snapshots): seconds', s(base.again.seconds), s(big.again.seconds)),
    row('current month (live): documents examined', base.live.examined, big.live.examined),
    row('current month (live): seconds', s(base.live.seconds), s(big.live.seconds)),
    row('party members: the year read reached its bound (1 = yes)', Number(base.first.partyPartial), Number(big.first.partyPartial)),
  ];
}
