// The community's elders' sheet, checked purely: every problem as a Chinese sentence naming the row and
// the column; good rows become elders (new, changed or unchanged against those already kept).
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import type { SheetRow } from '../../src/domain/org/import';
import { checkElderHeaders, checkElderSheet, ELDER_COLUMNS, type ElderSheetContext } from '../../src/domain/visit/elderSheet';

const NOW = new Date('2026-03-10T02:00:00Z');
const row = (over: Record<string, string> = {}): Record<string, string> => ({
  ...Object.fromEntries(ELDER_COLUMNS.map((c) => [c.header, c.example])),
  ...over,
});
const rows = (...objects: Record<string, string>[]): SheetRow[] => objects.map((values, i) => ({ row: i + 2, values }));
let ids = 0;
const context = (over: Partial<ElderSheetContext> = {}): ElderSheetContext => ({
  communityId: 'c-jinding',
  places: [
    { _id: 'B-0012', communityId: 'c-jinding', fixes: 'unit', name: '3栋2单元' },
    { _id: 'B-0013', communityId: 'c-jinding', fixes: 'unit', name: '3栋1单元' },
    { _id: 'B-0014', communityId: 'c-jinding', fixes: 'unit', name: '5栋' },
    { _id: 'B-0015', communityId: 'c-jinding', fixes: 'unit', name: '5栋' },
  ],
  volunteers: [
    { _id: 'openid-li', name: '李明', phone: '13800000002' },
    { _id: 'openid-wang', name: '王芳', phone: '13800000003' },
    { _id: 'openid-wang2', name: '王芳', phone: '13800000004' },
  ],
  elders: [],
  by: 'staff-1',
  now: NOW,
  newId: (p) => `${p}-${++ids}`,
  ...over,
});

test('the template example is a good row (one new elder, named volunteer by mobile)', () => {
  const r = checkElderSheet(rows(row()), context());
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.elders.length, 1);
  const { elder, change } = r.elders[0];
  assert.deepEqual(
    [
      change,
      elder.name,
      elder.birthYear,
      elder.buildingId,
      elder.room,
      elder.tags,
      elder.volunteerOpenid,
      elder.consent.way,
      elder.nextDueAt,
    ],
    ['create', '张桂兰', 1948, 'B-0012', '502', ['alone', 'poor'], 'openid-li', 'signed', NOW],
  );
});

test('missing required headers are reported on row 1', () => {
  assert.deepEqual(
    checkElderHeaders(['姓名', '楼栋码', '房号', '同意方式', '同意日期']).map((p) => p.message),
    ['第 1 行「出生年份」这一列没有找到，请用导入模板'],
  );
});

describe('each problem, in Chinese, on its row and column', () => {
  test.each<[string, Record<string, string>, string]>([
    ['a blank name', { 姓名: '' }, '第 2 行「姓名」没有填写'],
    ['a two-digit year', { 出生年份: '48' }, '第 2 行「出生年份」应为四位年份，如 1948：48'],
    ['under 60', { 出生年份: '1970' }, '第 2 行「出生年份」巡访对象须年满60周岁（今年56岁）'],
    ['a stairwell of another community', { 楼栋码: 'B-0101' }, '第 2 行「楼栋码」本社区找不到：B-0101'],
    ['a stairwell name two stairwells share', { 楼栋码: '5栋' }, '第 2 行「楼栋码」本社区有多个「5栋」，请填楼栋码'],
    ['a room the code does not take', { 房号: '2-502' }, '第 2 行「房号」楼栋码已经定好了单元，只填房号，如 502'],
    ['an unknown tag', { 标签: '独居、高龄' }, '第 2 行「标签」不认识：高龄（可填 独居、空巢、留守、孤寡、困难、残疾）'],
    ['a short mobile', { 本人电话: '1380000' }, '第 2 行「本人电话」不对：手机号应为11位数字'],
    ['a guardian without a phone', { 监护人电话: '' }, '第 2 行「监护人电话」填了监护人就要填电话'],
    [
      'a volunteer by an unknown mobile',
      { 联系志愿者: '13900000000' },
      '第 2 行「联系志愿者」本社区没有这个手机号的已注册志愿者：13900000000',
    ],
    ['a volunteer name two share', { 联系志愿者: '王芳' }, '第 2 行「联系志愿者」本社区有多位「王芳」，请填手机号'],
    ['an unknown way of consent', { 同意方式: '默认' }, '第 2 行「同意方式」应填「本人签字」「本人口头同意」「监护人代签」之一：默认'],
    ['consent in the future', { 同意日期: '2026-03-11' }, '第 2 行「同意日期」同意日期不能晚于今天'],
  ])('%s', (_n, over, message) => {
    const r = checkElderSheet(rows(row(over)), context());
    assert.equal(r.ok, false);
    if (!r.ok)
      assert.deepEqual(
        r.problems.map((p) => p.message),
        [message],
      );
  });

  test('the same elder twice in a file', () => {
    const r = checkElderSheet(rows(row(), row({ 标签: '残疾' })), context());
    assert.ok(!r.ok);
    assert.deepEqual(
      r.problems.map((p) => p.message),
      ['第 3 行「姓名」与第 2 行是同一位老人（同楼栋、同房号、同姓名）'],
    );
  });
});

describe('against the elders already kept', () => {
  const first = checkElderSheet(rows(row(), row({ 姓名: '王秀英', 房号: '0301', 楼栋码: '3栋1单元', 联系志愿者: '李明' })), context());
  if (!first.ok) throw new Error(JSON.stringify(first.problems));
  const kept = first.elders.map((e) => e.elder);

  test('the same file again changes nothing; an edited row updates that elder, keeping its id', () => {
    const again = checkElderSheet(
      rows(row(), row({ 姓名: '王秀英', 房号: '301', 楼栋码: 'B-0013', 联系志愿者: '13800000002', 标签: '残疾' })),
      context({ elders: kept }),
    );
    assert.ok(again.ok, JSON.stringify(again));
    assert.deepEqual(
      again.elders.map((e) => [e.change, e.elder._id, e.elder.version]),
      [
        ['unchanged', kept[0]._id, 2],
        ['update', kept[1]._id, 2],
      ],
    );
  });

  test('an elder who left the registry is not brought back by a sheet', () => {
    const r = checkElderSheet(rows(row()), context({ elders: [{ ...kept[0], active: false }] }));
    assert.ok(!r.ok);
    assert.deepEqual(
      r.problems.map((p) => p.message),
      ['第 2 行「姓名」这位老人已移出巡访名单，不再导入'],
    );
  });
});
