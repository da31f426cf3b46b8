import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { ERROR_CODES, fail, isErrorCode, ok } from '../../src/domain/errors';

describe('errors', () => {
  it('ok() wraps data', () => {
    assert.deepEqual(ok({ n: 1 }), { ok: true, data: { n: 1 } });
  });

  it('fail() omits issues when none are given', () => {
    assert.deepEqual(fail('AUTH.FORBIDDEN', 'no'), { ok: false, error: { code: 'AUTH.FORBIDDEN', message: 'no' } });
    assert.equal('issues' in fail('AUTH.FORBIDDEN', 'no').error, false);
  });

  it('fail() keeps field issues', () => {
    const issues = [{ path: 'phone', message: 'Required' }];
    assert.deepEqual(fail('INPUT.INVALID', 'bad', issues).error.issues, issues);
  });

  const cases: Array<[unknown, boolean]> = [
    ['INPUT.INVALID', true],
    ['AUTH.FORBIDDEN', true],
    ['AUTH.NO_IDENTITY', true],
    ['ACTION.UNKNOWN', true],
    ['INTERNAL.ERROR', true],
    ['NETWORK.UNAVAILABLE', true],
    ['WISH.NOT_FOUND', true],
    ['ORDER.ALREADY_CLAIMED', true],
    ['input.invalid', false],
    ['WISH.UNKNOWN', false],
    ['', false],
    [42, false],
    [undefined, false],
  ];
  for (const [value, expected] of cases) {
    it(`isErrorCode(${JSON.stringify(value)}) is ${expected}`, () => {
      assert.equal(isErrorCode(value), expected);
    });
  }

  it('codes are AREA.REASON and unique', () => {
    for (const code of ERROR_CODES) assert.match(code, /^[A-Z]+\.[A-Z_]+$/);
    assert.equal(new Set(ERROR_CODES).size, ERROR_CODES.length);
  });
});
