import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { clip, roleNames, shortenOpenid } from '../../src/services/format';

describe('shortenOpenid', () => {
  const cases: Array<[string, string]> = [
    ['oABC1234567890xyzW', 'oABC…xyzW'],
    ['o_local_user_1', 'o_lo…er_1'],
    ['short', 'short'],
    ['0123456789', '0123456789'],
    ['01234567890', '0123…7890'],
  ];
  for (const [openid, expected] of cases) {
    it(`${openid} → ${expected}`, () => assert.equal(shortenOpenid(openid), expected));
  }
});

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
});

describe('clip', () => {
  it('keeps short text, cuts by characters (not UTF-16 units) with …', () => {
    assert.equal(clip('厨房漏水', 60), '厨房漏水');
    assert.equal(clip('一二三四五六', 5), '一二三四五…');
    assert.equal(clip('😀😀😀', 2), '😀😀…');
    assert.equal(clip('abc', 3), 'abc');
  });
});
