// The elders' registry, decided purely: who may be kept (60+ in business time, consent with its way and
// day, a stairwell of the community, a room the code takes), what a new elder starts with (due at once,
// no unreachable calls), what an edit keeps (the board's fields) and what a retirement records.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import type { Elder } from '../../src/domain/visit/elder';
import { ageOf } from '../../src/domain/visit/elder';
import { decideElder, retireElder, type ElderFields, type ElderSave } from '../../src/domain/visit/registry';

// 2026-01-01 00:30 in Shanghai is still 2025 in UTC: the age is reckoned in business time.
const NOW = new Date('2025-12-31T16:30:00Z');
const PLACE = { _id: 'B-0012', communityId: 'c-jinding', fixes: 'unit' as const };
const fields = (over: Partial<ElderFields> = {}): ElderFields => ({
  name: '张桂兰',
  birthYear: 1948,
  buildingId: 'B-0012',
  room: '0502',
  tags: ['poor', 'alone'],
  phone: '0871-63125566',
  consent: { way: 'signed', date: '2025-12-01' },
  ...over,
});
const save = (over: Partial<ElderSave> = {}): ElderSave => ({
  id: 'el-1',
  communityId: 'c-jinding',
  place: PLACE,
  existing: null,
  by: 'staff-1',
  now: NOW,
  ...over,
});

describe('age in business time', () => {
  test.each([
    [1966, NOW, 60],
    [1966, new Date('2025-12-31T15:59:00Z'), 59],
  ])('born %i, at %s: %i', (year, now, age) => assert.equal(ageOf(year, now), age));
});

describe('a new elder', () => {
  test('is due at once, reached by nobody yet, tags in the list order, room normalised, consent recorded', () => {
    const r = decideElder(fields(), save());
    assert.ok(r.ok, JSON.stringify(r));
    const e = r.data;
    assert.deepEqual(
      [e._id, e.active, e.version, e.nextDueAt, e.unreachableStreak, e.lastContactAt, e.tags, e.room],
      ['el-1', true, 1, NOW, 0, undefined, ['alone', 'poor'], '502'],
    );
    assert.deepEqual(e.consent, { way: 'signed', at: new Date('2025-11-30T16:00:00Z'), by: 'staff-1' });
  });

  test.each<[string, Partial<ElderFields>, Partial<ElderSave>, string, string]>([
    ['59 in business time', { birthYear: 1967 }, {}, 'birthYear', '巡访对象须年满60周岁（今年59岁）'],
    ['an impossible birth year', { birthYear: 1900 }, {}, 'birthYear', '出生年份不对，请检查'],
    [
      'a stairwell of another community',
      {},
      { place: { ...PLACE, communityId: 'c-qingyun' } },
      'buildingId',
      '这个楼栋不在本社区，请检查楼栋码',
    ],
    ['an unknown stairwell', {}, { place: undefined }, 'buildingId', '这个楼栋不在本社区，请检查楼栋码'],
    ['a retired stairwell', {}, { place: { ...PLACE, retired: true } }, 'buildingId', '这个楼栋码已停用'],
    ['a unit and room where the code fixes the unit', { room: '2-502' }, {}, 'room', '楼栋码已经定好了单元，只填房号，如 502'],
    [
      'consent dated tomorrow (business time)',
      { consent: { way: 'signed', date: '2026-01-02' } },
      {},
      'consent.date',
      '同意日期不能晚于今天',
    ],
    [
      'consent on a day that does not exist',
      { consent: { way: 'verbal', date: '2025-02-30' } },
      {},
      'consent.date',
      '同意日期不对，应像 2026-05-01',
    ],
    [
      'a guardian signed but none is named',
      { consent: { way: 'guardian', date: '2025-12-01' } },
      {},
      'guardian',
      '监护人代签时请填写监护人和电话',
    ],
    ['the same tag twice', { tags: ['alone', 'alone'] }, {}, 'tags', '标签有重复或不认识的'],
    [
      "the guardian's phone is the elder's",
      { guardian: { name: '李强', phone: '0871-63125566' } },
      {},
      'guardian.phone',
      '监护人电话与本人电话相同',
    ],
  ])('refused: %s', (_n, f, s, path, message) => {
    const r = decideElder(fields(f), save(s));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, 'INPUT.INVALID');
    assert.deepEqual(r.error.issues, [{ path, message }]);
  });

  test('consent dated today (business time, 00:30 on 1 January) is fine', () => {
    assert.equal(decideElder(fields({ consent: { way: 'verbal', date: '2026-01-01' } }), save()).ok, true);
  });
});

describe('an edit', () => {
  const stored = (): Elder => {
    const r = decideElder(fields({ guardian: { name: '李强', phone: '13800000021', relation: '儿子' } }), save());
    if (!r.ok) throw new Error('fixture');
    return { ...r.data, lastContactAt: NOW, lastOutcome: 'safe', nextDueAt: new Date('2026-01-07T00:00:00Z'), unreachableStreak: 1 };
  };
  const later = new Date('2026-01-02T02:00:00Z');

  test("keeps the board's fields, the creation and an unchanged consent; drops what the form left out", () => {
    const e = stored();
    const r = decideElder(fields({ tags: ['disabled'], phone: undefined }), save({ existing: e, version: 1, now: later, by: 'staff-2' }));
    assert.ok(r.ok, JSON.stringify(r));
    const n = r.data;
    assert.deepEqual(
      [n.version, n.tags, n.phone, n.guardian, n.lastContactAt, n.nextDueAt, n.unreachableStreak, n.createdAt, n.consent.by, n.updatedAt],
      [2, ['disabled'], undefined, undefined, e.lastContactAt, e.nextDueAt, 1, NOW, 'staff-1', later],
    );
  });

  test('a new consent records who entered it', () => {
    const r = decideElder(
      fields({ consent: { way: 'verbal', date: '2026-01-02', note: '电话确认' } }),
      save({ existing: stored(), version: 1, now: later, by: 'staff-2' }),
    );
    assert.ok(r.ok);
    assert.deepEqual(r.data.consent, { way: 'verbal', at: new Date('2026-01-01T16:00:00Z'), by: 'staff-2', note: '电话确认' });
  });

  test.each([
    ['an old version', { version: 0 }, false, 'ELDER.CHANGED'],
    ['a retired elder', { version: 1 }, true, 'ELDER.RETIRED'],
  ] as const)('refused: %s', (_n, s, retired, code) => {
    const e = { ...stored(), active: !retired };
    const r = decideElder(fields(), save({ existing: e, ...s }));
    assert.equal(r.ok ? 'ok' : r.error.code, code);
  });
});

describe('retiring', () => {
  const e = (active = true) => ({ ...(decideElder(fields(), save()) as { data: Elder }).data, active });
  test.each([
    ['the elder at the version read', e(), 1, 'ok'],
    ['no such elder', null, 1, 'ELDER.NOT_FOUND'],
    ['already retired', e(false), 1, 'ELDER.RETIRED'],
    ['an old version', e(), 0, 'ELDER.CHANGED'],
  ] as const)('%s → %s', (_n, elder, version, expected) => {
    const r = retireElder(elder, version, '已迁出本社区', 'staff-2', NOW);
    assert.equal(r.ok ? 'ok' : r.error.code, expected);
    if (r.ok)
      assert.deepEqual([r.data.active, r.data.retired, r.data.version], [false, { reason: '已迁出本社区', at: NOW, by: 'staff-2' }, 2]);
  });
});
