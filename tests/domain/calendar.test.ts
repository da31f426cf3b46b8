// The working calendar (src/domain/calendar.ts) and the due time of a wish (sla.ts dueAtOf), as tables:
// across a weekend, a holiday (国庆, 春节), a 调休 Saturday and Sunday, a start outside working hours, and
// Asia/Shanghai without daylight saving. Instants are UTC (Shanghai = UTC+8).
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import {
  addWorkingHours,
  CalendarSettings,
  dayOf,
  DEFAULT_CALENDAR,
  isWorkingDay,
  nextServiceDay,
  plusDays,
  serviceDayEnd,
  weekdayOf,
  type WorkingCalendar,
} from '../../src/domain/calendar';
import { DEFAULT_SLA, dueAtOf, SlaSettings } from '../../src/domain/sla';
import { businessDate } from '../../src/domain/time';

const CAL: WorkingCalendar = DEFAULT_CALENDAR;
const iso = (d: Date) => d.toISOString().replace('.000', '');

describe('working days', () => {
  it.each([
    ['2026-12-04', true, 'a Friday'],
    ['2026-12-05', false, 'a Saturday'],
    ['2026-12-06', false, 'a Sunday'],
    ['2026-10-01', false, '国庆, a Thursday'],
    ['2026-10-08', true, 'the Thursday after 国庆'],
    ['2026-10-10', true, 'a 调休 Saturday'],
    ['2026-09-20', true, 'a 调休 Sunday'],
    ['2026-02-14', true, 'the 调休 Saturday before 春节'],
    ['2026-02-16', false, '春节, a Monday'],
  ])('%s is worked: %s (%s)', (day, worked) => assert.equal(isWorkingDay(day, CAL), worked));

  it('weekdays and day arithmetic', () => {
    assert.deepEqual(['2026-11-30', '2026-12-01', '2026-12-06'].map(weekdayOf), [1, 2, 7]);
    assert.equal(plusDays('2026-12-31', 1), '2027-01-01');
    assert.equal(plusDays('2026-03-01', -1), '2026-02-28');
  });

  it('the defaults parse; 2026 has 33 days off and 6 调休 days', () => {
    assert.equal(CalendarSettings.safeParse(CAL).success, true);
    assert.equal(SlaSettings.safeParse(DEFAULT_SLA).success, true);
    assert.equal(CAL.holidays.filter((d) => d.startsWith('2026')).length, 33);
    assert.equal(CAL.workdays.length, 6);
    for (const d of CAL.workdays) assert.ok(weekdayOf(d) >= 6, `${d} is a weekend day`);
  });
});

describe('addWorkingHours (08:30–17:30)', () => {
  it.each([
    ['inside a day', '2026-12-01T02:00:00Z', 2, '2026-12-01T04:00:00Z'],
    ['ending exactly at the day’s end stays that day (17:30)', '2026-12-01T00:30:00Z', 9, '2026-12-01T09:30:00Z'],
    ['three working days from a Monday morning', '2026-11-30T00:30:00Z', 27, '2026-12-02T09:30:00Z'],
    ['before the day starts (07:00): from 08:30', '2026-11-30T23:00:00Z', 2, '2026-12-01T02:30:00Z'],
    ['after the day ends (19:00 on a Tuesday): from Wednesday 08:30', '2026-12-01T11:00:00Z', 1, '2026-12-02T01:30:00Z'],
    ['across a weekend: Friday 16:30 + 9 h is Monday 16:30', '2026-12-04T08:30:00Z', 9, '2026-12-07T08:30:00Z'],
    ['Friday evening (19:00) + 9 h is Monday 17:30', '2026-12-04T11:00:00Z', 9, '2026-12-07T09:30:00Z'],
    ['filed on a Saturday: from Monday 08:30', '2026-12-05T03:00:00Z', 3, '2026-12-07T03:30:00Z'],
    ['across 国庆: Wednesday 30 Sep 16:30 + 9 h is Thursday 8 Oct 16:30', '2026-09-30T08:30:00Z', 9, '2026-10-08T08:30:00Z'],
    ['into a 调休 Saturday: Friday 9 Oct 16:30 + 9 h is Saturday 10 Oct 16:30', '2026-10-09T08:30:00Z', 9, '2026-10-10T08:30:00Z'],
    ['a 调休 Sunday: Saturday 19 Sep 10:00 + 2 h is Sunday 20 Sep 10:30', '2026-09-19T02:00:00Z', 2, '2026-09-20T02:30:00Z'],
    ['the 调休 Saturday before 春节, then nine days off: Friday 17:00 + 18 h', '2026-02-13T09:00:00Z', 18, '2026-02-24T09:00:00Z'],
    [
      'across the year’s end: Thursday 31 Dec 2026 17:00 + 1 h (元旦 2027 off, then a weekend)',
      '2026-12-31T09:00:00Z',
      1,
      '2027-01-04T01:00:00Z',
    ],
    ['no hours: the start itself', '2026-12-01T02:00:00Z', 0, '2026-12-01T02:00:00Z'],
  ])('%s', (_what, start, hours, due) => {
    assert.equal(iso(addWorkingHours(new Date(start), hours, CAL)), due);
  });

  it('another working day (09:00–12:00) and no holidays', () => {
    const cal = { ...CAL, dayStart: '09:00', dayEnd: '12:00', holidays: [], workdays: [] };
    // Thursday 1 Oct 11:00 + 4 h: 1 h that day, 3 h on Friday.
    assert.equal(iso(addWorkingHours(new Date('2026-10-01T03:00:00Z'), 4, cal)), '2026-10-02T04:00:00Z');
  });

  it('a calendar with no working day at all ends (on the clock) instead of looping', () => {
    const cal = { ...CAL, holidays: [], workdays: [], dayStart: '08:30', dayEnd: '08:30' };
    assert.equal(iso(addWorkingHours(new Date('2026-12-01T00:00:00Z'), 5, cal)), '2026-12-01T05:00:00Z');
  });
});

describe('Asia/Shanghai is UTC+8 all year (no daylight saving)', () => {
  it('the business day of every hour of 2026 agrees with the time-zone database', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    for (let h = 0; h < 365 * 24; h++) {
      const at = new Date(from + h * 3_600_000);
      if (dayOf(at) !== businessDate(at)) assert.fail(`${at.toISOString()}: ${dayOf(at)} ≠ ${businessDate(at)}`);
    }
  });

  it.each([
    ['2026-03-08T15:59:59Z', '2026-03-08'],
    ['2026-03-08T16:00:00Z', '2026-03-09'],
    ['2026-10-31T16:00:00Z', '2026-11-01'],
  ])('%s is %s', (at, day) => assert.equal(dayOf(new Date(at)), day));
});

describe('due time of a wish (sla.ts dueAtOf)', () => {
  const friday19 = new Date('2026-12-04T11:00:00Z');
  it.each([
    ['repairs: 27 working hours from Friday 19:00 is Wednesday 17:30', 'repairs', 'normal', '2026-12-09T09:30:00Z'],
    ['urgent repairs: 13.5 clock hours', 'repairs', 'urgent', '2026-12-05T00:30:00Z'],
    ['代买急药 runs on the clock: 6 hours, Saturday 01:00', 'medicine_purchase', 'normal', '2026-12-04T17:00:00Z'],
    ['urgent 代买急药: 3 clock hours', 'medicine_purchase', 'urgent', '2026-12-04T14:00:00Z'],
    ['errands: one working day, Monday 17:30', 'errands', 'normal', '2026-12-07T09:30:00Z'],
  ] as const)('%s', (_what, category, urgency, due) => {
    assert.equal(iso(dueAtOf(friday19, category, urgency, DEFAULT_SLA, CAL)), due);
  });

  it('a rule switched to the clock counts the weekend', () => {
    const sla = { ...DEFAULT_SLA, errands: { hours: 9, clock: true } };
    assert.equal(iso(dueAtOf(friday19, 'errands', 'normal', sla, CAL)), '2026-12-04T20:00:00Z');
  });
});

describe('the weekly service day (服务日)', () => {
  it.each([
    ['from a Tuesday: tomorrow', '2026-12-01T02:00:00Z', 3, '2026-12-02'],
    ['on the service day itself: next week’s', '2026-12-02T01:00:00Z', 3, '2026-12-09'],
    ['late on a Tuesday (23:30): still Wednesday', '2026-12-01T15:30:00Z', 3, '2026-12-02'],
    ['a Friday service day', '2026-12-01T02:00:00Z', 5, '2026-12-04'],
    ['one that falls in 国庆 is not held: the week after', '2026-09-30T02:00:00Z', 3, '2026-10-14'],
  ])('%s', (_what, now, weekday, day) => assert.equal(nextServiceDay(new Date(now), weekday, CAL), day));

  it('its wishes are due when its working day ends', () => {
    assert.equal(iso(serviceDayEnd('2026-12-09', CAL)), '2026-12-09T09:30:00Z');
  });
});
