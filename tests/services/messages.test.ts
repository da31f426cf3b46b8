import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { ERROR_CODES } from '../../src/domain/errors';
import { FALLBACK_MESSAGE, MESSAGES, messageFor } from '../../src/services/messages';

describe('messages', () => {
  for (const code of ERROR_CODES) {
    it(`${code} has a Chinese message`, () => {
      assert.match(MESSAGES[code], /[\u4e00-\u9fff]/);
      assert.equal(messageFor(code), MESSAGES[code]);
      assert.equal(messageFor({ code }), MESSAGES[code]);
    });
  }

  const unknown = ['WISH.NO_SUCH_CODE', '', 'toString', '__proto__'];
  for (const code of unknown) {
    it(`unknown code ${JSON.stringify(code)} → fallback`, () => {
      assert.equal(messageFor(code), FALLBACK_MESSAGE);
    });
  }

  it('the fallback is 系统繁忙，请稍后再试', () => {
    assert.equal(FALLBACK_MESSAGE, '系统繁忙，请稍后再试');
  });
});
