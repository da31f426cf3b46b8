import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { clip, roleNames } from '../../src/services/format';

describe('roleNames', () => {
  const cases: Array<[string[], string]> = [
    [[], '居民'],
    [['resident'], '居民'],
    [['volunteer', 'leader'], '志愿者、队长'],
    [['dispatcher', 'admin', 'merchant'], '派单员、管理员、爱心商户'],
    [['king', 'admin'], '管理员'],
  ];
  for (const [roles, expected] of cases) {
    it(`${JSON.stringify(roles)} → ${expected}`, () => assert.equal(roleNames(roles), expected));
  }
  it('names where a scoped role holds', () => {
    const scopes = [
      { role: 'dispatcher', name: '青云社区' },
      { role: 'dispatcher', name: '金鼎社区' },
      { role: 'leader', name: '乐修匠志愿服务队' },
      { role: 'merchant' },
    ];
    assert.equal(
      roleNames(['volunteer', 'leader', 'dispatcher', 'merchant'], scopes),
      '志愿者、队长（乐修匠志愿服务队）、派单员（青云社区、金鼎社区）、爱心商户',
    );
  });
});

describe('clip', () => {
  it('keeps short text, cuts by characters (not UTF-16 units) with …', () => {
    assert.equal(clip('厨房漏水', 60), '厨房漏水');
    assert.equal(clip('一二三四五六', 5), '一二三四五…');
    assert.equal(clip('😀😀😀', 2), '😀😀…');
    assert.equal(clip('abc', 3), 'abc');
  });
});
