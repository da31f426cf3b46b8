// Ids in imports: new volunteers get ids from the generator passed in (never from their mobile), and the
// optional 编号 columns make a rename update the stored street, community or team instead of adding one.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { checkRows, countChanges, diffRecords, toRows, type ImportRecord, type OrgSnapshot } from '../../src/domain/org/import';
import { ORG, place, sheet, team, volunteer } from './import-fixture';

const records = (result: ReturnType<typeof checkRows>): ImportRecord[] => {
  assert.ok(result.ok, JSON.stringify(result));
  return result.records;
};
const messages = (result: ReturnType<typeof checkRows>): string[] => (result.ok ? [] : result.problems.map((p) => p.message));
const ids = (prefix: string) => {
  let n = 0;
  return (p: string) => `${p}-${prefix}${++n}`;
};

describe('volunteer ids', () => {
  it('a new volunteer gets the id the generator gives, which says nothing of the mobile', () => {
    const [rec] = records(checkRows('volunteers', sheet(volunteer({ 手机号: '13900000009', 姓名: '周杰' })), ORG, ids('x')));
    assert.equal(rec?.doc._id, 'v-x1');
    assert.ok(!String(rec?.doc._id).includes('13900000009'));
  });

  it('without a generator a new volunteer cannot be named (the domain makes no random ids itself)', () => {
    assert.throws(() => checkRows('volunteers', sheet(volunteer({ 手机号: '13900000009' })), ORG), /newId/);
  });

  it('a second import matches by mobile: the same ids, nothing changes', () => {
    const rows = sheet(volunteer({ 手机号: '13900000009', 姓名: '周杰' }), volunteer());
    const first = records(checkRows('volunteers', rows, ORG, ids('a')));
    const after: OrgSnapshot = { ...ORG, volunteers: [...ORG.volunteers, first[0]!.doc as OrgSnapshot['volunteers'][number]] };
    const second = records(checkRows('volunteers', rows, after, ids('b')));
    assert.deepEqual(
      second.map((r) => r.doc._id),
      ['v-a1', 'openid-li'],
    );
    assert.deepEqual(countChanges(diffRecords(second, after)), { create: 0, update: 0, unchanged: 2 });
  });
});

describe('编号 columns', () => {
  it('teams: a row with 队伍编号 renames the stored team (its parent and children follow by id)', () => {
    const result = records(checkRows('teams', sheet(team({ 队伍名称: '乐修匠服务队', 队伍编号: 't-lexiujiang' })), ORG));
    assert.deepEqual(
      diffRecords(result, ORG).map((c) => [c.doc._id, c.change, (c.doc as { name: string }).name]),
      [['t-lexiujiang', 'update', '乐修匠服务队']],
    );
  });

  it('teams: a new 队伍编号 creates the team under that id (the demo keeps t-lexiujiang and friends)', () => {
    const [rec] = records(checkRows('teams', sheet(team({ 队伍名称: '新队', 队伍编号: 't-new' })), ORG));
    assert.equal(rec?.doc._id, 't-new');
  });

  it('teams: a name already used by another stored team, a bad id, an id twice', () => {
    assert.deepEqual(messages(checkRows('teams', sheet(team({ 队伍名称: '洗马河志愿服务支队', 队伍编号: 't-lexiujiang' })), ORG)), [
      '第 2 行「队伍名称」已有同名队伍（编号 t-zhidui）：洗马河志愿服务支队',
    ]);
    assert.deepEqual(messages(checkRows('teams', sheet(team({ 队伍编号: 't 1' })), ORG)), [
      '第 2 行「队伍编号」只能用字母、数字和 - _：t 1',
    ]);
    assert.deepEqual(
      messages(checkRows('teams', sheet(team({ 队伍名称: '甲队', 队伍编号: 't-a' }), team({ 队伍名称: '乙队', 队伍编号: 't-a' })), ORG)),
      ['第 3 行「队伍编号」与第 2 行重复：t-a'],
    );
  });

  it('places: 社区编号 and 街道编号 rename the stored community and street; 街道电话 sets the street phone', () => {
    const rows = sheet(
      place({ 社区: '金鼎新社区', 社区编号: 'c-jinding', 街道: '洗马河新街道', 街道编号: 's-ximahe', 街道电话: '0871-63129999' }),
    );
    const changes = diffRecords(records(checkRows('places', rows, ORG)), ORG);
    assert.deepEqual(
      changes.map((c) => [c.collection, c.doc._id, c.change]),
      [
        ['streets', 's-ximahe', 'update'],
        ['communities', 'c-jinding', 'update'],
        ['buildings', 'B-0012', 'update'],
      ],
    );
    assert.deepEqual(changes[0]?.doc, { _id: 's-ximahe', name: '洗马河新街道', hotline: '0871-63129999' });
    assert.equal((changes[1]?.doc as { street?: string }).street, '洗马河新街道');
    assert.equal((changes[2]?.doc as { communityName?: string }).communityName, '金鼎新社区');
  });

  it('places: rows of one community may leave the id out after the first; a differing name under one id is a problem', () => {
    const ok = checkRows('places', sheet(place({ 社区编号: 'c-jinding' }), place({ 楼栋码: 'B-0013' })), ORG);
    assert.deepEqual(countChanges(diffRecords(records(ok), ORG)), { create: 1, update: 0, unchanged: 3 });
    assert.deepEqual(
      messages(
        checkRows(
          'places',
          sheet(place({ 社区编号: 'c-jinding' }), place({ 社区: '别的社区', 社区编号: 'c-jinding', 楼栋码: 'B-0013' })),
          ORG,
        ),
      ),
      ['第 3 行「社区」与第 2 行同一编号的「金鼎社区」不一致：别的社区'],
    );
    assert.deepEqual(
      messages(
        checkRows('places', sheet(place({ 街道电话: '0871-63120000' }), place({ 楼栋码: 'B-0013', 街道电话: '0871-63120001' })), ORG),
      ),
      ['第 3 行「街道电话」与第 2 行的「0871-63120000」不一致：0871-63120001'],
    );
  });

  it('export writes the ids, so export → rename → import updates instead of adding', () => {
    const rows = toRows('teams', ORG).map((r) => (r['队伍编号'] === 't-zhidui' ? { ...r, 队伍名称: '洗马河支队' } : r));
    assert.deepEqual(countChanges(diffRecords(records(checkRows('teams', sheet(...rows), ORG)), ORG)), {
      create: 0,
      update: 1,
      unchanged: 1,
    });
    const places = toRows('places', ORG);
    assert.equal(places[0]?.['社区编号'], 'c-jinding');
    assert.equal(places[0]?.['街道编号'], 's-ximahe');
    assert.equal(places[0]?.['街道电话'], '0871-63120000');
  });
});
