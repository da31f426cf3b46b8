// Bench: one run of the visit scheduler (the real `visit` function, as its timer calls it) over
// 10,000 registered elders, against the same over 1,000 (the baseline, measured in the same run):
// database requests and seconds of the first run (every elder's first orders), the runs needed to
// finish (a run stops reading after its time budget and the next goes on), and the next hour's run
// (nothing to make: reads only). Elders: every band and tag, named volunteers and team pools, registered
// over the last week (so some slots are overdue and created missed, as after an outage).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { seedDemo } from '../scripts/demo-data';
import type { Elder, ElderTag } from '../src/domain/visit/elder';
import { ratio } from './stats';

export const VISIT_ELDERS = Number(process.env.BENCH_VISIT_ELDERS ?? 10_000);
const BASELINE = Math.round(VISIT_ELDERS / 10);
const YEARS = [1961, 1951, 1941, 1958, 1947];
const TAGS: ElderTag[][] = [[], ['alone'], ['empty_nest'], [], ['poor', 'disabled']];

function elders(n: number, now: Date): Elder[] {
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(now.getTime() - (i % 7) * 86_400_000);
    return {
      _id: `bench-elder-${String(i).padStart(6, '0')}`,
      communityId: i % 2 ? 'c-jinding' : 'c-qingyun',
      buildingId: i % 2 ? 'B-0012' : 'B-0101',
      room: '301',
      name: '压测老人',
      birthYear: YEARS[i % YEARS.length]!,
      tags: TAGS[i % TAGS.length]!,
      ...(i % 3 === 0 ? { volunteerOpenid: 'demo-volunteer' } : { teamId: 't-lexiujiang' }),
      consent: { way: 'signed', at, by: 'demo-helper' },
      active: true,
      version: 1,
      createdAt: at,
      createdBy: 'demo-helper',
      updatedAt: at,
      nextDueAt: at,
      unreachableStreak: 0,
    };
  });
}

interface Run {
  seconds: number;
  requests: number;
  created: number;
  complete: boolean;
}

async function run(cloud: LocalCloud, now: Date): Promise<Run> {
  const t0 = performance.now();
  const r = await cloud.host.invoke(
    'visit',
    { Type: 'Timer', TriggerName: 'visit-schedule', Time: now.toISOString() },
    { source: 'wx_trigger' },
  );
  const seconds = (performance.now() - t0) / 1000;
  const answer = r.ok ? (r.result as { ok: boolean; data?: { created: number; complete: boolean } }) : undefined;
  if (!answer?.ok || !answer.data) throw new Error(`bench visits: ${JSON.stringify(r)}`);
  const requests = cloud.log.ofInvocation(r.requestId).length;
  return { seconds, requests, created: answer.data.created, complete: answer.data.complete };
}

async function measure(functionsDir: string, n: number) {
  const cloud = await startLocalCloud({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-visits-')), functionsDir, quiet: true });
  try {
    await seedDemo(cloud.db);
    const now = new Date();
    const all = elders(n, now);
    for (let i = 0; i < all.length; i += 1000)
      await cloud.db.insert('elders', all.slice(i, i + 1000) as unknown as Record<string, unknown>[]);
    const first = await run(cloud, now);
    let runs = 1;
    for (let last = first; !last.complete && runs < 20; runs++) last = await run(cloud, now);
    const next = await run(cloud, new Date(now.getTime() + 3_600_000));
    return { first, runs, next, orders: cloud.db.get('visits').docs.size };
  } finally {
    await cloud.stop();
  }
}

export async function measureVisits(functionsDir: string) {
  const base = await measure(functionsDir, BASELINE);
  const big = await measure(functionsDir, VISIT_ELDERS);
  const row = (what: string, b: number, v: number) => ({
    figure: what,
    [`${BASELINE} elders`]: b,
    [`${VISIT_ELDERS} elders`]: v,
    ratio: ratio(v, b),
  });
  return [
    row('first run: database requests', base.first.requests, big.first.requests),
    row('first run: seconds', Number(base.first.seconds.toFixed(2)), Number(big.first.seconds.toFixed(2))),
    row('first run: orders created', base.first.created, big.first.created),
    row('runs to finish (time budget 12 s)', base.runs, big.runs),
    row('next hour: database requests', base.next.requests, big.next.requests),
    row('next hour: seconds', Number(base.next.seconds.toFixed(2)), Number(big.next.seconds.toFixed(2))),
  ];
}
