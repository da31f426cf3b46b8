// 月报's pure parts (src/domain/insight/report.ts, place.ts): the notable case's text never keeps a
// digit or a given name, the period and the chart's months, the place in the title, the summary rows.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { monthFigures } from '../../src/domain/insight/figures';
import { placeName } from '../../src/domain/insight/place';
import { CASE_TEXT_MAX, caseText, monthsUpTo, periodText, reportContent, reportTitle } from '../../src/domain/insight/report';
import { axisStep } from '../../cloudfunctions/_lib/insight/reportPdf';

describe('caseText', () => {
  test.each([
    ['请帮王秀英修灯，电话13912345678', ['王秀英'], '请帮某某修灯，电话**'],
    ['住3栋2单元302室（B-0012）', [], '住**栋**单元**室（B-**）'],
    ['全角１３９号码', [], '全角**号码'],
    ['  多个\n空白  ', [], '多个 空白'],
    ['无人名', ['', '  '], '无人名'],
    ['帮孙志强的母亲', ['王秀英', '孙志强'], '帮某某的母亲'],
  ])('%j → %j', (text, names, out) => assert.equal(caseText(text, names), out));

  test('cut to CASE_TEXT_MAX characters with an ellipsis', () => {
    const out = caseText('谢'.repeat(200), []);
    assert.equal([...out].length, CASE_TEXT_MAX + 1);
    assert.ok(out.endsWith('…'));
  });
});

describe('periods and places', () => {
  test.each([
    ['2026-11', '2026年11月1日至2026年11月30日'],
    ['2024-02', '2024年2月1日至2024年2月29日'],
    ['2025-12', '2025年12月1日至2025年12月31日'],
  ])('periodText(%s)', (month, text) => assert.equal(periodText(month), text));

  test.each([
    ['2026-03', ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']],
    ['2026-12', ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']],
  ])('monthsUpTo(%s, 6)', (month, months) => assert.deepEqual(monthsUpTo(month, 6), months));

  const communities = [
    { _id: 'c-a', name: '金鼎社区', street: 's-x', sponsorId: 'sp' },
    { _id: 'c-b', name: '青云社区', street: '洗马河街道', sponsorId: 'sp' }, // older data: the name
  ];
  const streets = [{ _id: 's-x', name: '洗马河街道' }];
  test.each([
    ['all', '洗马河街道'],
    [['c-b'], '洗马河街道青云社区'],
    [['c-a', 'c-b'], '洗马河街道金鼎社区、青云社区'],
  ] as const)('placeName(%j)', (scope, name) => assert.equal(placeName(scope, communities, streets), name));
  test('title', () => assert.equal(reportTitle('洗马河街道', '2026-11'), '洗马河街道 2026年11月 微心愿工作月报'));
});

test('axis steps are whole, round and at most four to the top', () => {
  for (const [max, step] of [
    [0, 1],
    [3, 1],
    [9, 5],
    [90, 25],
    [170, 50],
    [1234, 500],
  ] as const) {
    assert.equal(axisStep(max), step, `max ${max}`);
    assert.ok(Math.ceil(max / step) <= 4);
  }
});

test('the summary: counts, rates with both counts, medians in minutes or hours, hours served', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 3, h));
  const row = (status: string, minutes?: number) => ({
    communityId: 'c-a',
    buildingId: 'B-1',
    teamId: 't-1',
    category: 'repairs',
    status,
    createdAt: at(0),
    ...(minutes ? { minutes } : {}),
    history: [
      { action: 'dispatch', at: at(1) },
      { action: 'complete', at: at(5) },
    ],
  });
  const f = monthFigures('2026-11', [row('closed', 90), row('rated', 30), row('cancelled')]);
  const c = reportContent(f, [f], { place: '洗马河街道', communities: { 'c-a': '金鼎社区' }, teams: { 't-1': '乐修匠' } }, [], at(9));
  const value = (label: string) => c.summary.rows.find((r) => r[0] === label)?.[1];
  assert.equal(value('提交心愿'), '3件');
  assert.equal(value('服务完成'), '2件');
  assert.equal(value('解决率'), '100%（2/2）');
  assert.equal(value('派单用时中位数'), '60分钟');
  assert.equal(value('完成用时中位数'), '5小时');
  assert.equal(value('服务时长'), '2小时');
  assert.deepEqual(c.byCommunity.rows, [['金鼎社区', '3', '2', '66.7%']]);
  assert.deepEqual(c.trend, [{ month: '2026-11', filed: 3, served: 2 }]);
  assert.equal(c.generatedAt, '2026年11月3日 17:00');
});
