import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { list, specialtyByName, stableId, weekday, weekdayText, yesNo } from '../../src/domain/org/import/values';

describe('import cell values', () => {
  const yesNoCases: Array<[string, boolean | undefined]> = [
    ['是', true],
    [' 否 ', false],
    ['y', true],
    ['N', false],
    ['1', true],
    ['0', false],
    ['对', undefined],
    ['', undefined],
  ];
  for (const [cell, expected] of yesNoCases) it(`是/否: ${JSON.stringify(cell)} → ${expected}`, () => assert.equal(yesNo(cell), expected));

  const dayCases: Array<[string, number | undefined]> = [
    ['每周三', 3],
    ['周一', 1],
    ['星期日', 7],
    ['星期天', 7],
    ['礼拜六', 6],
    ['5', 5],
    ['每周八', undefined],
    ['8', undefined],
    ['周三四', undefined],
  ];
  for (const [cell, expected] of dayCases) it(`服务日: ${cell} → ${expected}`, () => assert.equal(weekday(cell), expected));
  it('a day written back reads the same', () => {
    for (let d = 1; d <= 7; d++) assert.equal(weekday(weekdayText(d)), d);
  });

  const listCases: Array<[string, string[]]> = [
    ['乐修匠、综合服务', ['乐修匠', '综合服务']],
    ['乐修匠,综合服务，健康有约；陪伴关怀', ['乐修匠', '综合服务', '健康有约', '陪伴关怀']],
    [' 乐修匠 、、 ', ['乐修匠']],
    ['', []],
  ];
  for (const [cell, expected] of listCases) it(`list: ${JSON.stringify(cell)}`, () => assert.deepEqual(list(cell), expected));

  const specialtyCases: Array<[string, string | undefined]> = [
    ['乐修匠', 'repair'],
    ['家电维修', 'repair'],
    ['陪同就医', 'health'],
    ['代买急药', 'errand'],
    ['综合服务', 'general'],
    ['修飞机', undefined],
  ];
  for (const [name, expected] of specialtyCases) it(`专长: ${name} → ${expected}`, () => assert.equal(specialtyByName(name), expected));

  it('stable ids: the same name gives the same id; 5,000 names give 5,000 ids, all valid document ids', () => {
    assert.equal(stableId('t', '乐修匠志愿服务队'), stableId('t', '乐修匠志愿服务队'));
    assert.notEqual(stableId('c', '甲街道', '乙社区'), stableId('c', '甲街道乙', '社区'));
    const ids = new Set(Array.from({ length: 5000 }, (_, i) => stableId('t', `第${i}队`)));
    assert.equal(ids.size, 5000);
    for (const id of ids) assert.match(id, /^t-[0-9a-z]{14}$/);
  });
});
