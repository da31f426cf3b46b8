// Aggregation with MongoDB's handling of missing values. mingo evaluates the pipeline, with two
// differences from MongoDB corrected here:
// - a missing value in an object it builds ($project, $addFields, $replaceRoot, $group's _id, the
//   object of a $push…) stays as an `undefined` property, which EJSON would send as `null`: MongoDB
//   leaves the field out, so `withoutMissing` drops it from the output;
// - `$push` and `$addToSet` add `null` for a document whose value is missing: MongoDB skips it.
import { Aggregator } from 'mingo/aggregator';
import { Context } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import type { Options } from 'mingo/types';
import { unique } from 'mingo/util';

type Accumulator = (coll: unknown[], expr: unknown, options: Options) => unknown;

/** `$push` that skips missing values: mingo keeps `undefined` inside an object it builds, so wrap the expression in one. */
const $push: Accumulator = (coll, expr, options) => {
  if (expr === null || expr === undefined) return coll;
  const wrapped = accumulatorOperators.$push(coll as never, { v: expr }, options) as Array<{ v?: unknown }>;
  return wrapped.filter((w) => w.v !== undefined).map((w) => w.v);
};

const $addToSet: Accumulator = (coll, expr, options) => unique($push(coll, expr, options) as unknown[]);

const CONTEXT = Context.init({
  accumulator: { ...accumulatorOperators, $push, $addToSet } as never,
  expression: expressionOperators as never,
  pipeline: pipelineOperators as never,
  projection: projectionOperators as never,
  query: queryOperators as never,
  window: windowOperators as never,
});

/** Runs `pipeline` over `docs` (already copies); `resolve` gives the documents of a `$lookup`'s collection. */
export function runPipeline(pipeline: Array<Record<string, unknown>>, docs: unknown[], resolve: (name: string) => unknown[]): unknown[] {
  const agg = new Aggregator(pipeline as never, { context: CONTEXT, collectionResolver: resolve as never });
  return withoutMissing(agg.run(docs as never)) as unknown[];
}

/** Drops `undefined` properties from plain objects, at any depth; in an array a missing value is `null`, as in MongoDB. */
export function withoutMissing(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : withoutMissing(v)));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = withoutMissing(v);
    return out;
  }
  return value;
}
