// Bench: the dispatch timer's sweep (催办, 升级, 自动释放) through the built `dispatch` function, fired as
// the platform fires it. Database requests, documents examined and milliseconds per run with the demo
// store (the baseline, measured in the same run) and with 20,000 ended wishes plus 600 open ones that
// need a step. Ended wishes are never read; a run examines at most 3 kinds × 4 pages × 50 candidates, and
// open wishes already handled (reminded, escalated) are read again each run until they move on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { seedDemo } from '../scripts/demo-data';
import { ratio } from './stats';

const ENDED = Number(process.env.BENCH_SWEEP_ENDED ?? 20_000);
const OPEN = 600;
const HOUR = 3_600_000;

async function fire(cloud: LocalCloud, now: Date) {
  const t0 = performance.now();
  const r = await cloud.host.invoke(
    'dispatch',
    { Type: 'Timer', TriggerName: 'sweep-15min', Time: now.toISOString() },
    { source: 'wx_trigger' },
  );
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`sweep failed: ${r.code} ${r.message}`);
  const mine = cloud.log.ofInvocation(r.requestId);
  const data = (r.result as { data: Record<string, number> }).data;
  return {
    requests: mine.length,
    examined: mine.reduce((s, e) => s + e.examined, 0),
    unserved: mine.filter((e) => !e.served).length,
    steps: data.remind + data.escalate + data.auto_release,
    ms: Math.round(ms),
  };
}

function wishes(now: Date): Record<string, unknown>[] {
  const base = (i: number, status: string, extra: Record<string, unknown>) => ({
    _id: `bench-sweep-${status}-${i}`,
    status,
    version: 1,
    category: 'repairs',
    description: '压测心愿',
    urgency: 'normal',
    preferredTime: { date: '2026-11-24', window: 'any' },
    photos: [],
    buildingId: 'B-0012',
    communityId: 'c-jinding',
    sponsorId: 's-street',
    room: '101',
    contact: { name: '压测', phone: '13800000000' },
    filedBy: `bench-res-${i}`,
    proxy: false,
    // A second apart, as wishes are filed (keys that tie exactly are read a round later: see the sweep).
    createdAt: new Date(now.getTime() - 200 * HOUR + i * 1000),
    dueAt: new Date(now.getTime() - 100 * HOUR + i * 1000),
    excludedTeamIds: [],
    consentAt: now,
    history: [],
    ...extra,
  });
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < ENDED; i++) out.push(base(i, 'closed', { teamId: 't-lexiujiang', closedAt: now }));
  for (let i = 0; i < OPEN / 3; i++) {
    out.push(base(i, 'submitted', {}));
    out.push(base(i, 'dispatched', { teamId: 't-lexiujiang' }));
    out.push(
      base(i, 'claimed', {
        teamId: 't-lexiujiang',
        claimant: 'demo-volunteer',
        claimedAt: new Date(now.getTime() - 100 * HOUR + i * 1000),
      }),
    );
  }
  return out;
}

export async function measureSweep(functionsDir: string): Promise<Record<string, unknown>[]> {
  const cloud = await startLocalCloud({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-sweep-')), functionsDir, quiet: true });
  try {
    cloud.log.quiet = true;
    await seedDemo(cloud.db);
    const now = new Date();
    await fire(cloud, now); // warm instance, and this week's digest notices out of the way
    const base = await fire(cloud, new Date(now.getTime() + 60_000));
    const docs = wishes(now);
    for (let i = 0; i < docs.length; i += 1000) await cloud.db.insert('wishes', docs.slice(i, i + 1000));
    const rows: Record<string, unknown>[] = [{ figure: 'demo store (baseline)', ...base, ratio: 1 }];
    for (const [i, label] of [`${ENDED} ended + ${OPEN} due: run 1`, 'run 2', 'run 3', 'run 4 (all done)'].entries()) {
      const r = await fire(cloud, new Date(now.getTime() + (i + 2) * 60_000));
      rows.push({ figure: label, ...r, ratio: ratio(r.examined, Math.max(1, base.examined)) });
    }
    return rows;
  } finally {
    await cloud.stop();
  }
}
