// Aggregation keeps missing values missing, stage by stage, as MongoDB does (mingo alone turns them
// into null: `undefined` in an object it builds, `null` in $push).
import { expect, test } from '@jest/globals';
import { runPipeline, withoutMissing } from '../../localcloud/store/aggregate';
import { parseEJSON, toEJSON } from '../../localcloud/store/ejson';

const DOCS = [
  { _id: 'a', m: 1, amount: 5, remark: 'x', k: 'x' },
  { _id: 'b', m: 1, amount: 3 },
  { _id: 'c', m: 2, amount: 7, remark: null },
];
const OTHER = [
  { _id: 'o1', k: 'x', note: 'joined' },
  { _id: 'o2', k: 'y' },
];

/** The pipeline's answer as the SDK receives it (EJSON on the wire, parsed back). */
const run = (pipeline: Array<Record<string, unknown>>) =>
  runPipeline(pipeline, structuredClone(DOCS), () => structuredClone(OTHER)).map((d) => parseEJSON(toEJSON(d)));

const CASES: Array<[string, Array<Record<string, unknown>>, unknown[]]> = [
  [
    '$group $push of an object leaves the missing field out',
    [{ $match: { m: 1 } }, { $group: { _id: '$m', items: { $push: { r: '$remark', n: '$amount' } } } }],
    [{ _id: 1, items: [{ r: 'x', n: 5 }, { n: 3 }] }],
  ],
  [
    '$group $push of a missing field pushes nothing; null stays null',
    [{ $group: { _id: null, r: { $push: '$remark' } } }],
    [{ _id: null, r: ['x', null] }],
  ],
  ['$group $addToSet skips missing values', [{ $group: { _id: null, r: { $addToSet: '$remark' } } }], [{ _id: null, r: ['x', null] }]],
  [
    '$group _id object leaves a missing field out',
    [{ $match: { _id: 'b' } }, { $group: { _id: { r: '$remark' }, n: { $sum: 1 } } }],
    [{ _id: {}, n: 1 }],
  ],
  [
    '$project of a missing field path leaves it out',
    [{ $match: { _id: 'b' } }, { $project: { r: '$remark', nested: { r: '$remark', m: '$m' } } }],
    [{ _id: 'b', nested: { m: 1 } }],
  ],
  [
    '$addFields of a missing field leaves it out',
    [{ $match: { _id: 'b' } }, { $addFields: { r: '$remark', nested: { r: '$remark' } } }],
    [{ _id: 'b', m: 1, amount: 3, nested: {} }],
  ],
  ['$set (alias of $addFields) likewise', [{ $match: { _id: 'b' } }, { $set: { r: '$remark' } }], [{ _id: 'b', m: 1, amount: 3 }]],
  [
    '$replaceRoot leaves missing fields out',
    [{ $match: { _id: 'b' } }, { $replaceRoot: { newRoot: { id: '$_id', r: '$remark' } } }],
    [{ id: 'b' }],
  ],
  ['a null field is kept as null', [{ $match: { _id: 'c' } }, { $project: { _id: 0, r: '$remark' } }], [{ r: null }]],
  [
    'a missing value inside an array literal is null (as in MongoDB)',
    [{ $match: { _id: 'b' } }, { $project: { _id: 0, a: ['$remark', 1] } }],
    [{ a: [null, 1] }],
  ],
  [
    "$lookup joins and keeps the joined documents' missing fields missing",
    [{ $match: { _id: 'a' } }, { $lookup: { from: 'o', localField: 'k', foreignField: 'k', as: 'j' } }, { $project: { _id: 0, j: 1 } }],
    [{ j: [{ _id: 'o1', k: 'x', note: 'joined' }] }],
  ],
  [
    '$group $first of a missing field is null (MongoDB answers null there)',
    [{ $match: { _id: 'b' } }, { $group: { _id: null, f: { $first: '$remark' } } }],
    [{ _id: null, f: null }],
  ],
];

test.each(CASES)('%s', (_name, pipeline, expected) => {
  expect(run(pipeline)).toEqual(expected);
});

test('withoutMissing keeps Dates and other non-plain values as they are', () => {
  const at = new Date(0);
  expect(withoutMissing({ a: undefined, at, list: [undefined, { b: undefined }] })).toEqual({ at, list: [null, {}] });
  expect((withoutMissing({ at }) as { at: unknown }).at).toBe(at);
});
