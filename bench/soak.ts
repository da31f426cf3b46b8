// Bench: memory of the local cloud process over a soak of mixed gateway load (default 5 minutes).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SESSION_COOKIE, signSession } from '../localcloud/gateway/session';

const root = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export async function measureSoak(functionsDir: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'msb-soak-'));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(root, 'scripts/serve.ts'),
      '--data-dir',
      dataDir,
      '--functions-dir',
      functionsDir,
      '--seed-demo',
      '--quiet',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const baseUrl: string = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /LOCALCLOUD_READY (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  try {
    const secret = fs.readFileSync(path.join(dataDir, 'secret'), 'utf8').trim();
    const cookie = (o: string) => `${SESSION_COOKIE}=${signSession(secret, o)}`;
    const json = { 'content-type': 'application/json' };
    const requests = [
      {
        method: 'POST',
        path: '/api/volunteer',
        headers: { ...json, cookie: cookie('demo-volunteer') },
        body: JSON.stringify({ action: 'hall', tab: 'open', page: 0 }),
      },
      {
        method: 'POST',
        path: '/api/wish',
        headers: { ...json, cookie: cookie('demo-resident') },
        body: JSON.stringify({ action: 'mine', page: 0 }),
      },
      {
        method: 'POST',
        path: '/api/user',
        headers: { ...json, cookie: cookie('demo-dispatcher') },
        body: JSON.stringify({ action: 'whoami' }),
      },
      {
        method: 'POST',
        path: '/api/dispatch',
        headers: { ...json, cookie: cookie('demo-dispatcher') },
        body: JSON.stringify({ action: 'queue', page: 0 }),
      },
    ];
    const warm = Math.min(30, Math.floor(SECONDS / 5));
    await autocannon({ url: baseUrl, connections: 20, duration: warm, requests: requests as never });
    const start = rssMb(child.pid!);
    const samples: number[] = [start];
    const sampler = setInterval(() => samples.push(rssMb(child.pid!)), 10_000);
    const r = await autocannon({ url: baseUrl, connections: 20, duration: SECONDS, requests: requests as never });
    clearInterval(sampler);
    const end = rssMb(child.pid!);
    // Growth over the second half tells a leak (keeps climbing) from warm-up (levels off).
    const half = samples[Math.floor(samples.length / 2)];
    return {
      seconds: SECONDS,
      requests: r.requests.total,
      non2xx: r.non2xx,
      rssStartMb: +start.toFixed(1),
      rssHalfMb: +half.toFixed(1),
      rssEndMb: +end.toFixed(1),
      rssPeakMb: +Math.max(...samples, end).toFixed(1),
      growthMb: +(end - start).toFixed(1),
      secondHalfGrowthMb: +(end - half).toFixed(1),
      endOverStart: +(end / start).toFixed(2),
      samplesMb: samples.map((x) => Math.round(x)),
    };
  } finally {
    child.kill('SIGTERM');
  }
}
