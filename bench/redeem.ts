// Bench: 爱心兑换 through the built `bank` function in a local cloud. Database requests per reservation
// and per confirmation (from the local cloud's request log; reads inside the transaction included),
// against user.whoami's; and 200 concurrent reservations through the browser gateway of an item with
// 150 left — successes, refusals (out of stock), seconds and throughput against 200 concurrent
// whoami calls through the same gateway, the baseline measured in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../localcloud';
import { SESSION_COOKIE, signSession } from '../localcloud/gateway/session';
import { seedDemo } from '../scripts/demo-data';
import { ISSUER, makeEntry, passbookOf } from '../src/domain/bank/ledger';
import { median, ratio } from './stats';

const ROUNDS = 20;
const CONCURRENT = Number(process.env.BENCH_RESERVATIONS ?? 200);
const STOCK = Math.round(CONCURRENT * 0.75);
const UPSERT = { multi: false, replace: false, upsert: true };

/** A registered volunteer with `points`, paid by a balanced bonus entry (as the tests' helper does). */
async function volunteer(cloud: LocalCloud, openid: string, points: number): Promise<void> {
  const now = new Date();
  await cloud.db.insert('users', [{ _id: openid, roles: ['resident', 'volunteer'], grants: [], createdAt: now }]);
  await cloud.db.insert('volunteers', [
    { _id: openid, name: '压测志愿者', phone: '13800009999', skills: [], communityId: 'c-jinding', createdAt: now },
  ]);
  const entry = makeEntry({
    _id: `bonus:${openid}:bench`,
    kind: 'bonus',
    at: now,
    lines: [
      { account: ISSUER, points: -points },
      { account: passbookOf(openid), points },
    ],
    memo: '压测积分',
  });
  await cloud.db.insert('journal', [{ ...entry }]);
  await cloud.db.update('accounts', { _id: ISSUER }, { $inc: { balance: -points } }, UPSERT);
  await cloud.db.update(
    'accounts',
    { _id: passbookOf(openid) },
    { $set: { kind: 'passbook', owner: openid, balance: points, minutes: 0 } },
    UPSERT,
  );
}

async function item(cloud: LocalCloud, id: string, stock: number): Promise<void> {
  const now = new Date();
  await cloud.db.insert('rewards', [
    {
      _id: id,
      shopId: 'shop-xingfu',
      name: '压测商品',
      points: 10,
      stock,
      active: true,
      available: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
  ]);
}

/** Database requests of one call through the function host (also bench/activities.ts). */
export async function requestsOf(
  cloud: LocalCloud,
  openid: string,
  fn: string,
  event: Record<string, unknown>,
): Promise<{ n: number; data: Record<string, unknown> }> {
  const r = await cloud.host.invoke(fn, event, { source: 'wx_client', openid });
  if (!r.ok) throw new Error(`${fn}.${String(event.action)}: ${r.code}`);
  const answer = r.result as { ok: boolean; data: Record<string, unknown>; error?: { code: string } };
  if (!answer.ok) throw new Error(`${fn}.${String(event.action)}: ${answer.error?.code}`);
  return { n: cloud.log.ofInvocation(r.requestId).length, data: answer.data };
}

export async function burst(baseUrl: string, secret: string, calls: Array<{ openid: string; fn: string; body: object }>) {
  const t0 = performance.now();
  const answers = await Promise.all(
    calls.map(async ({ openid, fn, body }) => {
      const res = await fetch(`${baseUrl}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${signSession(secret, openid)}` },
        body: JSON.stringify(body),
      });
      return (await res.json()) as { ok: boolean; error?: { code: string } };
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const codes: Record<string, number> = {};
  for (const a of answers) codes[a.ok ? 'ok' : (a.error?.code ?? '?')] = (codes[a.ok ? 'ok' : (a.error?.code ?? '?')] ?? 0) + 1;
  return { seconds, perSecond: Math.round(calls.length / seconds), codes };
}

export async function measureRedeem(functionsDir: string): Promise<Record<string, unknown>[]> {
  const cloud = await startLocalCloud({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'msb-bench-redeem-')),
    functionsDir,
    quiet: true,
    dev: true,
  });
  try {
    cloud.log.quiet = true;
    await seedDemo(cloud.db);
    await item(cloud, 'bench-many', ROUNDS * 2);
    await volunteer(cloud, 'bench-one', ROUNDS * 10);
    const whoami: number[] = [];
    const reserve: number[] = [];
    const confirm: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      whoami.push((await requestsOf(cloud, 'bench-one', 'user', { action: 'whoami' })).n);
      const made = await requestsOf(cloud, 'bench-one', 'bank', { action: 'reserve', itemId: 'bench-many', requestId: `bench_req_${i}_x` });
      reserve.push(made.n);
      confirm.push((await requestsOf(cloud, 'demo-merchant', 'bank', { action: 'redeem', reservationId: made.data.reservationId })).n);
    }
    const base = median(whoami);
    const rows: Record<string, unknown>[] = [
      { figure: 'db requests: user.whoami (baseline)', value: base, ratio: 1 },
      { figure: 'db requests per reservation (bank.reserve)', value: median(reserve), ratio: ratio(median(reserve), base) },
      { figure: 'db requests per confirmation (bank.redeem)', value: median(confirm), ratio: ratio(median(confirm), base) },
    ];

    await item(cloud, 'bench-last', STOCK);
    const people = Array.from({ length: CONCURRENT }, (_, i) => `bench-v${i}`);
    for (const p of people) await volunteer(cloud, p, 10);
    const secret = cloud.services.secret;
    // Warm the instances first, so neither burst pays the cold starts.
    await burst(
      cloud.baseUrl,
      secret,
      people.slice(0, 10).map((openid) => ({ openid, fn: 'bank', body: { action: 'rewards', page: 0 } })),
    );
    const who = await burst(
      cloud.baseUrl,
      secret,
      people.map((openid) => ({ openid, fn: 'user', body: { action: 'whoami' } })),
    );
    const res = await burst(
      cloud.baseUrl,
      secret,
      people.map((openid, i) => ({
        openid,
        fn: 'bank',
        body: { action: 'reserve', itemId: 'bench-last', requestId: `bench_burst_${i}_x` },
      })),
    );
    const left = cloud.db.get('rewards').docs.get('bench-last')?.stock;
    rows.push(
      {
        figure: `${CONCURRENT} concurrent user.whoami via gateway (baseline): calls/s`,
        value: who.perSecond,
        ratio: 1,
        seconds: +who.seconds.toFixed(2),
      },
      {
        figure: `${CONCURRENT} concurrent bank.reserve via gateway (stock ${STOCK}): calls/s`,
        value: res.perSecond,
        ratio: ratio(res.perSecond, who.perSecond),
        seconds: +res.seconds.toFixed(2),
        answers: JSON.stringify(res.codes),
        stockLeft: left,
      },
    );
    return rows;
  } finally {
    await cloud.stop();
  }
}
