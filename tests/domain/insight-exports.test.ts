// 导出's pure rules: masking by column, the range, who may have personal data, the scope, the hours'
// tally, and the CSV cells neutralised against formulas (table-driven).
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { inert } from '../../cloudfunctions/_lib/sheets/csv';
import { tallyHours } from '../../src/domain/insight/exportRows';
import {
  cellsOf,
  EXPORT_COLUMNS,
  EXPORT_KINDS,
  exportScope,
  exportSpan,
  headersOf,
  hoursText,
  mayExportPersonal,
} from '../../src/domain/insight/exports';
import type { Grant } from '../../src/domain/org/grants';
import type { Role } from '../../src/domain/roles';

const admin = { roles: ['admin'] as Role[], grants: [{ role: 'admin', scope: { kind: 'street', id: 's-1' } }] as Grant[] };
const adminNoGrant = { roles: ['admin'] as Role[], grants: [] as Grant[] };
const streetDisp = { roles: ['dispatcher'] as Role[], grants: [{ role: 'dispatcher', scope: { kind: 'street', id: 's-1' } }] as Grant[] };
const qingDisp = { roles: ['dispatcher'] as Role[], grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-q' } }] as Grant[] };
const ALL = ['c-j', 'c-q'];

describe('columns', () => {
  test('every kind has unique Chinese headers', () => {
    for (const kind of EXPORT_KINDS) {
      const h = headersOf(kind);
      assert.equal(new Set(h).size, h.length, kind);
      assert.ok(
        h.every((x) => /[\u4e00-\u9fff]/.test(x)),
        kind,
      );
    }
  });

  test.each([
    [true, ['101', '张桂兰', '13912345678']],
    [false, ['***', '张**', '139****5678']],
  ])('personal %s: room, name and phone', (personal, want) => {
    const row = { 门牌: '101', 联系人: '张桂兰', 联系电话: '13912345678', 编号: 'w1' };
    const cells = cellsOf('wishes', row, personal);
    const at = (h: string) => cells[EXPORT_COLUMNS.wishes.findIndex((c) => c.header === h)];
    assert.deepEqual([at('门牌'), at('联系人'), at('联系电话')], want);
    assert.equal(at('编号'), 'w1');
  });
});

describe('who may have personal data, and the scope', () => {
  test.each([
    ['an admin with the street grant, the street', admin, 'all', true],
    ['an admin role without its grant', adminNoGrant, 'all', false],
    ['a street dispatcher, the street', streetDisp, 'all', true],
    ['a community dispatcher, their community', qingDisp, ['c-q'], true],
    ['a community dispatcher, another community', qingDisp, ['c-j'], false],
  ] as const)('%s', (_, caller, scope, want) => {
    assert.equal(mayExportPersonal(caller, scope as 'all' | string[], ALL), want);
  });

  test.each([
    ['admin, none asked', admin, undefined, 'all'],
    ['admin, one', admin, 'c-j', ['c-j']],
    ['community dispatcher, none asked', qingDisp, undefined, ['c-q']],
    ['community dispatcher, another', qingDisp, 'c-j', undefined],
    ['anyone, unknown', admin, 'c-x', undefined],
  ] as const)('%s', (_, caller, communityId, want) => {
    assert.deepEqual(exportScope(caller, communityId, new Set(ALL)), want);
  });
});

test.each([
  ['2024-01-01', '2024-01-31', '2023-12-31T16:00:00.000Z', '2024-01-31T16:00:00.000Z'],
  ['2024-01-01', '2024-12-31', '2023-12-31T16:00:00.000Z', '2024-12-31T16:00:00.000Z'],
  ['2024-02-01', '2024-01-31', null, null],
  ['2023-01-01', '2024-06-01', null, null],
])('range %s..%s', (from, to, a, b) => {
  const span = exportSpan(from, to);
  assert.deepEqual(span && [span.from.toISOString(), span.to.toISOString()], a && [a, b]);
});

test('hours: minutes to each passbook, a service counted for credits only', () => {
  const t = {};
  tallyHours(t, {
    kind: 'service_credit',
    minutes: 60,
    lines: [
      { account: 'sponsor:s', points: -10 },
      { account: 'passbook:a', points: 10 },
    ],
  });
  tallyHours(t, {
    kind: 'service_hours',
    minutes: 30,
    lines: [
      { account: 'passbook:a', points: 0 },
      { account: 'sponsor:s', points: 0 },
    ],
  });
  tallyHours(t, {
    kind: 'activity_credit',
    minutes: 90,
    lines: [
      { account: 'sponsor:s', points: -5 },
      { account: 'passbook:b', points: 5 },
    ],
  });
  assert.deepEqual(t, { a: [90, 1], b: [90, 1] });
  assert.equal(hoursText(90), '1.5');
});

test.each([
  ['=SUM(A1)', "'=SUM(A1)"],
  ['+1+1', "'+1+1"],
  ['-1+1', "'-1+1"],
  ['@cmd', "'@cmd"],
  ['-5', '-5'],
  ['12.5', '12.5'],
  ['张三', '张三'],
  ['', ''],
])('CSV cell %j → %j', (cell, want) => assert.equal(inert(cell), want));
