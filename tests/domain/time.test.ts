// Business time: the fixed UTC+8 shift used from 1992 on gives exactly what dayjs's Asia/Shanghai
// answers (any instant, any day), and dayjs still answers before that (China's daylight saving of
// 1986–1991) and for strings the shift does not take.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import fc from 'fast-check';
import { BUSINESS_TZ, businessDate, businessDay, businessDayStart, businessMonth, monthStart } from '../../src/domain/time';

dayjs.extend(utc);
dayjs.extend(timezone);

const byIntl = {
  date: (at: Date) => dayjs(at).tz(BUSINESS_TZ).format('YYYY-MM-DD'),
  start: (date: string) => dayjs.tz(`${date} 00:00`, BUSINESS_TZ).toDate(),
};

const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true });

describe('business time', () => {
  it('the day, date and month of any instant are those of Asia/Shanghai', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const date = byIntl.date(at);
        assert.equal(businessDate(at), date);
        assert.equal(businessDay(at), date.replace(/-/g, ''));
        assert.equal(businessMonth(at), date.slice(0, 7));
      }),
      { numRuns: 2000 },
    );
  });

  it('a day and a month start when Asia/Shanghai says they do', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const date = byIntl.date(at);
        assert.equal(businessDayStart(date).getTime(), byIntl.start(date).getTime(), date);
        assert.equal(monthStart(date.slice(0, 7)).getTime(), byIntl.start(`${date.slice(0, 7)}-01`).getTime(), date);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['midnight of New Year in Beijing', '2026-12-31T16:00:00Z', '2027-01-01'],
    ['a second before it', '2026-12-31T15:59:59Z', '2026-12-31'],
    ['a summer day of 1988 (daylight saving, UTC+9)', '1988-07-01T15:30:00Z', '1988-07-02'],
    ['leap day', '2028-02-28T16:00:00Z', '2028-02-29'],
  ])('%s', (_label, iso, date) => {
    assert.equal(businessDate(new Date(iso)), date);
  });

  it('a day that does not exist is left to dayjs, as before', () => {
    for (const date of ['2026-02-30', '2026-13-01', '1988-07-01']) {
      assert.equal(businessDayStart(date).getTime(), byIntl.start(date).getTime(), date);
    }
  });
});
