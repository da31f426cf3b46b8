// insight.month_report over the dashboard's seeded months (seed.ts) with personal details added to every
// wish: the PDF's words (pdftotext) and the workbook (exceljs) carry the figures computed here with plain
// loops, the chart's six months, and the notable cases — 5★, served, agreed to the wall — with every
// digit run masked and no name, phone, room, stairwell code or OPENID anywhere in either file. A settled
// month is made once (asked again: no wish read, the same files); scope as the dashboard's.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { LocalCloud } from '../../../localcloud';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, type Called } from '../../helpers/people';
import { pageCount, save } from '../poster/helpers';
import { insertWishes, seedWishes, type SeedWish } from './seed';

const OUT = path.join(__dirname, '../../out/month-report');
const DISP_QING = 'rep-disp-qing';
const MONTH = '2024-04';
const NAMES = ['王秀英', '赵建国', '钱桂兰'];
const PHONES = ['13912345678', '13887654321', '13700001111'];
const ROOMS = ['302', '1501', '808'];
const FILER = 'rep-filer-openid-x1';

/** Every wish names its resident (and a helper), with phone and room; some tell them again in the text. */
const WISHES = seedWishes(360).map((w, i) => {
  const k = i % 3;
  const notable = ['completed', 'rated', 'closed'].includes(w.status) && Math.floor(i / 4) % 2 === 0;
  return {
    ...w,
    description: `请帮${NAMES[k]}修理厨房水龙头，电话${PHONES[k]}，住${ROOMS[k]}室（${w.buildingId}），${'谢谢'.repeat(i % 4 ? 1 : 40)}`,
    contact: { name: NAMES[k], phone: PHONES[k] },
    helper: { name: '孙志强', phone: '13600002222' },
    room: ROOMS[k],
    filedBy: FILER,
    ...(notable ? { rating: { stars: 5, at: w.createdAt } } : i % 5 === 0 ? { rating: { stars: 4, at: w.createdAt } } : {}),
    ...(i % 3 !== 1 ? { wallConsent: true } : {}),
  };
});
let cloud: LocalCloud;

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  cloud = await startFunctionsCloud();
  await insertWishes(cloud, WISHES as unknown as SeedWish[]);
  await cloud.db.insert('users', [
    {
      _id: DISP_QING,
      roles: ['dispatcher'],
      grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } }],
      createdAt: new Date(),
    },
  ]);
});
afterAll(() => cloud.stop());

const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3_600_000);
const monthOf = (d: Date) => shanghai(d).toISOString().slice(0, 7);
const isServed = (s: string) => s === 'completed' || s === 'rated' || s === 'closed';

/** The month's counts, by hand. */
function expected(month: string, communities?: string[]) {
  const ws = WISHES.filter((w) => monthOf(w.createdAt) === month && (!communities || communities.includes(w.communityId)));
  const served = ws.filter((w) => isServed(w.status));
  const byCategory: Record<string, number> = {};
  for (const w of ws) byCategory[w.category] = (byCategory[w.category] ?? 0) + 1;
  const minutes = served.reduce((s, w) => s + w.completion!.minutes, 0);
  const notCancelled = ws.filter((w) => w.status !== 'cancelled').length;
  const notable = ws.filter((w) => isServed(w.status) && w.rating?.stars === 5 && w.wallConsent);
  return { filed: ws.length, served: served.length, notCancelled, byCategory, hours: Math.round((minutes / 60) * 10) / 10, notable };
}

async function files(r: Called) {
  assert.equal(r.ok, true, JSON.stringify(r.error));
  const pdfRes = await fetch(r.data.pdf.url);
  const xlsxRes = await fetch(r.data.xlsx.url);
  assert.equal(pdfRes.status, 200);
  assert.equal(xlsxRes.status, 200);
  const name = `${r.data.month}-${r.data.scope === 'all' ? 'all' : r.data.scope.join('_')}`;
  const pdf = save(OUT, `${name}.pdf`, new Uint8Array(await pdfRes.arrayBuffer()));
  const xlsx = Buffer.from(await xlsxRes.arrayBuffer());
  save(OUT, `${name}.xlsx`, xlsx);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const cells = book.worksheets.flatMap((s) =>
    s.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map((v) => String(v ?? '')) : [])),
  );
  return { pdf, text, book, cells };
}

const rowsOf = (book: ExcelJS.Workbook, sheet: string) =>
  (book.getWorksheet(sheet)!.getSheetValues().slice(1) as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => v ?? ''));

describe('insight.month_report', () => {
  let first: Called;

  test('the street: the figures, the chart and the notable cases in both files, and nothing personal', async () => {
    first = await person(cloud, 'demo-admin')('insight', { action: 'month_report', month: MONTH });
    const e = expected(MONTH);
    assert.equal(first.data.title, '洗马河街道 2024年4月 微心愿工作月报');
    assert.equal(first.data.settled, true);
    assert.equal(first.data.reused, false);
    assert.ok(
      first.requests.every((q) => q.served),
      JSON.stringify(first.requests.filter((q) => !q.served)),
    );
    const { pdf, text, book, cells } = await files(first);

    // The PDF: rendered (look at tests/out/month-report/*.png) and read.
    const run = spawnSync('pdftoppm', ['-r', '60', '-png', pdf, pdf.replace(/\.pdf$/, '')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const pages = pageCount(pdf);
    assert.ok(pages >= 2);
    for (const words of [
      '洗马河街道 2024年4月 微心愿工作月报',
      '2024年4月1日至2024年4月30日',
      `提交心愿\\s+${e.filed}件`,
      `服务完成\\s+${e.served}件`,
      `解决率\\s+[\\d.]+%（${e.served}/${e.notCancelled}）`,
      `服务时长\\s+${e.hours}小时`,
      '近六个月提交与完成',
      '2023年11月',
      '典型案例',
      `第 ${pages} 页 / 共 ${pages} 页`,
      '由码上办·微心愿服务平台生成',
    ])
      assert.match(text, new RegExp(words), words);

    // The workbook.
    assert.deepEqual(
      book.worksheets.map((s) => s.name),
      ['概况', '分类', '社区', '队伍', '近六个月', '典型案例'],
    );
    const summary = rowsOf(book, '概况');
    assert.deepEqual(summary.find((r) => r[0] === '提交心愿')?.slice(0, 2), ['提交心愿', `${e.filed}件`]);
    assert.deepEqual(summary.find((r) => r[0] === '服务完成')?.slice(0, 2), ['服务完成', `${e.served}件`]);
    const categories = Object.fromEntries(
      rowsOf(book, '分类')
        .slice(1)
        .map((r) => [r[0], r[1]]),
    );
    assert.deepEqual(Object.values(categories).sort(), Object.values(e.byCategory).sort());
    const trend = rowsOf(book, '近六个月').slice(1);
    assert.deepEqual(
      trend.map((r) => r[0]),
      ['2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04'],
    );
    assert.deepEqual(
      trend.map((r) => [r[1], r[2]]),
      ['2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04'].map((m) => [expected(m).filed, expected(m).served]),
    );
    const cases = rowsOf(book, '典型案例').slice(1);
    assert.ok(e.notable.length > 5, `the seed has notable cases (${e.notable.length})`);
    assert.equal(cases.length, 5, 'at most five');
    const day = (d: Date) => shanghai(d).toISOString().slice(0, 10);
    assert.deepEqual(
      cases.map((c) => c[3]),
      e.notable
        .map((w) => w.createdAt)
        .sort((a, b) => a.getTime() - b.getTime())
        .slice(0, 5)
        .map(day),
      'the first five filed, oldest first',
    );
    for (const c of cases) {
      assert.match(String(c[5]), /^请帮某某修理厨房水龙头，电话\*\*，住\*\*室（B-\*\*），/);
      assert.ok([...String(c[5])].length <= 61);
    }
    assert.match(text, /请帮某某修理厨房水龙头/);

    // Nothing personal in either file.
    const all = `${text}\n${cells.join('\n')}`;
    for (const secret of [
      ...NAMES,
      ...PHONES,
      ...ROOMS.map((r) => `住${r}室`),
      '孙志强',
      '13600002222',
      FILER,
      'B-0012',
      'B-0013',
      'B-0101',
    ])
      assert.ok(!all.includes(secret), `no ${secret}`);
  });

  test('asked again: the same files, no wish read, nothing made', async () => {
    const again = await person(cloud, 'demo-admin')('insight', { action: 'month_report', month: MONTH });
    assert.equal(again.data.reused, true);
    assert.equal(again.data.pdf.fileID, first.data.pdf.fileID);
    assert.equal(again.data.xlsx.fileID, first.data.xlsx.fileID);
    assert.equal(again.data.madeAt, first.data.madeAt);
    assert.equal(again.requests.filter((q) => q.collection === 'wishes').length, 0);
    assert.equal(cloud.db.find('monthlyReports', {}).docs.length, 1);
  });

  test("a community dispatcher: their community's figures, titled with it; another community is missing", async () => {
    const d = person(cloud, DISP_QING);
    const r = await d('insight', { action: 'month_report', month: MONTH });
    assert.deepEqual(r.data.scope, ['c-qingyun']);
    assert.equal(r.data.title, '洗马河街道青云社区 2024年4月 微心愿工作月报');
    const e = expected(MONTH, ['c-qingyun']);
    const { text } = await files(r);
    assert.match(text, new RegExp(`提交心愿\\s+${e.filed}件`));
    assert.ok(!text.includes('金鼎社区'), 'no other community');
    assert.equal(
      (await d('insight', { action: 'month_report', month: MONTH, communityId: 'c-jinding' })).error?.code,
      'COMMUNITY.NOT_FOUND',
    );
  });

  test('the current month is live: made afresh each time, the same files for a retry with one requestId', async () => {
    const month = monthOf(new Date());
    const ask = (extra = {}) => person(cloud, 'demo-admin')('insight', { action: 'month_report', month, ...extra });
    const a = await ask();
    assert.equal(a.data.settled, false);
    assert.equal(a.data.reused, false);
    const b = await ask({ requestId: 'rep-retry-0001' });
    const c = await ask({ requestId: 'rep-retry-0001' });
    assert.equal(c.data.reused, true);
    assert.equal(c.data.pdf.fileID, b.data.pdf.fileID);
    assert.notEqual(b.data.pdf.fileID, a.data.pdf.fileID);
  });

  test.each([
    ['demo-volunteer', { month: MONTH }, 'AUTH.FORBIDDEN'],
    ['demo-admin', { month: '2099-01' }, 'INSIGHT.BAD_MONTH'],
    ['demo-admin', { month: '2024-13' }, 'INPUT.INVALID'],
    ['demo-admin', { month: MONTH, communityId: 'c-nowhere' }, 'COMMUNITY.NOT_FOUND'],
  ])('%s %j → %s', async (who, event, code) => {
    assert.equal((await person(cloud, who)('insight', { action: 'month_report', ...event })).error?.code, code);
  });
});
