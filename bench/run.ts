// `npm run bench`: prints a table of figures, each as a ratio against a baseline measured in the same
// run, and writes bench/out/report.json. BENCH_SKIP=sizes,gateway,scale,elders,import,redeem,activities,visits,insight,sweep,quota,matcher,soak leaves parts out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud } from '../localcloud';
import { buildFunctions } from '../scripts/build-functions';
import { seedDemo } from '../scripts/demo-data';
import { measureFunctions } from './functions';
import { goalLines, measureGateway } from './gateway-load';
import { measurePosters } from './posters';
import { IMPORT_ROWS, measureImport } from './import';
import { measureScale } from './scale';
import { measureElders } from './elders';
import { measureSoak } from './soak';
import { measureRequests } from './requests';
import { measureRedeem } from './redeem';
import { measureActivities } from './activities';
import { measureVisits, VISIT_ELDERS } from './visits';
import { INSIGHT_WISHES, measureInsight } from './insight';
import { measureSweep } from './sweep';
import { measureMatcher } from './matcher';
import { measureQuota } from './quota';
import { measureSizes } from './sizes';
import { ratio } from './stats';
import { CLIENTS, OPS_PER_KIND, drive, startBareEndpoint } from './throughput';

const root = path.resolve(__dirname, '..');
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

async function main(): Promise<void> {
  const report: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length };

  if (!skip.has('sizes')) {
    console.log('▶ weapp main package vs a bare Taro app (production builds)…');
    const s = measureSizes();
    report.weappMainPackage = { ...s, ratio: ratio(s.productBytes, s.bareBytes) };
    console.table([
      { figure: 'weapp main package bytes', product: s.productBytes, 'bare Taro': s.bareBytes, ratio: ratio(s.productBytes, s.bareBytes) },
    ]);
  }

  console.log('▶ function bundles: bytes and cold require time vs wx-server-sdk alone…');
  await buildFunctions();
  const f = measureFunctions();
  report.functions = {
    sdkRequireMs: f.sdkMs,
    sdkIndexBytes: f.sdkBytes,
    bundles: f.fns.map((x) => ({ ...x, requireRatio: ratio(x.requireMs, f.sdkMs) })),
  };
  console.table(
    f.fns.map((x) => ({
      function: x.name,
      'bundle bytes': x.bundleBytes,
      'require ms': x.requireMs.toFixed(1),
      'sdk require ms': f.sdkMs.toFixed(1),
      'require ratio': ratio(x.requireMs, f.sdkMs),
    })),
  );

  const cloud = await startLocalCloud({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-')), quiet: true });
  try {
    await seedDemo(cloud.db);
    console.log('▶ database requests per function action…');
    const rows = await measureRequests(cloud);
    report.requestsPerAction = rows;
    console.table(rows);

    console.log(`▶ throughput and latency, ${CLIENTS} concurrent clients, ${OPS_PER_KIND} ops per kind, via wx-server-sdk…`);
    const bare = await startBareEndpoint();
    const base = await drive({ adminUrl: bare.adminUrl, adminToken: cloud.adminToken });
    await bare.close();
    await cloud.db.createCollection('bench');
    const local = await drive({ adminUrl: cloud.adminUrl, adminToken: cloud.adminToken });
    const table = local.map((l, i) => ({
      kind: l.kind,
      'ops/s': l.opsPerSec,
      'p50 ms': l.p50,
      'p99 ms': l.p99,
      'baseline ops/s': base[i].opsPerSec,
      'baseline p50': base[i].p50,
      'throughput ratio': ratio(l.opsPerSec, base[i].opsPerSec),
      'p50 ratio': ratio(l.p50, base[i].p50),
      'p99 ratio': ratio(l.p99, base[i].p99),
    }));
    report.throughput = { clients: CLIENTS, opsPerKind: OPS_PER_KIND, baseline: base, localCloud: local, table };
    console.table(table);
    if (!skip.has('gateway')) {
      console.log('▶ gateway load with autocannon (submit, hall) vs the bare round trip…');
      await cloud.stop();
      // dev mode for GET /__dev/whoami, the bare round trip (a gateway answer that runs no function).
      // The same load twice in this run: with the previous default (six instances of a function on two
      // cores) and with today's (one per core, at least two).
      const configs = [
        { label: 'before: 6 instances per function', opts: { poolSize: 6, maxInstances: 64 } },
        { label: 'now: the instance budget', opts: {} },
      ];
      report.gatewayLoad = {};
      for (const { label, opts } of configs) {
        const served = await startLocalCloud({
          dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-gw-')),
          quiet: true,
          dev: true,
          ...opts,
        });
        try {
          await seedDemo(served.db);
          const table = await measureGateway(served.baseUrl, served.services.secret);
          (report.gatewayLoad as Record<string, unknown>)[label] = table;
          console.log(`  ${label} (${served.host.instanceStats().limit} instances at most)`);
          console.table(table);
          for (const line of goalLines(table)) console.log(`  ${line}`);
        } finally {
          await served.stop();
        }
      }
    }
  } finally {
    await cloud.stop().catch(() => undefined);
  }

  const functionsDir = path.join(root, 'build/cloudfunctions');
  if (!skip.has('scale')) {
    console.log('▶ scale: queue, hall and my wishes with 1k and 100k wishes in the store…');
    const table = await measureScale(functionsDir);
    report.scale = table;
    console.table(table);
  }
  if (!skip.has('elders')) {
    console.log('▶ elders: the visit board (巡访看板) with 1k and 10k elders of one community…');
    const table = await measureElders(functionsDir);
    report.elders = table;
    console.table(table);
  }
  if (!skip.has('posters')) {
    console.log('▶ posters: one poster, and a 100-stairwell batch (codes made, then reused)…');
    const table = await measurePosters(functionsDir);
    report.posters = table;
    console.table(table);
  }
  if (!skip.has('import')) {
    console.log(`▶ import: a ${IMPORT_ROWS}-row places sheet through sheets.apply vs its dry run (check)…`);
    const row = await measureImport(functionsDir);
    report.import = row;
    console.table([row]);
  }
  if (!skip.has('redeem')) {
    console.log('▶ redeem: database requests per reservation and confirmation; 200 concurrent reservations via the gateway…');
    const table = await measureRedeem(functionsDir);
    report.redeem = table;
    console.table(table);
  }
  if (!skip.has('activities')) {
    console.log('▶ activities: database requests per sign-up; 200 concurrent sign-ups via the gateway; documents examined by the lists…');
    const table = await measureActivities(functionsDir);
    report.activities = table;
    console.table(table);
  }
  if (!skip.has('visits')) {
    console.log(`▶ visits: one scheduler run over ${VISIT_ELDERS} elders vs over a tenth of them (requests, seconds)…`);
    const table = await measureVisits(functionsDir);
    report.visits = table;
    console.table(table);
  }
  if (!skip.has('insight')) {
    console.log(`▶ insight: the dashboard over ${INSIGHT_WISHES} wishes vs 1,000 (first request, snapshots, live month)…`);
    const table = await measureInsight(functionsDir);
    report.insight = table;
    console.table(table);
  }
  if (!skip.has('sweep')) {
    console.log('▶ sweep: the dispatch timer with the demo store vs 20k ended and 600 due wishes…');
    const table = await measureSweep(functionsDir);
    report.sweep = table;
    console.table(table);
  }
  if (!skip.has('quota')) {
    console.log("▶ quota: one filer's daily counters taken in a day of 1k, 5k and 20k filers, nested layout vs one flat map…");
    const table = measureQuota();
    report.quota = table;
    console.table(table);
  }
  if (!skip.has('matcher')) {
    console.log("▶ matcher: the store's per-request mingo work vs mingo's entry point (operator table copied per call)…");
    const table = measureMatcher();
    report.matcher = table;
    console.table(table);
  }
  if (!skip.has('soak')) {
    console.log(`▶ soak: local cloud memory under mixed gateway load for ${process.env.BENCH_SOAK_SECONDS ?? 300} s…`);
    const soak = await measureSoak(functionsDir);
    report.soak = soak;
    console.table([soak]);
  }

  const out = path.join(root, 'bench/out/report.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(`report: ${path.relative(root, out)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
