import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { activeStairwells, batchJobId, mayMakePosters, nextChunk, posterCommunities, posterOrder } from '../../src/domain/poster';
import type { Grant } from '../../src/domain/org/grants';

const street: Grant = { role: 'dispatcher', scope: { kind: 'street', id: 's-ximahe' } };
const jinding: Grant = { role: 'dispatcher', scope: { kind: 'community', id: 'c-jinding' } };

describe('posterCommunities', () => {
  it.each<[string, Parameters<typeof posterCommunities>, ReturnType<typeof posterCommunities>]>([
    ['an admin: every community', [['admin'], []], 'all'],
    ['a street dispatcher: every community', [['dispatcher'], [street]], 'all'],
    ['a community dispatcher: theirs', [['dispatcher'], [jinding]], ['c-jinding']],
    ['a dispatcher without a grant: none (closed by default)', [['dispatcher'], []], []],
    ['a grant without the role: none', [['resident'], [jinding]], []],
    ['a helper of a community: none', [['helper'], [{ role: 'helper', scope: { kind: 'community', id: 'c-jinding' } }]], []],
  ])('%s', (_name, args, expected) => assert.deepEqual(posterCommunities(...args), expected));

  it('mayMakePosters reads the scope', () => {
    assert.equal(mayMakePosters('all', 'c-qingyun'), true);
    assert.equal(mayMakePosters(['c-jinding'], 'c-jinding'), true);
    assert.equal(mayMakePosters(['c-jinding'], 'c-qingyun'), false);
  });
});

describe('the pages of a batch', () => {
  const b = (_id: string, estateName: string, name: string, retired?: boolean) => ({
    _id,
    estateName,
    name,
    ...(retired ? { retired } : {}),
  });

  it('retired stairwells get none; the rest in 小区 then 楼栋 order, numbers as numbers', () => {
    const list = [
      b('B-3', '翠湖小区', '10栋'),
      b('B-1', '翠湖小区', '2栋'),
      b('B-9', '翠湖小区', '3栋', true),
      b('B-2', '金碧花园', '1栋'),
    ];
    assert.deepEqual(
      posterOrder(activeStairwells(list)).map((x) => x._id),
      ['B-1', 'B-3', 'B-2'],
    );
  });

  it('the job id is the community and a fingerprint of what the pages show', () => {
    const pages = [{ scene: 'B-0012', hotline: '0871-63120012' }];
    assert.match(batchJobId('c-jinding', pages), /^posters_c-jinding_[0-9a-f]{8}$/);
    assert.equal(batchJobId('c-jinding', pages), batchJobId('c-jinding', [{ ...pages[0] }]), 'same pages, same job');
    assert.notEqual(batchJobId('c-jinding', pages), batchJobId('c-jinding', [{ ...pages[0], hotline: '0871-63120013' }]));
  });

  it('chunks of 10, the last one short', () => {
    assert.deepEqual(nextChunk(0, 23), { from: 0, to: 10 });
    assert.deepEqual(nextChunk(20, 23), { from: 20, to: 23 });
  });
});
