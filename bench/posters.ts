// Bench: stairwell posters through the built `poster` function in a local cloud. One poster's bytes and
// time (against the code image alone and a whoami round trip, the baselines measured in the same run),
// and a 100-stairwell community's batch: seconds, calls, bytes per poster (against one poster alone),
// first with every code to make (wxacode.getUnlimited) and again with the stored codes reused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { parseFileId } from '../localcloud/storage';
import { filePath } from '../localcloud/storage/paths';
import { seedDemo } from '../scripts/demo-data';
import { median, ratio } from './stats';

const STAIRWELLS = Number(process.env.BENCH_POSTERS ?? 100);
const ROUNDS = 5;

type Answer = { ok: boolean; data: Record<string, unknown>; error?: { code: string } };

async function call(cloud: LocalCloud, fn: string, event: Record<string, unknown>): Promise<{ answer: Answer; ms: number }> {
  const t0 = performance.now();
  const r = await cloud.host.invoke(fn, event, { source: 'wx_client', openid: 'demo-admin' });
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.code} ${r.message}`);
  const answer = r.result as Answer;
  if (!answer.ok) throw new Error(`${fn}.${String(event.action)}: ${answer.error?.code}`);
  return { answer, ms };
}

async function bytesAt(url: unknown): Promise<number> {
  return (await (await fetch(String(url))).arrayBuffer()).byteLength;
}

async function runBatch(cloud: LocalCloud): Promise<{ seconds: number; calls: number; bytes: number; codesMade: number }> {
  const made0 = cloud.openapiCalls.length;
  const t0 = performance.now();
  let calls = 0;
  let data: Record<string, unknown> = {};
  do {
    data = (await call(cloud, 'poster', { action: 'batch', communityId: 'c-bench' })).answer.data;
    calls++;
  } while (data.status === 'running');
  const seconds = (performance.now() - t0) / 1000;
  const file = data.file as { url: string };
  const codesMade = cloud.openapiCalls.slice(made0).filter((c) => c.apiName === 'wxacode.getUnlimited').length;
  return { seconds, calls, bytes: await bytesAt(file.url), codesMade };
}

export async function measurePosters(functionsDir: string): Promise<Record<string, unknown>[]> {
  const cloud = await startLocalCloud({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-posters-')), functionsDir, quiet: true });
  try {
    await seedDemo(cloud.db);
    await cloud.db.insert('communities', [
      { _id: 'c-bench', name: '百楼社区', street: '洗马河街道', sponsorId: 'street-xmh', hotline: '0871-63120199' },
    ]);
    await cloud.db.insert(
      'buildings',
      Array.from({ length: STAIRWELLS }, (_, i) => ({
        _id: `P-${String(i + 1).padStart(4, '0')}`,
        name: `${i + 1}栋${(i % 3) + 1}单元`,
        estateName: `百楼${'甲乙丙丁'[i % 4]}区`,
        communityId: 'c-bench',
        communityName: '百楼社区',
        fixes: 'unit',
      })),
    );
    // Warm both functions (cold start, reference cache, the fonts read once per instance).
    await call(cloud, 'user', { action: 'whoami' });
    const first = await call(cloud, 'poster', { action: 'poster', code: 'B-0012' });
    const whoami: number[] = [];
    const poster: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      whoami.push((await call(cloud, 'user', { action: 'whoami' })).ms);
      poster.push((await call(cloud, 'poster', { action: 'poster', code: 'B-0012' })).ms);
    }
    const posterBytes = await bytesAt(first.answer.data.url);
    const code = parseFileId((cloud.db.get('qrcodes').docs.get('B-0012') as unknown as { fileID: string }).fileID);
    const codeBytes = fs.statSync(filePath(cloud.dataDir, code.env, code.cloudPath)).size;
    const oneMs = median(poster);

    const fresh = await runBatch(cloud);
    for (const id of cloud.db.get('jobs').docs.keys()) await cloud.db.remove('jobs', { _id: id }, false);
    const reused = await runBatch(cloud);

    const batchRow = (name: string, b: typeof fresh) => ({
      figure: name,
      value: `${b.seconds.toFixed(1)} s, ${b.calls} calls, ${b.codesMade} codes made`,
      'bytes per poster': Math.round(b.bytes / STAIRWELLS),
      'ms per poster': Math.round((b.seconds * 1000) / STAIRWELLS),
      baseline: `one poster alone: ${posterBytes} bytes, ${oneMs.toFixed(0)} ms`,
      'bytes ratio': ratio(b.bytes / STAIRWELLS, posterBytes),
      'time ratio': ratio((b.seconds * 1000) / STAIRWELLS, oneMs),
    });
    return [
      {
        figure: 'one poster (warm, stored code)',
        value: `${posterBytes} bytes, ${oneMs.toFixed(0)} ms`,
        'bytes per poster': posterBytes,
        'ms per poster': Math.round(oneMs),
        baseline: `code PNG ${codeBytes} bytes; whoami ${median(whoami).toFixed(0)} ms`,
        'bytes ratio': ratio(posterBytes, codeBytes),
        'time ratio': ratio(oneMs, median(whoami)),
      },
      batchRow(`${STAIRWELLS}-poster batch, codes made`, fresh),
      batchRow(`${STAIRWELLS}-poster batch, codes reused`, reused),
    ];
  } finally {
    await cloud.stop();
  }
}
