// SLA rules (src/domain/sla.ts): late is past due while someone still has to act; "now" is an argument.
// The due time in words (dueText.ts) below; when a wish is due: calendar.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { dueText, serviceDayText, wishDueText } from '../../src/domain/dueText';
import { isOverdue, isWishOverdue, timeLeft } from '../../src/domain/sla';
import { STATUSES, STATUS_GROUP } from '../../src/domain/wish/states';

const due = '2025-11-22T06:00:00.000Z';
const before = new Date('2025-11-22T05:59:59.000Z');
const after = new Date('2025-11-22T06:00:01.000Z');

describe('sla', () => {
  it('a deadline passes strictly after it, whatever the instant is given as', () => {
    assert.equal(isOverdue(due, before), false);
    assert.equal(isOverdue(due, due), false);
    assert.equal(isOverdue(due, after), true);
    assert.equal(isOverdue(new Date(due), after.getTime()), true);
    assert.equal(timeLeft(due, before), 1000);
    assert.equal(timeLeft(due, after), -1000);
  });

  it('only a wish someone still has to act on is late', () => {
    for (const status of STATUSES) {
      assert.equal(isWishOverdue({ dueAt: due, status }, after), STATUS_GROUP[status] === 'open', status);
      assert.equal(isWishOverdue({ dueAt: due, status }, before), false, status);
    }
  });
});

// A due time in words (src/domain/dueText.ts), the same for every page; the resident's phrasing apart.
describe('dueText', () => {
  // Tuesday 1 December 2026, 10:00 in Shanghai.
  const now = new Date('2026-12-01T02:00:00Z');
  it.each([
    ['today', '2026-12-01T09:30:00Z', '今天 17:30 前', '预计 今天 17:30 前上门'],
    ['tomorrow', '2026-12-02T09:30:00Z', '明天 17:30 前', '预计 明天 17:30 前上门'],
    ['tomorrow just after midnight', '2026-12-01T16:30:00Z', '明天 00:30 前', '预计 明天 00:30 前上门'],
    ['this week', '2026-12-04T09:30:00Z', '周五 17:30 前', '预计 周五 前上门'],
    ['six days ahead', '2026-12-07T09:30:00Z', '周一 17:30 前', '预计 周一 前上门'],
    ['a week or more ahead: the date', '2026-12-08T09:30:00Z', '12月8日 17:30 前', '预计 12月8日 前上门'],
    ['exactly now: not yet late', '2026-12-01T02:00:00Z', '今天 10:00 前', '预计 今天 10:00 前上门'],
    ['late by minutes', '2026-12-01T01:50:00Z', '已超时', '已超时'],
    ['late by hours', '2026-11-30T23:00:00Z', '已超时 3 小时', '已超时 3 小时'],
    ['late by days', '2026-11-29T01:00:00Z', '已超时 2 天', '已超时 2 天'],
  ])('%s', (_what, due, staff, resident) => {
    assert.equal(dueText(due, now).text, staff);
    assert.equal(dueText(due, now, { resident: true }).text, resident);
    assert.equal(dueText(due, now).overdue, staff.startsWith('已超时'));
  });

  it('a wish in the weekly service day reads as that day, until it is past', () => {
    assert.deepEqual(dueText('2026-12-09T09:30:00Z', now, { serviceDay: '2026-12-09' }), { text: '服务日 周三 12月9日', overdue: false });
    assert.equal(serviceDayText('2026-12-09'), '服务日 周三 12月9日');
    assert.deepEqual(dueText('2026-12-09T09:30:00Z', new Date('2026-12-11T10:00:00Z'), { serviceDay: '2026-12-09' }), {
      text: '已超时 2 天',
      overdue: true,
    });
  });

  it('a wish shows its due time only while someone still has to act on it', () => {
    for (const status of STATUSES) {
      const shown = wishDueText({ dueAt: '2026-11-29T01:00:00Z', status }, now);
      if (STATUS_GROUP[status] === 'open') assert.deepEqual(shown, { text: '已超时 2 天', overdue: true }, status);
      else assert.equal(shown, undefined, status);
    }
    assert.equal(wishDueText({ dueAt: '2026-12-04T09:30:00Z', status: 'submitted' }, now, true)?.text, '预计 周五 前上门');
  });
});
