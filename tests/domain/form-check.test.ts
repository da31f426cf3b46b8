import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { checkForm, wholeNumber } from '../../src/domain/formCheck';
import { AwardInput } from '../../src/domain/schemas/dispatch';

describe('wholeNumber: digits or nothing', () => {
  const cases: Array<[string, number]> = [
    ['45', 45],
    [' 45 ', 45],
    ['0', 0],
    ['12abc', Number.NaN],
    ['4.5', Number.NaN],
    ['-3', Number.NaN],
    ['', Number.NaN],
  ];
  it.each(cases)('%j → %d', (text, n) => assert.ok(Object.is(wholeNumber(text), n)));
});

describe('checkForm: the schema decides, one message per field', () => {
  it('passes a good event through as parsed', () => {
    const r = checkForm(AwardInput, { action: 'award', wishId: 'w_1', points: 10, reason: '确已上门' });
    assert.deepEqual(r, { ok: true, data: { action: 'award', wishId: 'w_1', points: 10, reason: '确已上门' } });
  });
  it('names each wrong field once, by its first message', () => {
    const r = checkForm(AwardInput, { action: 'award', wishId: 'w_1', points: wholeNumber('x'), reason: '' });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual(Object.keys(r.issues).sort(), ['points', 'reason']);
    assert.ok(Object.values(r.issues).every((m) => m.length > 0));
  });
});
