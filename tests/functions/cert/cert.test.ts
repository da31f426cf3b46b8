// The `cert` function in the local cloud with the demo data and a seeded journal: the hours of a period
// summed here from the stored journal (not by the product's code), one certificate per period however
// often it is asked, nobody else's in `mine`, and `verify` answering only the masked fields — read back
// from the PDF itself: pdftoppm renders it, jsQR decodes its code, and the decoded number is verified.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import jsQR from 'jsqr';
import type { LocalCloud } from '../../../localcloud';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, type Called } from '../../helpers/people';
import { readPng } from '../../localcloud/openapi/png';
import { pageText, save } from '../poster/helpers';

const OUT = path.join(__dirname, '../../out/cert-function');
const V = 'demo-volunteer'; // 李明, c-jinding (洗马河街道)
const V2 = 'demo-volunteer-2';
const ID = '11010519491231002X';
const SPONSOR = 'sponsor:street-xmh';

let cloud: LocalCloud;

const indexed = (r: Called) => {
  assert.ok(r.requests.length > 0, 'the call read the database');
  assert.deepEqual(
    r.requests.filter((q) => !q.served),
    [],
    'every read served by a declared index',
  );
};

/** A journal entry of `owner` (the lines are not what is certified: the minutes are). */
function entry(_id: string, kind: string, at: string, owner: string, minutes: number | undefined, extra: Record<string, unknown> = {}) {
  return {
    _id,
    kind,
    category: 'service',
    at: new Date(at),
    lines: [
      { account: SPONSOR, points: 0 },
      { account: `passbook:${owner}`, points: 0 },
    ],
    accounts: [SPONSOR, `passbook:${owner}`],
    memo: kind === 'activity_credit' ? '活动积分' : '家电维修 服务积分',
    by: 'system',
    reason: '测试',
    ...(minutes !== undefined ? { minutes } : {}),
    ...extra,
  };
}

const SEED = [
  entry('c-1', 'service_credit', '2024-12-31T15:59:00Z', V, 1000), // 2024-12-31 23:59 in Shanghai: outside 2025
  entry('c-2', 'service_credit', '2024-12-31T16:00:00Z', V, 60), // 2025-01-01 00:00 in Shanghai: inside
  entry('c-3', 'service_hours', '2025-03-10T02:00:00Z', V, 45),
  entry('c-4', 'activity_credit', '2025-05-01T02:00:00Z', V, 120, { activityId: 'a-1' }),
  entry('c-5', 'service_credit', '2025-06-01T02:00:00Z', V, 30),
  entry('c-6', 'reversal', '2025-06-02T02:00:00Z', V, -30, { reverses: 'c-5' }),
  entry('c-7', 'bonus', '2025-07-01T02:00:00Z', V, undefined),
  entry('c-8', 'service_credit', '2025-12-31T16:00:00Z', V, 500), // 2026-01-01 in Shanghai: outside
  entry('c-9', 'service_credit', '2025-04-01T02:00:00Z', V2, 90), // someone else's
];

/** The minutes of `owner`'s entries in Shanghai's 2025, from the stored journal. */
function storedMinutes2025(owner: string): number {
  const docs = [...cloud.db.get('journal').docs.values()] as unknown as { accounts: string[]; at: Date | string; minutes?: number }[];
  return docs
    .filter((d) => d.accounts.includes(`passbook:${owner}`))
    .filter((d) => {
      const local = new Date(new Date(d.at).getTime() + 8 * 3_600_000).toISOString();
      return local.startsWith('2025-');
    })
    .reduce((s, d) => s + (d.minutes ?? 0), 0);
}

function decodeQr(pdfFile: string): string {
  const prefix = `${pdfFile}.page1`;
  const run = spawnSync('pdftoppm', ['-r', '100', '-png', '-singlefile', pdfFile, prefix], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const png = readPng(fs.readFileSync(`${prefix}.png`));
  const rgba = new Uint8ClampedArray(png.width * png.height * 4);
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) rgba.set(png.pixel(x, y), (y * png.width + x) * 4);
  return jsQR(rgba, png.width, png.height)?.data ?? '';
}

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await cloud.db.insert('journal', SEED);
});
afterAll(() => cloud.stop());

describe('issuing a certificate (志愿服务证明)', () => {
  let number = '';

  test('the hours of the year are the journal summed independently; the PDF carries the fields', async () => {
    const r = await person(cloud, V)('cert', { action: 'issue', period: { year: 2025 }, idNumber: '110105 19491231 002x' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const expected = storedMinutes2025(V);
    assert.equal(expected, 60 + 45 + 120 + 30 - 30);
    assert.equal(r.data.minutes, expected);
    assert.equal(r.data.hours, String(Math.round((expected / 60) * 10) / 10));
    assert.equal(r.data.idMasked, '1101**********002X');
    assert.equal(r.data.issuer, '洗马河街道新时代文明实践所');
    assert.equal(r.data.created, true);
    assert.match(r.data.number, /^\d{4}-000001-[0-9A-Z]{4}$/);
    assert.match(r.data.content, /微心愿志愿服务 2 次/);
    assert.match(r.data.content, /活动 1 场/);
    number = r.data.number;
    indexed(r);
    const journalRead = r.requests.filter((q) => q.collection === 'journal').reduce((n, q) => n + q.examined, 0);
    assert.ok(journalRead <= SEED.filter((e) => e.accounts.includes(`passbook:${V}`)).length, `journal examined: ${journalRead}`);

    const res = await fetch(r.data.url);
    assert.equal(res.status, 200);
    const file = save(OUT, 'cert.pdf', new Uint8Array(await res.arrayBuffer()));
    const text = pageText(file).replace(/\s+/g, '');
    for (const words of [
      '志愿服务证明',
      '服务内容',
      '李明',
      '1101**********002X',
      '2025年1月至2025年12月',
      `${r.data.hours}小时`,
      number,
      '洗马河街道新时代文明实践所',
    ])
      assert.ok(text.includes(words.replace(/\s+/g, '')), `the PDF says ${words}`);
    assert.ok(!text.includes(ID) && !text.includes('19491231'), 'never the whole identity number');

    // The printed QR opens the verification page with the number; that number verifies.
    const decoded = decodeQr(file);
    assert.equal(decoded, `pages/cert/index?no=${number}`);
    const v = await person(cloud, 'demo-resident')('cert', {
      action: 'verify',
      number: new URLSearchParams(decoded.split('?')[1]).get('no'),
    });
    assert.equal(v.ok, true, JSON.stringify(v.error));
    indexed(v);
    assert.deepEqual(v.data, {
      number,
      name: '李*',
      minutes: expected,
      hours: r.data.hours,
      period: { from: '2025-01', to: '2025-12' },
      issuer: '洗马河街道新时代文明实践所',
      issuedOn: r.data.issuedOn,
    });
  });

  test('the full identity number is stored nowhere', () => {
    const stored = JSON.stringify([...cloud.db.get('certificates').docs.values()]);
    assert.ok(!stored.includes(ID) && !stored.includes('19491231'));
  });

  test('asked again for the same period: the same certificate, one document, one number used', async () => {
    const again = await Promise.all(
      [0, 1, 2].map(() => person(cloud, V)('cert', { action: 'issue', period: { from: '2025-01', to: '2025-12' }, idNumber: ID })),
    );
    for (const r of again) {
      assert.equal(r.ok, true, JSON.stringify(r.error));
      assert.equal(r.data.number, number);
      assert.equal(r.data.created, false);
    }
    assert.equal(cloud.db.get('certificates').docs.size, 1);
    const counter = cloud.db.get('certCounters').docs.get(number.slice(0, 4)) as unknown as { last: number };
    assert.equal(counter.last, 1, 'one number taken');
  });

  test('another identity number for the same period is refused; another period takes the next number', async () => {
    const other = await person(cloud, V)('cert', { action: 'issue', period: { year: 2025 }, idNumber: '510104199001011230' });
    assert.equal(other.error?.code, 'CERT.ID_MISMATCH');
    const spring = await person(cloud, V)('cert', { action: 'issue', period: { from: '2025-03', to: '2025-05' }, idNumber: ID });
    assert.equal(spring.ok, true, JSON.stringify(spring.error));
    assert.equal(spring.data.minutes, 45 + 120);
    assert.match(spring.data.number, /^\d{4}-000002-/);
  });

  test('another volunteer sees none of mine, and a period without hours is refused', async () => {
    const mine = await person(cloud, V)('cert', { action: 'mine' });
    assert.deepEqual(mine.data.certificates.map((c: { period: { from: string } }) => c.period.from).sort(), ['2025-01', '2025-03']);
    indexed(mine);
    // Each with a temporary URL of its own PDF: H5 saves it from there.
    for (const c of mine.data.certificates as { number: string; url: string }[]) {
      const res = await fetch(c.url);
      assert.equal(res.status, 200);
      const text = pageText(save(OUT, `mine-${c.number}.pdf`, new Uint8Array(await res.arrayBuffer())));
      assert.ok(text.includes(c.number), `the PDF of ${c.number}`);
    }
    const theirs = await person(cloud, V2)('cert', { action: 'mine' });
    assert.deepEqual(theirs.data.certificates, []);
    const none = await person(cloud, V2)('cert', { action: 'issue', period: { year: 2024 }, idNumber: ID });
    assert.equal(none.error?.code, 'CERT.NO_HOURS');
    assert.equal(cloud.db.get('certificates').docs.size, 2, 'nothing written');
  });

  test('bad input: a wrong check digit, a future period, an unknown number', async () => {
    const bad = await person(cloud, V)('cert', { action: 'issue', period: { year: 2025 }, idNumber: '110105194912310021' });
    assert.equal(bad.error?.code, 'INPUT.INVALID');
    const future = await person(cloud, V)('cert', { action: 'issue', period: { year: 2100 }, idNumber: ID });
    assert.equal(future.error?.code, 'CERT.BAD_PERIOD');
    const unknown = await person(cloud, V)('cert', { action: 'verify', number: '2025-999999-ABCD' });
    assert.equal(unknown.error?.code, 'CERT.NOT_FOUND');
  });
});
