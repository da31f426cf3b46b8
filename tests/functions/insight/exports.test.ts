// insight exports (导出) over seeded data: each kind in both formats read back (exceljs, the CSV parsed
// by hand) against rows computed here; masked or not by role; an export interrupted after one chunk
// resumes into the same file; every export recorded; each chunk a bounded number of served requests.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { LocalCloud } from '../../../localcloud';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, type Called } from '../../helpers/people';
import { activities, elders, entries, exportWishes, insertAll, visits, type ExportWish } from './exportSeed';

const WISHES = exportWishes(1100);
const DISP_QING = 'exp-disp-qing';
const ADMIN_NO_GRANT = 'exp-admin-nogrant';
let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await insertAll(cloud, WISHES);
  await cloud.db.insert('users', [
    {
      _id: DISP_QING,
      roles: ['dispatcher'],
      grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } }],
      createdAt: new Date(),
    },
    { _id: ADMIN_NO_GRANT, roles: ['admin'], grants: [], createdAt: new Date() },
  ]);
});
afterAll(() => cloud.stop());

let seq = 0;
const rid = () => `exp${String(++seq).padStart(6, '0')}${Date.now().toString(36)}`;

interface Run {
  start: Called;
  steps: Called[];
  records: string[][];
  bytes: Buffer;
}

/** Starts an export and steps it until done; reads the file back as records (header first). */
async function exportAll(who: string, opts: Record<string, unknown>, requestId = rid()): Promise<Run> {
  const call = person(cloud, who);
  const start = await call('insight', { action: 'export_start', requestId, ...opts });
  assert.equal(start.ok, true, JSON.stringify(start.error));
  const steps: Called[] = [];
  let last = start;
  while (last.data.status === 'running') {
    last = await call('insight', { action: 'export_step', jobId: start.data.jobId });
    assert.equal(last.ok, true, JSON.stringify(last.error));
    steps.push(last);
    assert.ok(steps.length < 20, 'finishes');
  }
  const res = await fetch(last.data.file.url);
  const bytes = Buffer.from(await res.arrayBuffer());
  return { start, steps, bytes, records: await readBack(bytes, opts.format as string) };
}

async function readBack(bytes: Buffer, format: string): Promise<string[][]> {
  if (format === 'csv') {
    const text = bytes.toString('utf8');
    assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 with a BOM');
    return parseByHand(text.slice(1));
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow({ includeEmpty: false }, (row) => {
    const width = wb.worksheets[0]!.columnCount;
    out.push(Array.from({ length: width }, (_, i) => String(row.getCell(i + 1).value ?? '')));
  });
  return out;
}

/** RFC 4180 by hand (not the product's parser). */
function parseByHand(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return out;
}

/** China time by hand: UTC + 8 h, 'YYYY-MM-DD HH:mm'. */
const cn = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const COMMUNITY: Record<string, string> = { 'c-jinding': '金鼎社区', 'c-qingyun': '青云社区' };
const byCreated = (a: ExportWish, b: ExportWish) => a.createdAt.getTime() - b.createdAt.getTime() || (a._id < b._id ? -1 : 1);
const column = (records: string[][], header: string) => {
  const i = records[0]!.indexOf(header);
  assert.ok(i >= 0, `column ${header}`);
  return records.slice(1).map((r) => r[i]!);
};
const csvSafe = (s: string, format: string) => (format === 'csv' && /^[=+\-@]/.test(s) && !/^-?\d+$/.test(s) ? `'${s}` : s);

describe.each(['xlsx', 'csv'])('%s', (format) => {
  test('wishes: every wish of the range in filing order, with full contacts for the admin', async () => {
    const run = await exportAll('demo-admin', { kind: 'wishes', format, fromDate: '2024-01-01', toDate: '2024-02-29', personal: true });
    const want = WISHES.filter(
      (w) => w.createdAt >= new Date('2023-12-31T16:00:00Z') && w.createdAt < new Date('2024-02-29T16:00:00Z'),
    ).sort(byCreated);
    assert.ok(want.length > 500, 'more than one chunk');
    assert.equal(
      run.records[0]!.join(','),
      '编号,提交时间,社区,楼栋,门牌,联系人,联系电话,类别,状态,队伍,认领人,完成时间,服务时长(分钟),评分',
    );
    assert.deepEqual(
      column(run.records, '编号'),
      want.map((w) => w._id),
    );
    assert.deepEqual(
      column(run.records, '提交时间'),
      want.map((w) => cn(w.createdAt)),
    );
    assert.deepEqual(
      column(run.records, '社区'),
      want.map((w) => COMMUNITY[w.communityId]),
    );
    assert.deepEqual(
      column(run.records, '联系人'),
      want.map((w) => csvSafe(w.contact.name, format)),
    );
    assert.deepEqual(
      column(run.records, '联系电话'),
      want.map((w) => w.contact.phone),
    );
    assert.deepEqual(
      column(run.records, '门牌'),
      want.map((w) => w.room),
    );
    assert.deepEqual(
      column(run.records, '评分'),
      want.map((w) => (w.rating ? String(w.rating.stars) : '')),
    );
    assert.deepEqual(
      column(run.records, '服务时长(分钟)'),
      want.map((w) => (w.completion ? String(w.completion.minutes) : '')),
    );
    assert.equal(run.start.data.personal, true);
    assert.equal(run.steps.at(-1)!.data.file.rows, want.length);
  });

  test("hours: each volunteer's hours and services in the range, from the service entries", async () => {
    const run = await exportAll('demo-admin', { kind: 'hours', format, fromDate: '2024-02-01', toDate: '2024-02-29', personal: true });
    const tally: Record<string, [number, number]> = {};
    for (const e of entries().filter((e) => e.category === 'service')) {
      const openid = e.accounts[0]!.slice('passbook:'.length);
      const t = (tally[openid] ??= [0, 0]);
      t[0] += (e as { minutes?: number }).minutes ?? 0;
      if (e.kind === 'service_credit') t[1] += 1;
    }
    const rows = run.records.slice(1);
    assert.equal(rows.length, 2);
    for (const [openid, [minutes, count]] of Object.entries(tally)) {
      const row = rows.find((r) => r[0] === (cloud.db.get('volunteers').docs.get(openid) as unknown as { name: string }).name);
      assert.ok(row, `a row for ${openid}`);
      assert.equal(row[4], (Math.round(minutes / 6) / 10).toFixed(1));
      assert.equal(row[5], String(count));
      assert.match(row[1]!, /^1\d{10}$/, 'the phone in full');
    }
  });

  test('activities: title, times, quota, sign-ups, attendance and points', async () => {
    const run = await exportAll('demo-admin', { kind: 'activities', format, fromDate: '2024-02-01', toDate: '2024-02-29' });
    const want = activities(20);
    const rows = run.records.slice(1);
    assert.deepEqual(
      rows.map((r) => r[0]),
      want.map((a) => a._id),
    );
    assert.deepEqual(
      rows.map((r) => r[4]),
      want.map((a) => cn(a.startAt)),
    );
    assert.deepEqual(
      rows.map((r) => r[9]),
      want.map((_, i) => String(i % 4)),
      'attended or checked out',
    );
    assert.deepEqual(
      rows.map((r) => r[10]),
      want.map((a) => String(a.points)),
    );
  });

  test('visits: each order with its elder (masked without asking for personal data)', async () => {
    const run = await exportAll('demo-admin', { kind: 'visits', format, fromDate: '2024-02-01', toDate: '2024-02-29' });
    const want = visits();
    const rows = run.records.slice(1);
    assert.deepEqual(
      rows.map((r) => r[0]),
      want.map((v) => v._id),
    );
    const es = new Map(elders().map((e) => [e._id, e]));
    assert.deepEqual(
      rows.map((r) => r[1]),
      want.map((v) => `${es.get(v.elderId)!.name[0]}**`),
    );
    assert.deepEqual(
      rows.map((r) => r[2]),
      want.map(() => '***'),
    );
    assert.deepEqual(
      rows.map((r) => r[3]),
      want.map((v) => `${es.get(v.elderId)!.phone.slice(0, 3)}****${es.get(v.elderId)!.phone.slice(-4)}`),
    );
    assert.deepEqual(
      rows.map((r) => r[8]),
      want.map((v) => (v.status === 'done' ? '已完成' : '已错过')),
    );
    assert.equal(run.start.data.personal, false);
  });

  test('ledger: every entry of the range in time order, formula-like text neutralised in CSV', async () => {
    const run = await exportAll('demo-admin', { kind: 'ledger', format, fromDate: '2024-02-01', toDate: '2024-02-29' });
    const want = entries().sort((a, b) => a.at.getTime() - b.at.getTime() || (a._id < b._id ? -1 : 1));
    const rows = run.records.slice(1);
    assert.deepEqual(
      rows.map((r) => r[1]),
      want.map((e) => e._id),
    );
    assert.deepEqual(
      rows.map((r) => r[0]),
      want.map((e) => cn(e.at)),
    );
    assert.deepEqual(
      rows.map((r) => r[6]),
      want.map((e) => String(e.lines.filter((l) => l.points > 0).reduce((s, l) => s + l.points, 0))),
    );
    assert.deepEqual(
      rows.map((r) => r[9]),
      want.map((e) => csvSafe(e.reason, format)),
    );
  });
});

describe('personal data by role', () => {
  const opts = { kind: 'wishes', format: 'csv', fromDate: '2024-03-01', toDate: '2024-03-31', personal: true };
  const march = WISHES.filter(
    (w) => w.createdAt >= new Date('2024-02-29T16:00:00Z') && w.createdAt < new Date('2024-03-31T16:00:00Z'),
  ).sort(byCreated);

  test('a dispatcher reads only their community, in full (they keep its households)', async () => {
    const run = await exportAll(DISP_QING, opts);
    const want = march.filter((w) => w.communityId === 'c-qingyun');
    assert.deepEqual(
      column(run.records, '编号'),
      want.map((w) => w._id),
    );
    assert.deepEqual(
      column(run.records, '联系电话'),
      want.map((w) => w.contact.phone),
    );
    assert.equal(run.start.data.personal, true);
  });

  test('an admin role without its street grant gets masked names, phones and rooms', async () => {
    const run = await exportAll(ADMIN_NO_GRANT, opts);
    assert.equal(run.start.data.personal, false);
    assert.deepEqual(
      column(run.records, '联系电话'),
      march.map((w) => `${w.contact.phone.slice(0, 3)}****${w.contact.phone.slice(-4)}`),
    );
    assert.ok(column(run.records, '门牌').every((r) => r === '***'));
    assert.ok(column(run.records, '联系人').every((n) => /^'?.\*{1,2}$/.test(n)));
  });

  test('without asking, even an admin gets them masked', async () => {
    const run = await exportAll('demo-admin', { ...opts, personal: false });
    assert.equal(run.start.data.personal, false);
    assert.ok(column(run.records, '联系电话').every((p) => p.includes('****')));
  });

  test("refusals: another community, the ledger for a dispatcher, a bad range, someone else's job", async () => {
    const disp = person(cloud, DISP_QING);
    const base = { action: 'export_start', format: 'csv', fromDate: '2024-01-01', toDate: '2024-01-31' };
    assert.equal(
      (await disp('insight', { ...base, kind: 'wishes', communityId: 'c-jinding', requestId: rid() })).error?.code,
      'COMMUNITY.NOT_FOUND',
    );
    assert.equal((await disp('insight', { ...base, kind: 'ledger', requestId: rid() })).error?.code, 'AUTH.FORBIDDEN');
    assert.equal(
      (await disp('insight', { ...base, kind: 'wishes', toDate: '2023-12-31', requestId: rid() })).error?.code,
      'EXPORT.BAD_RANGE',
    );
    assert.equal(
      (await disp('insight', { ...base, kind: 'wishes', fromDate: '2023-01-01', toDate: '2024-06-01', requestId: rid() })).error?.code,
      'EXPORT.BAD_RANGE',
    );
    const mine = await person(cloud, 'demo-admin')('insight', { ...base, kind: 'wishes', requestId: rid() });
    assert.equal((await disp('insight', { action: 'export_step', jobId: mine.data.jobId })).error?.code, 'EXPORT.NOT_FOUND');
    assert.equal(
      (await person(cloud, 'demo-volunteer')('insight', { ...base, kind: 'wishes', requestId: rid() })).error?.code,
      'AUTH.FORBIDDEN',
    );
  });
});

describe('chunks', () => {
  const opts = { kind: 'wishes', format: 'csv', fromDate: '2024-01-01', toDate: '2024-04-30', personal: true };

  test('an export stopped after one chunk resumes where it stopped and gives the same file', async () => {
    const whole = await exportAll('demo-admin', opts);
    const call = person(cloud, 'demo-admin');
    const requestId = rid();
    const start = await call('insight', { action: 'export_start', requestId, ...opts });
    const first = await call('insight', { action: 'export_step', jobId: start.data.jobId });
    assert.equal(first.data.status, 'running');
    assert.equal(first.data.done, 500);
    // The page was closed; later the same request (a retry of start) finds the same job, and stepping continues it.
    const again = await call('insight', { action: 'export_start', requestId, ...opts });
    assert.equal(again.data.jobId, start.data.jobId);
    assert.equal(again.data.done, 500);
    const resumed = await exportAll('demo-admin', opts, requestId);
    assert.equal(resumed.steps.length, 2, 'only the chunks left');
    assert.ok(resumed.bytes.equals(whole.bytes), 'the same bytes');
    assert.equal(whole.records.length - 1, WISHES.length);
  });

  test('each chunk: a bounded number of requests, every one served by a declared index', async () => {
    const run = await exportAll('demo-admin', { ...opts, format: 'xlsx' });
    assert.equal(run.steps.length, 3);
    // Reference data (communities, stairwells, teams) comes from the function's one-minute cache: not counted.
    const REFERENCE = new Set(['communities', 'buildings', 'teams', 'memberships', 'streets']);
    for (const s of run.steps) {
      const own = s.requests.filter((q) => !REFERENCE.has(q.collection ?? ''));
      // the caller's roles (the router), the job, the range, the volunteers' and users' names, the job's save (+ the record, at the end)
      assert.ok(own.length <= 7, `${own.length} requests: ${own.map((q) => `${q.action}:${q.collection}`).join(' ')}`);
      assert.ok(
        s.requests.every((q) => q.served),
        JSON.stringify(s.requests.filter((q) => !q.served)),
      );
      assert.ok(
        s.requests.every((q) => q.examined <= 600),
        'no more documents examined than a chunk',
      );
    }
  });
});

describe('the record', () => {
  test('every export started is recorded: who, what, scope, range, personal data or not, rows, when', async () => {
    const records = [...cloud.db.get('exportRecords').docs.values()] as Array<Record<string, unknown>>;
    assert.ok(records.length >= 16);
    for (const r of records) {
      for (const k of ['by', 'kind', 'format', 'fromDate', 'toDate', 'scope', 'personal', 'startedAt']) assert.ok(k in r, `${k} recorded`);
    }
    const disp = records.filter((r) => r.by === DISP_QING);
    assert.deepEqual(
      disp.map((r) => r.scope),
      [['c-qingyun']],
    );
    assert.ok(records.filter((r) => r.finishedAt).every((r) => typeof r.rows === 'number' && r.fileID));
  });

  test("listed: an admin sees everyone's, a dispatcher their own", async () => {
    const all = await person(cloud, 'demo-admin')('insight', { action: 'exports', page: 0 });
    assert.equal(all.ok, true, JSON.stringify(all.error));
    const total = cloud.db.get('exportRecords').docs.size;
    assert.equal(all.data.items.length, Math.min(20, total));
    assert.equal(all.data.hasMore, total > 20);
    assert.ok(
      all.data.items.some((r: { by: { mine: boolean } }) => !r.by.mine),
      "others' exports too",
    );
    const own = await person(cloud, DISP_QING)('insight', { action: 'exports', page: 0 });
    assert.equal(own.data.items.length, 1);
    assert.equal(own.data.items[0].by.mine, true);
    assert.equal(own.data.items[0].status, 'done');
    assert.ok(all.requests.every((q) => q.served));
  });
});

test('every query was served by a declared index', () => {
  assert.equal(cloud.log.unindexed, 0);
});
