// Bench: the visit board (巡访看板) over 1,000 and 10,000 elders of one community — documents examined
// per page (goal: ≤ page + 1, whatever the size) and latency as a ratio 10k/1k (goal: flat), for the
// board unfiltered, by a tag and by a named volunteer, each on its own index.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud } from '../localcloud';
import { seedDemo } from '../scripts/demo-data';
import { PAGE_SIZE } from '../src/domain/schemas';
import { addDays } from '../src/domain/time';
import { ELDER_TAGS } from '../src/domain/visit/elder';
import { median, ratio } from './stats';

const ROUNDS = Number(process.env.BENCH_ELDERS_ROUNDS ?? 100);
const VOLUNTEERS = ['demo-volunteer', 'demo-volunteer-2', 'demo-leader'];

function elderAt(i: number, now: Date) {
  return {
    _id: `bench-el-${i}`,
    communityId: 'c-jinding',
    buildingId: i % 2 ? 'B-0012' : 'B-0013',
    room: String(100 + (i % 900)),
    name: '张桂兰',
    birthYear: 1930 + (i % 35),
    tags: [ELDER_TAGS[i % ELDER_TAGS.length], ...(i % 5 === 0 ? [ELDER_TAGS[(i + 3) % ELDER_TAGS.length]] : [])],
    ...(i % 4 ? { volunteerOpenid: VOLUNTEERS[i % VOLUNTEERS.length] } : {}),
    consent: { way: 'signed', at: addDays(now, -90), by: 'demo-helper' },
    active: i % 50 !== 0,
    version: 1,
    createdAt: addDays(now, -90),
    createdBy: 'demo-helper',
    updatedAt: addDays(now, -90),
    lastContactAt: addDays(now, -((i * 7) % 40)),
    nextDueAt: addDays(now, ((i * 104729) % 60) - 20),
    unreachableStreak: 0,
  };
}

async function measureAt(n: number, functionsDir: string) {
  const cloud = await startLocalCloud({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), `msb-elders-${n}-`)), functionsDir, quiet: true });
  try {
    await seedDemo(cloud.db);
    const now = new Date();
    for (let i = 0; i < n; i += 5000)
      await cloud.db.insert('elders', Array.from({ length: Math.min(5000, n - i) }, (_x, j) => elderAt(i + j, now)) as never);
    const board = { action: 'elders', communityId: 'c-jinding' };
    const first = await cloud.host.invoke('visit', { ...board, page: 0 }, { source: 'wx_client', openid: 'demo-dispatcher' });
    if (!first.ok) throw new Error(`the board failed at ${n}`);
    const volunteers = (first.result as { data: { volunteers: { key: string; name: string }[] } }).data.volunteers;
    const key = volunteers.find((v) => v.name === '李明')!.key;
    const queries: Record<string, Record<string, unknown>> = {
      'board, page 0': { ...board, page: 0 },
      'board, page 2': { ...board, page: 2 },
      'by tag 独居': { ...board, tag: 'alone', page: 0 },
      'by volunteer 李明': { ...board, volunteerKey: key, page: 0 },
    };
    const out: Record<string, { examined: number; ms: number; page: number }> = {};
    for (const [name, event] of Object.entries(queries)) {
      const times: number[] = [];
      let examined = 0;
      for (let r = 0; r < ROUNDS + 5; r++) {
        const seq = cloud.log.last;
        const t = performance.now();
        const res = await cloud.host.invoke('visit', event, { source: 'wx_client', openid: 'demo-dispatcher' });
        const ms = performance.now() - t;
        if (!res.ok || !(res.result as { ok: boolean }).ok) throw new Error(`${name} failed at ${n}`);
        if (r >= 5) times.push(ms);
        examined = Math.max(
          ...cloud.log
            .since(seq)
            .filter((e) => e.collection === 'elders')
            .map((e) => e.examined),
        );
      }
      out[name] = { examined, ms: median(times), page: event.page as number };
    }
    return { out, unindexed: cloud.log.unindexed };
  } finally {
    await cloud.stop();
  }
}

export async function measureElders(functionsDir: string, sizes = [1000, Number(process.env.BENCH_ELDERS_MAX ?? 10_000)]) {
  const [small, large] = [await measureAt(sizes[0], functionsDir), await measureAt(sizes[1], functionsDir)];
  return Object.keys(small.out).map((name) => ({
    query: name,
    'bound (page+1)×20+1': (small.out[name].page + 1) * PAGE_SIZE + 1,
    [`examined @${sizes[0]}`]: small.out[name].examined,
    [`examined @${sizes[1]}`]: large.out[name].examined,
    [`median ms @${sizes[0]}`]: +small.out[name].ms.toFixed(2),
    [`median ms @${sizes[1]}`]: +large.out[name].ms.toFixed(2),
    'latency ratio': ratio(large.out[name].ms, small.out[name].ms),
    unindexed: small.unindexed + large.unindexed,
  }));
}
