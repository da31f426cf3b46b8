// The store's filters and updates: the operators a request needs are there, whichever context it gets.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { applyOperators, matcher } from '../../localcloud/store/matcher';

const doc = { _id: 'a', n: 5, m: 3, tags: ['x', 'y'], o: { p: 'q' }, items: [{ k: 1 }, { k: 7 }] };

describe('matcher', () => {
  test.each([
    ['equality and ranges', { n: { $gte: 5, $lt: 6 }, 'o.p': 'q' }, true],
    ['$in, $nin, $exists', { tags: { $in: ['y'] }, m: { $nin: [1, 2] }, z: { $exists: false } }, true],
    ['$or / $and / $nor', { $or: [{ n: 1 }, { $and: [{ m: 3 }, { $nor: [{ n: 4 }] }] }] }, true],
    ['$elemMatch', { items: { $elemMatch: { k: { $gt: 6 } } } }, true],
    ['$regex', { 'o.p': { $regex: '^Q', $options: 'i' } }, true],
    ['$not', { n: { $not: { $gt: 4 } } }, false],
    // $expr needs the expression operators: at the top and under a logical operator
    ['$expr at the top', { $expr: { $gt: ['$n', '$m'] } }, true],
    ['$expr under $or', { $or: [{ n: 0 }, { $expr: { $eq: [{ $add: ['$m', 2] }, '$n'] } }] }, true],
    ['$expr that fails', { $expr: { $lt: ['$n', '$m'] } }, false],
  ])('%s', (_name, filter, expected) => {
    assert.equal(matcher(filter).test(doc), expected);
  });

  test.each([
    ['fields', { n: 1, 'o.p': 1 }, { _id: 'a', n: 5, o: { p: 'q' } }],
    ['exclusion', { tags: 0, items: 0, o: 0 }, { _id: 'a', n: 5, m: 3 }],
    ['$slice and $elemMatch', { tags: { $slice: 1 }, items: { $elemMatch: { k: 7 } } }, { _id: 'a', tags: ['x'], items: [{ k: 7 }] }],
    ['a computed value', { total: { $add: ['$n', '$m'] } }, { _id: 'a', total: 8 }],
  ])('projection: %s', (_name, projection, expected) => {
    assert.deepEqual(
      matcher({}, projection)
        .find([doc], projection as never)
        .all(),
      [expected],
    );
  });
});

describe('applyOperators', () => {
  test.each([
    ['$set and $inc', { $set: { 'o.p': 'r' }, $inc: { n: 2 } }, { n: 7, o: { p: 'r' } }, ['n', 'o.p']],
    ['$unset', { $unset: { m: '' } }, { m: undefined }, ['m']],
    ['$push with $each', { $push: { tags: { $each: ['z'] } } }, { tags: ['x', 'y', 'z'] }, ['tags']],
    ['$pull by a condition', { $pull: { items: { k: { $gt: 6 } } } }, { items: [{ k: 1 }] }, ['items']],
    ['$addToSet of a present value', { $addToSet: { tags: 'x' } }, { tags: ['x', 'y'] }, []],
  ])('%s', (_name, operators, expected, paths) => {
    const copy = structuredClone(doc) as Record<string, unknown>;
    assert.deepEqual([...applyOperators(copy, operators)].sort(), paths);
    for (const [k, v] of Object.entries(expected)) assert.deepEqual(copy[k], v);
  });
});
