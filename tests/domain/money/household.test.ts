// Households: rooms normalised so the same door matches however it is typed; who keeps which community's tiers.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { householdId, keepsHouseholdsOf, normaliseRoom, tierOf } from '../../../src/domain/money/household';
import type { Grant } from '../../../src/domain/org/grants';

describe('rooms', () => {
  test.each([
    ['502', '502'],
    [' 0502 ', '502'],
    ['2-0502', '2-502'],
    ['a01', 'A01'],
    ['2 - 502', '2-502'],
  ])('%j → %j', (room, normal) => assert.equal(normaliseRoom(room), normal));

  test('the id is the stairwell code and the normalised room', () => assert.equal(householdId('B-0012', '0201'), 'B-0012:201'));
  test('no record: an ordinary household', () => assert.equal(tierOf(null), 'ordinary'));
});

describe('who keeps the tiers', () => {
  const community = (role: Grant['role'], id: string): Grant => ({ role, scope: { kind: 'community', id } });
  const street: Grant = { role: 'dispatcher', scope: { kind: 'street', id: 's-ximahe' } };
  test.each([
    ['a helper of the community', ['helper'], [community('helper', 'c-jinding')], true],
    ['a helper of another community', ['helper'], [community('helper', 'c-qingyun')], false],
    ['a dispatcher of the community', ['dispatcher'], [community('dispatcher', 'c-jinding')], true],
    ['a dispatcher of another community', ['dispatcher'], [community('dispatcher', 'c-qingyun')], false],
    ['a street dispatcher', ['dispatcher'], [street], true],
    ['the role without a grant', ['dispatcher', 'helper'], [], false],
    ['a street admin', ['admin'], [{ role: 'admin', scope: { kind: 'street', id: 's-ximahe' } }], true],
    ['a resident', ['resident'], [], false],
  ] as const)('%s: %s', (_n, roles, grants, may) => assert.equal(keepsHouseholdsOf(roles, grants, 'c-jinding'), may));
});
