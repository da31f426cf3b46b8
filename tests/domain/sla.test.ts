// SLA rules (src/domain/sla.ts): late is past due while someone still has to act; "now" is an argument.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { isOverdue, isWishOverdue, timeLeft } from '../../src/domain/sla';
import { STATUSES, STATUS_GROUP } from '../../src/domain/wish/states';

const due = '2025-11-22T06:00:00.000Z';
const before = new Date('2025-11-22T05:59:59.000Z');
const after = new Date('2025-11-22T06:00:01.000Z');

describe('sla', () => {
  it('a deadline passes strictly after it, whatever the instant is given as', () => {
    assert.equal(isOverdue(due, before), false);
    assert.equal(isOverdue(due, due), false);
    assert.equal(isOverdue(due, after), true);
    assert.equal(isOverdue(new Date(due), after.getTime()), true);
    assert.equal(timeLeft(due, before), 1000);
    assert.equal(timeLeft(due, after), -1000);
  });

  it('only a wish someone still has to act on is late', () => {
    for (const status of STATUSES) {
      assert.equal(isWishOverdue({ dueAt: due, status }, after), STATUS_GROUP[status] === 'open', status);
      assert.equal(isWishOverdue({ dueAt: due, status }, before), false, status);
    }
  });
});
