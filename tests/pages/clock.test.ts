// Times and dates as the resident reads them: Asia/Shanghai, whatever the machine's zone.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { dayChoices, describeDate, formatDateTime, hoursOf, shanghaiDate } from '../../src/services/clock';

describe('clock (Asia/Shanghai)', () => {
  it('formats an instant in Shanghai time, without the year in the current year', () => {
    assert.equal(formatDateTime('2025-11-22T06:05:00Z', new Date('2025-11-23T00:00:00Z')), '11月22日 14:05');
    assert.equal(formatDateTime('2024-12-31T16:30:00Z', new Date('2025-11-23T00:00:00Z')), '1月1日 00:30');
    assert.equal(formatDateTime('2024-06-01T00:00:00Z', new Date('2025-11-23T00:00:00Z')), '2024年6月1日 08:00');
    assert.equal(formatDateTime('2025-12-31T16:30:00Z', new Date('2025-06-01T00:00:00Z')), '2026年1月1日 00:30');
  });

  it('reckons "tomorrow" from the Shanghai day, not the UTC day', () => {
    // 23:30 UTC on the 22nd is 07:30 on the 23rd in Shanghai: tomorrow is the 24th.
    const now = new Date('2025-11-22T23:30:00Z');
    assert.equal(shanghaiDate(now), '2025-11-23');
    assert.equal(shanghaiDate(now, 1), '2025-11-24');
    assert.equal(shanghaiDate(new Date('2025-12-31T17:00:00Z'), 1), '2026-01-02');
  });

  it('describes a calendar date with its weekday and 今天/明天/后天', () => {
    const now = new Date('2025-11-22T23:30:00Z');
    assert.equal(describeDate('2025-11-23', now), '11月23日 周日（今天）');
    assert.equal(describeDate('2025-11-24', now), '11月24日 周一（明天）');
    assert.equal(describeDate('2025-11-25', now), '11月25日 周二（后天）');
    assert.equal(describeDate('2025-12-01', now), '12月1日 周一');
    assert.equal(describeDate('not a date', now), 'not a date');
  });
});

describe('hoursOf', () => {
  it('hours with one decimal, no trailing .0', () => {
    assert.deepEqual([hoursOf(45), hoursOf(60), hoursOf(135), hoursOf(0)], ['0.8', '1', '2.3', '0']);
  });
});

describe('dayChoices: the week as big day buttons', () => {
  // 2026-11-30 17:00 UTC is already Tuesday 1 December in Shanghai
  const days = dayChoices(new Date('2026-11-30T17:00:00Z'), 7);
  const rows: Array<[number, string, string, string]> = [
    [0, '2026-12-01', '今天', '周二'],
    [1, '2026-12-02', '明天', '周三'],
    [2, '2026-12-03', '12月3日', '周四'],
    [6, '2026-12-07', '12月7日', '周一'],
  ];
  for (const [i, date, day, weekday] of rows)
    it(`day ${i}: ${date} reads ${day} ${weekday}`, () => assert.deepEqual(days[i], { date, day, weekday }));
  it('gives 7 days, one after the other', () => assert.equal(days.length, 7));
  it('crosses a year', () =>
    assert.deepEqual(dayChoices(new Date('2026-12-30T04:00:00Z'), 3)[2], { date: '2027-01-01', day: '1月1日', weekday: '周五' }));
});
