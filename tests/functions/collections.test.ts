// Collections are named once (the manifest's set), and one function turns a decided change into the
// compare-and-set update. Pure: no local cloud.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import type { DB } from 'wx-server-sdk';
import { updateOf } from '../../cloudfunctions/_lib/collections/changes';
import { COLLECTIONS } from '../../cloudfunctions/_lib/collections/names';
import { decideWish } from '../../src/domain/wish/machine';
import type { Wish } from '../../src/domain/wish/wish';

const root = path.resolve(__dirname, '../..');

describe('collection names', () => {
  it('are exactly the collections of database/indexes.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'database/indexes.json'), 'utf8')) as {
      collections: Record<string, unknown>;
    };
    assert.deepEqual(Object.values(COLLECTIONS).sort(), Object.keys(manifest.collections).sort());
    for (const [key, name] of Object.entries(COLLECTIONS)) assert.equal(key, name);
  });

  it('no function names a collection with a string literal outside _lib/collections', () => {
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const offenders = files(path.join(root, 'cloudfunctions'))
      .filter((f) => !f.includes(`${path.sep}_lib${path.sep}collections${path.sep}`))
      .filter((f) => /collection\(\s*['"`]/.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(
      offenders.map((f) => path.relative(root, f)),
      [],
    );
  });
});

describe('updateOf: a decided change as one update', () => {
  // A stand-in for db.command that shows which operator each field got.
  const _ = { remove: () => ({ $remove: true }), push: (items: unknown[]) => ({ $push: items }) } as unknown as DB.DatabaseCommand;
  const NOW = new Date('2024-05-01T02:00:00Z');
  const wish = {
    _id: 'w_1',
    status: 'claimed',
    version: 4,
    filedBy: 'o_owner',
    teamId: 't-1',
    claimant: 'o_m',
    excludedTeamIds: [],
  } as unknown as Wish;

  it('sets, clears, pushes, moves the status, bumps the version and appends the history entry', () => {
    const change = decideWish('return', wish, { openid: 'o_l', relations: ['leader'] }, NOW, { note: '人手不足' });
    assert.ok(change.ok);
    assert.deepEqual(updateOf(_, change.data), {
      teamId: { $remove: true },
      claimant: { $remove: true },
      claimedAt: { $remove: true },
      plannedVisit: { $remove: true },
      excludedTeamIds: { $push: ['t-1'] },
      status: 'returned',
      version: 5,
      history: { $push: [{ at: NOW, by: 'o_l', as: 'leader', action: 'return', from: 'claimed', to: 'returned', note: '人手不足' }] },
    });
  });

  it('leaves out fields set to undefined', () => {
    const change = decideWish('close', { ...wish, status: 'completed' }, { openid: 'system', relations: ['system'] }, NOW, {});
    assert.ok(change.ok);
    assert.deepEqual(Object.keys(updateOf(_, change.data)).sort(), ['closedAt', 'history', 'status', 'version']);
  });
});
