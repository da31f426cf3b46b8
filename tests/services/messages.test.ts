import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { ERROR_CODES } from '../../src/domain/errors';
import { hotlineOf, saysCallCommunity } from '../../src/services/hotline';
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

describe('messages that say to contact the community get its number on the page', () => {
  const SAYS_CALL = /联系社区|居委会|工作人员/;
  for (const code of ERROR_CODES) {
    const says = SAYS_CALL.test(MESSAGES[code]);
    it(`${code}: ${says ? 'says to contact the community → the page shows the hotline' : 'no number needed'}`, () =>
      assert.equal(saysCallCommunity(code), says));
  }
  const places = {
    streetHotline: '0871-63120000',
    communities: [
      { communityId: 'c-1', name: '金鼎社区', hotline: '0871-63120012', estates: [] },
      { communityId: 'c-2', name: '青云社区', estates: [] },
    ],
  };
  const cases: Array<[string | undefined, string | undefined]> = [
    ['c-1', '0871-63120012'],
    ['c-2', '0871-63120000'], // a community without its own number: the street's
    ['c-9', '0871-63120000'],
    [undefined, '0871-63120000'],
  ];
  for (const [communityId, number] of cases)
    it(`the number for ${communityId ?? 'an unknown community'} is ${number}`, () => assert.equal(hotlineOf(places, communityId), number));
  it('no number before the place list arrives, unless the build has the street office’s', () => {
    assert.equal(hotlineOf(undefined, 'c-1', undefined), undefined);
    assert.equal(hotlineOf(undefined, 'c-1', '0871-63120000'), '0871-63120000');
  });
});
