import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from '../../cloudfunctions/_lib/sheets/read';
import { templateRows, writeCsvSheet, writeTemplate, writeXlsx } from '../../cloudfunctions/_lib/sheets/write';
import {
  checkHeaders,
  checkRows,
  COLUMNS,
  countChanges,
  diffRecords,
  IMPORT_KINDS,
  toRows,
  type OrgSnapshot,
} from '../../src/domain/org/import';
import { DEMO_SHEETS, DEMO_SHEETS_DIR, demoOrg, demoSheets } from '../../scripts/demo-sheets';
import { ORG } from '../domain/import-fixture';

async function workbookOf(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('楼栋');
  rows.forEach((r, i) => {
    if (r.length) sheet.getRow(i + 1).values = r;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const PLACE_HEADERS = COLUMNS.places.map((c) => c.header);

describe('readSheet (XLSX)', () => {
  it('reads header-keyed rows with their sheet row numbers; blank rows are skipped, not renumbered', async () => {
    const file = await workbookOf([
      PLACE_HEADERS,
      ['洗马河街道', '金鼎社区', '0871-63120012', '', '', '翠湖小区', '3栋2单元', 'B-0012', '是'],
      [],
      ['洗马河街道', { richText: [{ text: '青云' }, { text: '社区' }] }, '', '', 3, '青云里', '1栋', 'B 0101', '否'],
      ['洗马河街道', '金鼎社区', '', '', '', '翠湖小区', '', 'B-0013', '也许'],
    ]);
    const { headers, rows } = await readSheet(file, 'xlsx');
    assert.deepEqual(headers, PLACE_HEADERS);
    assert.deepEqual(
      rows.map((r) => r.row),
      [2, 4, 5],
    );
    assert.equal(rows[1]?.values['社区'], '青云社区', 'rich text is joined');
    assert.equal(rows[1]?.values['服务日'], '3', 'a number is read as its digits');
    const result = checkRows('places', rows, ORG);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.message),
      [
        '第 4 行「楼栋码」只能用字母、数字和 - _ 等符号，最多 32 个：B 0101',
        '第 5 行「楼栋/单元」没有填写',
        '第 5 行「码已含单元」应填「是」或「否」：也许',
      ],
    );
  });

  it('a phone typed as a number keeps its digits', async () => {
    const file = await workbookOf([COLUMNS.volunteers.map((c) => c.header), ['李明', 13800000002, '金鼎社区', '乐修匠', '否']]);
    const { rows } = await readSheet(file, 'xlsx');
    const result = checkRows('volunteers', rows, ORG);
    assert.ok(result.ok);
    assert.equal(result.records[0]?.doc._id, 'openid-li');
  });
});

describe('readSheet (CSV)', () => {
  const cases: Array<[string, string]> = [
    ['UTF-8 with a BOM, CRLF', '\uFEFF姓名,手机号,社区,专长,党员\r\n李明,13800000002,金鼎社区,"乐修匠,跑腿代办",否\r\n'],
    ['UTF-8 without a BOM, LF, no final newline', '姓名,手机号,社区,专长,党员\n李明,13800000002,金鼎社区,"乐修匠,跑腿代办",否'],
    ['a blank line is not a row', '姓名,手机号,社区,专长,党员\n\n李明,13800000002,金鼎社区,"乐修匠,跑腿代办",否\n'],
  ];
  for (const [name, text] of cases) {
    it(name, async () => {
      const { headers, rows } = await readSheet(Buffer.from(text, 'utf8'), 'csv');
      assert.equal(headers[0], '姓名', 'the BOM is not part of the first header');
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0]?.values, { 姓名: '李明', 手机号: '13800000002', 社区: '金鼎社区', 专长: '乐修匠,跑腿代办', 党员: '否' });
    });
  }

  it('quotes survive: a cell with a comma, a quote and a line break', async () => {
    const csv = writeCsvSheet('places', [{ ...templateRows('places')[0], 新时代文明实践站: '金鼎"实践站",\n二楼' }]);
    const { rows } = await readSheet(Buffer.from(csv, 'utf8'), 'csv');
    assert.equal(rows[0]?.values['新时代文明实践站'], '金鼎"实践站",\n二楼');
  });
});

describe('template', () => {
  for (const kind of IMPORT_KINDS) {
    it(`${kind}: opens with the Chinese headers, styled and wide, and one example row that checks clean`, async () => {
      const file = await writeTemplate(kind);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
      const sheet = wb.worksheets[0]!;
      const header = sheet.getRow(1);
      assert.equal(header.getCell(1).font?.bold, true);
      assert.equal(sheet.getColumn(1).width, COLUMNS[kind][0]?.width);
      const { headers, rows } = await readSheet(file, 'xlsx');
      assert.deepEqual(
        headers,
        COLUMNS[kind].map((c) => c.header),
      );
      assert.equal(rows.length, 1);
      const result = checkRows(kind, rows, ORG);
      assert.ok(result.ok, JSON.stringify(result));
    });
  }
});

describe('export → read → checkRows round-trips', () => {
  const org: OrgSnapshot = {
    ...ORG,
    communities: ORG.communities.map((c) => (c._id === 'c-jinding' ? { ...c, station: '金鼎站', serviceDay: 3 } : c)),
    teams: ORG.teams.map((t) => (t._id === 't-lexiujiang' ? { ...t, kind: 'professional' as const, parentId: 't-zhidui' } : t)),
  };
  for (const kind of IMPORT_KINDS) {
    for (const format of ['xlsx', 'csv'] as const) {
      it(`${kind} as ${format}: the same records, nothing to change`, async () => {
        const rows = toRows(kind, org);
        const file = format === 'xlsx' ? await writeXlsx(kind, rows) : Buffer.from(writeCsvSheet(kind, rows), 'utf8');
        const read = await readSheet(file, format);
        const result = checkRows(kind, read.rows, org);
        assert.ok(result.ok, JSON.stringify(result));
        const counts = countChanges(diffRecords(result.records, org));
        assert.deepEqual(counts, { create: 0, update: 0, unchanged: result.records.length });
        assert.ok(result.records.length >= rows.length);
      });
    }
  }
});

describe('a 5,000-row file', () => {
  it('is read and checked in full', async () => {
    const started = Date.now();
    const body = Array.from({ length: 5000 }, (_, i) => [
      '洗马河街道',
      `第${(i % 50) + 1}社区`,
      '0871-63120012',
      '',
      '',
      `第${(i % 7) + 1}小区`,
      `${i + 1}栋`,
      `P-${String(i).padStart(5, '0')}`,
      i % 2 ? '是' : '否',
    ]);
    body[4321]![7] = 'P-00007';
    const { rows } = await readSheet(await workbookOf([PLACE_HEADERS, ...body]), 'xlsx');
    assert.equal(rows.length, 5000);
    const bad = checkRows('places', rows, ORG);
    assert.ok(!bad.ok);
    assert.deepEqual(
      bad.problems.map((p) => p.message),
      ['第 4323 行「楼栋码」与第 9 行重复：P-00007'],
    );
    const good = checkRows(
      'places',
      rows.filter((r) => r.row !== 4323),
      ORG,
    );
    assert.ok(good.ok);
    assert.deepEqual(countChanges(diffRecords(good.records, ORG)), { create: 4999 + 50, update: 0, unchanged: 1 });
    console.log(`5,000-row XLSX written, read, checked and diffed in ${Date.now() - started} ms`);
  });
});

describe('the demo spreadsheets (database/demo)', () => {
  for (const kind of DEMO_SHEETS) {
    it(`${kind}.csv is what the demo seed gives (npm run demo-sheets) and checks clean against it, changing nothing`, async () => {
      const committed = readFileSync(join(DEMO_SHEETS_DIR, `${kind}.csv`));
      assert.equal(committed.toString('utf8'), (await demoSheets())[`${kind}.csv`], 'regenerate with npm run demo-sheets');
      const org = await demoOrg();
      const { headers, rows } = await readSheet(committed, 'csv');
      assert.deepEqual(checkHeaders(kind, headers), []);
      assert.ok(rows.length >= 3);
      const result = checkRows(kind, rows, org);
      assert.ok(result.ok, JSON.stringify(result));
      const { create, update } = countChanges(diffRecords(result.records, org));
      assert.deepEqual({ create, update }, { create: 0, update: 0 });
    });
  }
});
