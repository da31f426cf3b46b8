import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import {
  checkRows,
  countChanges,
  diffRecords,
  IMPORT_KINDS,
  toRows,
  type ImportRecord,
  type OrgSnapshot,
} from '../../src/domain/org/import';
import { ORG, place, sheet, team, volunteer } from './import-fixture';

/** The snapshot after applying records (what a later apply will write). */
function apply(org: OrgSnapshot, records: readonly ImportRecord[]): OrgSnapshot {
  const next = { ...org } as unknown as Record<string, readonly { _id: string }[]>;
  for (const r of records) next[r.collection] = [...(next[r.collection] ?? []).filter((d) => d._id !== r.doc._id), r.doc];
  return next as unknown as OrgSnapshot;
}

const checked = (result: ReturnType<typeof checkRows>): ImportRecord[] => {
  assert.ok(result.ok, JSON.stringify(result));
  return result.records;
};

describe('diffRecords', () => {
  const cases: Array<[string, ReturnType<typeof checkRows>, string[]]> = [
    [
      'a stored stairwell as stored',
      checkRows('places', sheet(place()), ORG),
      ['streets:unchanged', 'communities:unchanged', 'buildings:unchanged'],
    ],
    [
      'a renamed stairwell',
      checkRows('places', sheet(place({ '楼栋/单元': '3栋2单元（东）' })), ORG),
      ['streets:unchanged', 'communities:unchanged', 'buildings:update'],
    ],
    [
      'a new stairwell',
      checkRows('places', sheet(place({ 楼栋码: 'B-0014' })), ORG),
      ['streets:unchanged', 'communities:unchanged', 'buildings:create'],
    ],
    [
      'a community hotline cleared',
      checkRows('places', sheet(place({ 社区电话: '' })), ORG),
      ['streets:unchanged', 'communities:update', 'buildings:unchanged'],
    ],
    ['a stored team as stored', checkRows('teams', sheet(team()), ORG), ['teams:unchanged']],
    ['a team given a parent', checkRows('teams', sheet(team({ 上级队伍: '洗马河志愿服务支队' })), ORG), ['teams:update']],
    ['a new team', checkRows('teams', sheet(team({ 队伍名称: '新队' })), ORG), ['teams:create']],
    ['a registered volunteer as stored', checkRows('volunteers', sheet(volunteer()), ORG), ['volunteers:unchanged']],
    ['a volunteer who joined the party', checkRows('volunteers', sheet(volunteer({ 党员: '是' })), ORG), ['volunteers:update']],
    [
      'a new volunteer',
      checkRows('volunteers', sheet(volunteer({ 手机号: '13900000009', 姓名: '周杰' })), ORG, () => 'v-random1'),
      ['volunteers:create'],
    ],
  ];
  for (const [name, result, expected] of cases) {
    it(name, () =>
      assert.deepEqual(
        diffRecords(checked(result), ORG).map((c) => `${c.collection}:${c.change}`),
        expected,
      ),
    );
  }

  it('importing the same file twice changes nothing the second time', () => {
    const rows = sheet(place({ 社区: '白云社区', 楼栋码: 'W-1' }), place({ 社区: '白云社区', 楼栋码: 'W-2', '楼栋/单元': '2栋' }));
    const first = checked(checkRows('places', rows, ORG));
    assert.deepEqual(countChanges(diffRecords(first, ORG)), { create: 3, update: 0, unchanged: 1 });
    const after = apply(ORG, first);
    const second = checked(checkRows('places', rows, after));
    assert.deepEqual(countChanges(diffRecords(second, after)), { create: 0, update: 0, unchanged: 4 });
  });

  it('a stored document keeps the fields the sheet does not carry', () => {
    const org = { ...ORG, volunteers: [{ ...ORG.volunteers[0]!, createdAt: new Date('2026-01-01') }] } as unknown as OrgSnapshot;
    const [change] = diffRecords(checked(checkRows('volunteers', sheet(volunteer()), org)), org);
    assert.equal(change?.change, 'unchanged');
    assert.deepEqual((change?.doc as { createdAt?: Date }).createdAt, new Date('2026-01-01'));
  });
});

describe('toRows: export → import round-trips', () => {
  for (const kind of IMPORT_KINDS) {
    it(`${kind}: every exported row checks clean and changes nothing`, () => {
      const rows = sheet(...toRows(kind, ORG));
      assert.ok(rows.length > 0);
      const changes = diffRecords(checked(checkRows(kind, rows, ORG)), ORG);
      assert.deepEqual(
        changes.filter((c) => c.change !== 'unchanged').map((c) => c.doc._id),
        [],
      );
    });
  }
});
