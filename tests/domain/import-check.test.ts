import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { checkHeaders, checkRows, COLUMNS, IMPORT_KINDS, type ImportKind, type SheetRow } from '../../src/domain/org/import';
import { ORG, place, sheet, team, volunteer } from './import-fixture';

const problemsOf = (kind: ImportKind, rows: SheetRow[]): string[] => {
  const result = checkRows(kind, rows, ORG);
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('checkRows: every problem, row by row, in Chinese', () => {
  const cases: Array<[string, ImportKind, SheetRow[], string[]]> = [
    ['a clean places row', 'places', sheet(place()), []],
    ['a required cell left empty', 'places', sheet(place({ 小区: '' })), ['第 2 行「小区」没有填写']],
    [
      'a code that is not a scene',
      'places',
      sheet(place({ 楼栋码: 'B 0012' })),
      ['第 2 行「楼栋码」只能用字母、数字和 - _ 等符号，最多 32 个：B 0012'],
    ],
    [
      'a code over 32 characters',
      'places',
      sheet(place({ 楼栋码: 'B'.repeat(33) })),
      [`第 2 行「楼栋码」只能用字母、数字和 - _ 等符号，最多 32 个：${'B'.repeat(33)}`],
    ],
    ['a code twice in the file', 'places', sheet(place(), place({ '楼栋/单元': '4栋' })), ['第 3 行「楼栋码」与第 2 行重复：B-0012']],
    ['a retired code', 'places', sheet(place({ 楼栋码: 'B-0009' })), ['第 2 行「楼栋码」已停用，不能再用：B-0009']],
    ['是/否 misspelt', 'places', sheet(place({ 码已含单元: '对' })), ['第 2 行「码已含单元」应填「是」或「否」：对']],
    ['a bad hotline', 'places', sheet(place({ 社区电话: '12345' })), ['第 2 行「社区电话」不对：手机号应为11位数字']],
    ['an unreadable service day', 'places', sheet(place({ 服务日: '每周八' })), ['第 2 行「服务日」应像「每周三」：每周八']],
    [
      'a community whose rows disagree',
      'places',
      sheet(place(), place({ 楼栋码: 'B-0013', 社区电话: '0871-63129999' })),
      ['第 3 行「社区电话」与第 2 行的「0871-63120012」不一致：0871-63129999'],
    ],
    ['a clean teams row', 'teams', sheet(team()), []],
    ['an unknown parent team', 'teams', sheet(team({ 上级队伍: '乐修匠服务队' })), ['第 2 行「上级队伍」找不到：乐修匠服务队']],
    ['an unknown kind', 'teams', sheet(team({ 类型: '大队' })), ['第 2 行「类型」应为 总队、支队、专业队伍、社区队伍、社团 之一：大队']],
    ['an unknown specialty', 'teams', sheet(team({ 专长: '乐修匠、修飞机' })), ['第 2 行「专长」找不到：修飞机']],
    ['an unknown community', 'teams', sheet(team({ 服务社区: '金鼎社区，白云社区' })), ['第 2 行「服务社区」找不到：白云社区']],
    ['a team named twice', 'teams', sheet(team(), team()), ['第 3 行「队伍名称」与第 2 行重复：乐修匠志愿服务队']],
    [
      'a team its own parent',
      'teams',
      sheet(team({ 上级队伍: '乐修匠志愿服务队' })),
      ['第 2 行「上级队伍」形成了循环：乐修匠志愿服务队 → 乐修匠志愿服务队'],
    ],
    [
      'a cycle through the file',
      'teams',
      sheet(team({ 队伍名称: '甲队', 上级队伍: '乙队' }), team({ 队伍名称: '乙队', 上级队伍: '甲队' })),
      ['第 2 行「上级队伍」形成了循环：甲队 → 乙队 → 甲队', '第 3 行「上级队伍」形成了循环：乙队 → 甲队 → 乙队'],
    ],
    [
      'a cycle through a stored team',
      'teams',
      sheet(team({ 队伍名称: '洗马河志愿服务支队', 上级队伍: '乐修匠志愿服务队' }), team({ 上级队伍: '洗马河志愿服务支队' })),
      [
        '第 2 行「上级队伍」形成了循环：洗马河志愿服务支队 → 乐修匠志愿服务队 → 洗马河志愿服务支队',
        '第 3 行「上级队伍」形成了循环：乐修匠志愿服务队 → 洗马河志愿服务支队 → 乐修匠志愿服务队',
      ],
    ],
    ['a parent further down the file', 'teams', sheet(team({ 上级队伍: '新支队' }), team({ 队伍名称: '新支队', 类型: '支队' })), []],
    ['a clean volunteers row', 'volunteers', sheet(volunteer()), []],
    ['a bad phone', 'volunteers', sheet(volunteer({ 手机号: '1380000000' })), ['第 2 行「手机号」不对：手机号应为11位数字']],
    ['a phone twice', 'volunteers', sheet(volunteer(), volunteer({ 姓名: '李小明' })), ['第 3 行「手机号」与第 2 行重复']],
    ['a one-character name', 'volunteers', sheet(volunteer({ 姓名: '李' })), ['第 2 行「姓名」不对：姓名至少2个字']],
    ['an unknown community', 'volunteers', sheet(volunteer({ 社区: '白云社区' })), ['第 2 行「社区」找不到：白云社区']],
    ['党员 misspelt', 'volunteers', sheet(volunteer({ 党员: '预备' })), ['第 2 行「党员」应填「是」或「否」：预备']],
    [
      'several problems in several rows, all listed',
      'volunteers',
      sheet(volunteer({ 手机号: '' }), volunteer({ 专长: '飞行' }), volunteer({ 手机号: '23800000002', 党员: 'x' })),
      [
        '第 2 行「手机号」没有填写',
        '第 3 行「专长」找不到：飞行',
        '第 4 行「手机号」不对：这不是有效的手机号码，请检查',
        '第 4 行「党员」应填「是」或「否」：x',
      ],
    ],
  ];
  for (const [name, kind, rows, expected] of cases) {
    it(`${kind}: ${name}`, () => assert.deepEqual(problemsOf(kind, rows), expected));
  }

  it('a problem names its row and column apart from the sentence', () => {
    const result = checkRows('teams', sheet(team(), team({ 队伍名称: '新队', 上级队伍: '乐修匠服务队' })), ORG);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems, [{ row: 3, column: '上级队伍', message: '第 3 行「上级队伍」找不到：乐修匠服务队' }]);
  });
});

describe('checkRows: normalized records', () => {
  it('places: a new community of a known street takes its sponsor, a stable id and the service day', () => {
    const rows = sheet(place({ 社区: '白云社区', 楼栋码: 'W-1', 服务日: '星期三', 新时代文明实践站: '白云站', 码已含单元: '否' }));
    const a = checkRows('places', rows, ORG);
    const b = checkRows('places', rows, ORG);
    assert.ok(a.ok);
    assert.deepEqual(a, b, 'the same file gives the same ids');
    const community = a.records.find((r) => r.collection === 'communities')?.doc;
    assert.deepEqual(
      { ...community, _id: undefined },
      {
        _id: undefined,
        name: '白云社区',
        street: '洗马河街道',
        sponsorId: 'street-xmh',
        hotline: '0871-63120012',
        station: '白云站',
        serviceDay: 3,
      },
    );
    assert.match(String(community?._id), /^c-[0-9a-z]+$/);
    const building = a.records.find((r) => r.collection === 'buildings')?.doc;
    assert.deepEqual(building, {
      _id: 'W-1',
      name: '3栋2单元',
      estateName: '翠湖小区',
      communityId: community?._id,
      communityName: '白云社区',
      fixes: 'building',
    });
  });

  it('places: a new street with no sponsor anywhere is a problem', () => {
    assert.deepEqual(problemsOf('places', sheet(place({ 街道: '新街道', 社区: '新社区', 楼栋码: 'N-1' }))), [
      '第 2 行「社区」是新社区，但街道还没有出资方，请先设置：新社区',
    ]);
  });

  it('teams: kind, parent by name, specialties in the menu words, communities by name, 否 disables', () => {
    const result = checkRows(
      'teams',
      sheet(
        team({
          类型: '专业队伍',
          上级队伍: '洗马河志愿服务支队',
          专长: '家电维修、综合服务',
          服务社区: '金鼎社区、青云社区',
          是否启用: '否',
        }),
      ),
      ORG,
    );
    assert.ok(result.ok);
    assert.deepEqual(result.records, [
      {
        collection: 'teams',
        doc: {
          _id: 't-lexiujiang',
          name: '乐修匠志愿服务队',
          kind: 'professional',
          parentId: 't-zhidui',
          specialties: ['repair', 'general'],
          communities: ['c-jinding', 'c-qingyun'],
          active: false,
        },
      },
    ]);
  });

  it('volunteers: a registered volunteer is matched by mobile and keeps their OPENID', () => {
    const result = checkRows('volunteers', sheet(volunteer({ 专长: '乐修匠、代购跑腿', 党员: '是' })), ORG);
    assert.ok(result.ok);
    assert.deepEqual(result.records[0]?.doc, {
      _id: 'openid-li',
      name: '李明',
      phone: '13800000002',
      skills: ['repair', 'errand'],
      communityId: 'c-jinding',
      partyMember: true,
    });
  });
});

describe('checkHeaders', () => {
  for (const kind of IMPORT_KINDS) {
    it(`${kind}: the template's headers pass, and each missing required one is named`, () => {
      const headers = COLUMNS[kind].map((c) => c.header);
      assert.deepEqual(checkHeaders(kind, headers), []);
      const required = COLUMNS[kind].filter((c) => c.required).map((c) => c.header);
      assert.deepEqual(
        checkHeaders(kind, []).map((p) => p.column),
        required,
      );
    });
  }
});
