import assert from 'node:assert/strict';
import { afterAll, describe, it } from '@jest/globals';
import { CATEGORIES, MAX_CREDITED_MINUTES, SERVICE_MENU, SPECIALTIES, SPECIALTY_LABELS } from '../../src/domain/menu';
import { addDays, addHours, businessDate, businessDay } from '../../src/domain/time';

const CREATED = new Date('2024-05-01T02:00:00Z');

describe('service menu', () => {
  for (const category of CATEGORIES) {
    const item = SERVICE_MENU[category];
    it(`${category}: points, a specialty and a Chinese label (its 时限: tests/domain/calendar.test.ts)`, () => {
      assert.ok(Number.isInteger(item.points) && item.points > 0);
      assert.ok((SPECIALTIES as readonly string[]).includes(item.specialty));
      assert.match(item.label, /[\u4e00-\u9fa5]/);
    });
  }

  it('every specialty has a label; minutes are capped at a working day', () => {
    assert.deepEqual(Object.keys(SPECIALTY_LABELS).sort(), [...SPECIALTIES].sort());
    assert.equal(MAX_CREDITED_MINUTES, 480);
  });
});

describe('business time (Asia/Shanghai, UTC+8)', () => {
  const days: Array<[string, string, string]> = [
    ['2024-05-01T15:59:59.999Z', '20240501', '2024-05-01'],
    ['2024-05-01T16:00:00Z', '20240502', '2024-05-02'],
    ['2024-05-01T16:30:00Z', '20240502', '2024-05-02'],
    ['2024-05-01T23:59:00Z', '20240502', '2024-05-02'],
    ['2024-05-02T00:00:00Z', '20240502', '2024-05-02'],
    ['2024-12-31T16:00:00Z', '20250101', '2025-01-01'],
    ['2024-02-28T16:00:00Z', '20240229', '2024-02-29'],
  ];
  const zones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'];
  const saved = process.env.TZ;
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  for (const [iso, day, date] of days) {
    it(`${iso} → ${day} whatever the process time zone`, () => {
      for (const tz of zones) {
        process.env.TZ = tz;
        assert.equal(businessDay(new Date(iso)), day, tz);
        assert.equal(businessDate(new Date(iso)), date, tz);
      }
    });
  }

  it('addHours / addDays count real hours', () => {
    assert.equal(addHours(CREATED, 6).toISOString(), '2024-05-01T08:00:00.000Z');
    assert.equal(addHours(CREATED, -3).toISOString(), '2024-04-30T23:00:00.000Z');
    assert.equal(addDays(CREATED, 7).toISOString(), '2024-05-08T02:00:00.000Z');
  });
});
