import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { dispatcherCommunities, dispatchesIn, fitsScope, type Grant } from '../../src/domain/org/grants';
import { queueFilter } from '../../src/domain/wish/queue';

const g = (role: Grant['role'], kind: Grant['scope']['kind'], id: string): Grant => ({ role, scope: { kind, id } });

describe('dispatcherCommunities', () => {
  const cases: Array<[string, Grant[], 'all' | string[]]> = [
    ['no grant: nothing (closed by default)', [], []],
    ['street dispatcher: all', [g('dispatcher', 'street', 's1')], 'all'],
    ['two communities', [g('dispatcher', 'community', 'c1'), g('dispatcher', 'community', 'c2')], ['c1', 'c2']],
    ['street wins over a community', [g('dispatcher', 'community', 'c1'), g('dispatcher', 'street', 's1')], 'all'],
    ['other roles give no dispatch scope', [g('admin', 'street', 's1'), g('helper', 'community', 'c1')], []],
  ];
  it.each(cases)('%s', (_name, grants, expected) => assert.deepEqual(dispatcherCommunities(grants), expected));

  it('dispatchesIn: a wish without a community is for the street only', () => {
    assert.equal(dispatchesIn([g('dispatcher', 'community', 'c1')], undefined), false);
    assert.equal(dispatchesIn([g('dispatcher', 'street', 's1')], undefined), true);
  });
});

describe('fitsScope', () => {
  it.each([
    ['admin', 'street', true],
    ['admin', 'community', false],
    ['dispatcher', 'community', true],
    ['leader', 'team', true],
    ['leader', 'community', false],
    ['merchant', 'shop', true],
    ['helper', 'community', true],
    ['helper', 'street', false],
  ] as const)('%s of a %s: %s', (role, kind, ok) => assert.equal(fitsScope(role, { kind, id: 'x' }), ok));
});

describe('queueFilter with a scope', () => {
  const now = new Date('2026-11-30T08:00:00Z');
  it('a community dispatcher filters by their communities; the street by none', () => {
    assert.deepEqual(queueFilter('waiting', undefined, now, ['c1']).communities, ['c1']);
    assert.equal(queueFilter('waiting', undefined, now, 'all').communities, undefined);
    assert.equal(queueFilter('waiting', undefined, now).communities, undefined);
  });
});
