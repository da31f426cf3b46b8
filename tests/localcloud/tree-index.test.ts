// The in-memory index keeps each level's value order correct through inserts, updates and deletes.
import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import fc from 'fast-check';
import { constraintsOf } from '../../localcloud/store/constraints';
import { compareValues } from '../../localcloud/store/order';
import { TreeIndex } from '../../localcloud/store/tree-index';

test('ordered scans equal a full sort after any sequence of adds and removes', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          op: fc.constantFrom('add', 'remove'),
          id: fc.integer({ min: 0, max: 30 }),
          team: fc.constantFrom('a', 'b'),
          due: fc.integer({ min: 0, max: 50 }),
        }),
        { maxLength: 120 },
      ),
      fc.constantFrom(1 as const, -1 as const),
      (ops, dir) => {
        const ix = new TreeIndex({ name: 't', keys: { team: 1, due: 1 } });
        const live = new Map<string, { _id: string; team: string; due: number }>();
        ix.orderedScan(constraintsOf({ team: 'a' }), 'due', 1); // build the ordered cache early, so later writes maintain it
        for (const o of ops) {
          const id = `d${o.id}`;
          const old = live.get(id);
          if (old) {
            ix.remove(old);
            live.delete(id);
          }
          if (o.op === 'add') {
            const doc = { _id: id, team: o.team, due: o.due };
            ix.add(doc);
            live.set(id, doc);
          }
        }
        const got = [...ix.orderedScan(constraintsOf({ team: { $in: ['a', 'b'] } }), 'due', dir)!.ids].map((id) => live.get(id)!.due);
        const expected = [...live.values()].map((d) => d.due).sort((a, b) => dir * (a - b));
        assert.deepEqual(got, expected);
      },
    ),
    { numRuns: 300, seed: 7 },
  );
});

test('values compare in MongoDB type order', () => {
  const sorted = [true, new Date(5), 'b', 2, null, [1], { a: 1 }, 'a', 1].sort(compareValues);
  assert.deepEqual(sorted, [null, 1, 2, 'a', 'b', { a: 1 }, [1], true, new Date(5)]);
});
