// Bench: the dispatcher's queue, the volunteer's hall and "my wishes" with 1k and with 100k wishes
// in the store — documents examined per query and latency, as a ratio 100k/1k (goal: flat, ≤ 1.3).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud } from '../localcloud';
import { seedDemo } from '../scripts/demo-data';
import { STATUSES, type Status } from '../src/domain/wish/states';
import { median, ratio } from './stats';

const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 200);
/** Share of each status in a street's store after a while: most wishes are long closed. */
const MIX: Partial<Record<Status, number>> = {
  submitted: 2,
  dispatched: 3,
  claimed: 2,
  in_service: 1,
  completed: 2,
  closed: 85,
  cancelled: 3,
  rejected: 2,
};
const TEAMS = ['t-lexiujiang', 't-jiankang', 't-paotui'];
/** demo-resident always has this many wishes, whatever the store size. */
const MINE = 30;

function pick(i: number): Status {
  const total = Object.values(MIX).reduce((a, b) => a + b, 0);
  let x = (i * 7919) % total;
  for (const s of STATUSES) {
    x -= MIX[s] ?? 0;
    if (x < 0) return s;
  }
  return 'closed';
}

function wishAt(i: number, n: number, now: number) {
  const status = pick(i);
  const withTeam = ['dispatched', 'claimed', 'in_service', 'completed', 'closed'].includes(status);
  const created = new Date(now - ((i * 104729) % (90 * 86_400_000)));
  return {
    _id: `scale-${i}`,
    status,
    version: 1,
    category: 'repairs',
    description: '厨房水龙头一直滴水',
    urgency: 'normal',
    preferredTime: { date: '2026-11-24', window: 'any' },
    photos: [],
    buildingId: 'B-0012',
    communityId: 'c-jinding',
    sponsorId: 'street-xmh',
    room: '201',
    contact: { name: '张桂兰', phone: `139${String(i).padStart(8, '0')}` },
    filedBy: i < MINE ? 'demo-resident' : `scale-res-${i % Math.max(1, Math.floor(n / 10))}`,
    proxy: false,
    createdAt: created,
    dueAt: new Date(created.getTime() + 72 * 3_600_000),
    consentAt: created,
    ...(withTeam ? { teamId: TEAMS[i % TEAMS.length] } : {}),
    excludedTeamIds: [],
    history: [],
  };
}

async function measureAt(n: number, functionsDir: string) {
  const cloud = await startLocalCloud({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), `msb-scale-${n}-`)), functionsDir, quiet: true });
  try {
    await seedDemo(cloud.db);
    const now = Date.now();
    for (let i = 0; i < n; i += 5000)
      await cloud.db.insert(
        'wishes',
        Array.from({ length: Math.min(5000, n - i) }, (_x, j) => wishAt(i + j, n, now)),
      );
    const queries = {
      'dispatcher queue': { fn: 'dispatch', who: 'demo-dispatcher', event: { action: 'queue', page: 0 } },
      'volunteer hall': { fn: 'volunteer', who: 'demo-volunteer', event: { action: 'hall', tab: 'open', page: 0 } },
      'my wishes': { fn: 'wish', who: 'demo-resident', event: { action: 'mine', page: 0 } },
    };
    const out: Record<string, { examined: number; ms: number }> = {};
    for (const [name, q] of Object.entries(queries)) {
      const times: number[] = [];
      let examined = 0;
      for (let r = 0; r < ROUNDS + 5; r++) {
        const seq = cloud.log.last;
        const t = performance.now();
        const res = await cloud.host.invoke(q.fn, q.event, { source: 'wx_client', openid: q.who });
        const ms = performance.now() - t;
        if (!res.ok || !(res.result as { ok: boolean }).ok) throw new Error(`${name} failed at ${n}`);
        if (r >= 5) times.push(ms); // the first calls warm the instance and its caches
        examined = Math.max(
          ...cloud.log
            .since(seq)
            .filter((e) => e.collection === 'wishes')
            .map((e) => e.examined),
        );
      }
      out[name] = { examined, ms: median(times) };
    }
    return { out, unindexed: cloud.log.unindexed };
  } finally {
    await cloud.stop();
  }
}

export async function measureScale(functionsDir: string, sizes = [1000, Number(process.env.BENCH_SCALE_MAX ?? 100_000)]) {
  const [small, large] = [await measureAt(sizes[0], functionsDir), await measureAt(sizes[1], functionsDir)];
  return Object.keys(small.out).map((name) => ({
    query: name,
    [`examined @${sizes[0]}`]: small.out[name].examined,
    [`examined @${sizes[1]}`]: large.out[name].examined,
    [`median ms @${sizes[0]}`]: +small.out[name].ms.toFixed(2),
    [`median ms @${sizes[1]}`]: +large.out[name].ms.toFixed(2),
    'latency ratio': ratio(large.out[name].ms, small.out[name].ms),
    unindexed: small.unindexed + large.unindexed,
  }));
}
