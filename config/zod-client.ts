/**
 * `zod` as the mini-program and H5 builds see it (config/index.ts aliases `zod` here): the part of
 * classic zod's API that src/domain's schemas call, built on `zod/mini`, which bundlers can
 * tree-shake (classic zod is ~98 KB in the main package whatever is used of it).
 *
 * One source of truth: the client runs the domain's own schemas, unchanged; only the builder is
 * lighter. Each method below is what classic zod does (the same check from zod's core), so a
 * value passes or fails with the same issues on the phone as in the cloud functions;
 * tests/build/zod-client.test.ts compares the two over every action of the registry.
 *
 * A classic method the domain starts to use and this file lacks fails that test (and the client at
 * launch): add it here the way classic zod implements it.
 */
import * as core from 'zod/v4/core';
import * as m from 'zod/mini';

type Params = string | { error?: unknown; message?: string } | undefined;
type Schema = m.ZodMiniType;
/** A schema as the domain chains it: mini's own members plus the classic ones added below. */
type Fluent = Schema & Record<string, unknown>;
type Members = (s: Fluent) => Record<string, unknown>;
type MiniClass = { init(inst: never, def: never): void };
type ClientClass = new (def: object) => Schema;

const normalize = (params: Params): object => m.util.normalizeParams(params as never);

/** Members every classic schema has. */
const common: Members = (s) => ({
  optional: () => optional(s),
  nullable: () => nullable(s),
  refine: (check: (value: unknown) => unknown, params?: Params) => s.check(m.refine(check, params as never)),
});

/** A schema class: mini's, plus the classic members. Built per instance, so clones (every `.check`) keep them. */
function classic(name: string, Mini: MiniClass, members?: Members): ClientClass {
  return core.$constructor(name, (inst: Fluent, def: object) => {
    Mini.init(inst as never, def as never);
    Object.assign(inst, common(inst), members?.(inst));
  }) as unknown as ClientClass;
}

const sized: Members = (s) => ({
  min: (n: number, p?: Params) => s.check(m.minLength(n, p as never)),
  max: (n: number, p?: Params) => s.check(m.maxLength(n, p as never)),
  length: (n: number, p?: Params) => s.check(m.length(n, p as never)),
  nonempty: (p?: Params) => s.check(m.minLength(1, p as never)),
});

const stringMembers: Members = (s) => ({
  ...sized(s),
  trim: () => s.check(m.trim()),
  regex: (re: RegExp, p?: Params) => s.check(m.regex(re, p as never)),
});

const ClientString = classic('ZodString', m.ZodMiniString, stringMembers);
const ClientISODateTime = classic('ZodISODateTime', m.ZodMiniISODateTime, stringMembers);
const ClientNumber = classic('ZodNumber', m.ZodMiniNumber, (s) => ({
  int: (p?: Params) => s.check(m.int(p as never)),
  min: (n: number, p?: Params) => s.check(m.gte(n, p as never)),
  max: (n: number, p?: Params) => s.check(m.lte(n, p as never)),
  gte: (n: number, p?: Params) => s.check(m.gte(n, p as never)),
  lte: (n: number, p?: Params) => s.check(m.lte(n, p as never)),
  positive: (p?: Params) => s.check(m.gt(0, p as never)),
  nonnegative: (p?: Params) => s.check(m.gte(0, p as never)),
}));
const ClientBoolean = classic('ZodBoolean', m.ZodMiniBoolean);
const ClientLiteral = classic('ZodLiteral', m.ZodMiniLiteral);
const ClientEnum = classic('ZodEnum', m.ZodMiniEnum);
const ClientArray = classic('ZodArray', m.ZodMiniArray, sized);
const ClientObject = classic('ZodObject', m.ZodMiniObject, (s) => ({
  extend: (shape: m.core.$ZodLooseShape) => m.extend(s as never, shape),
  pick: (mask: Record<string, true>) => m.pick(s as never, mask as never),
  omit: (mask: Record<string, true>) => m.omit(s as never, mask as never),
}));
const ClientUnion = classic('ZodDiscriminatedUnion', m.ZodMiniDiscriminatedUnion);
const ClientPlainUnion = classic('ZodUnion', m.ZodMiniUnion);
const ClientRecord = classic('ZodRecord', m.ZodMiniRecord);
const ClientOptional = classic('ZodOptional', m.ZodMiniOptional);
const ClientNullable = classic('ZodNullable', m.ZodMiniNullable);
const ClientUnknown = classic('ZodUnknown', m.ZodMiniUnknown);

export const string = (params?: Params) => core._string(ClientString as never, params as never);
export const number = (params?: Params) => core._number(ClientNumber as never, params as never);
export const boolean = (params?: Params) => core._boolean(ClientBoolean as never, params as never);
/** bank.setting_history's `value` (any key's value). */
export const unknown = () => core._unknown(ClientUnknown as never);
export const iso = { datetime: (params?: Params) => core._isoDateTime(ClientISODateTime as never, params as never) };

export function literal(value: unknown, params?: Params) {
  return new ClientLiteral({ type: 'literal', values: Array.isArray(value) ? value : [value], ...normalize(params) });
}

function _enum(values: readonly string[] | Record<string, string>, params?: Params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ClientEnum({ type: 'enum', entries, ...normalize(params) });
}
export { _enum as enum };

export function array(element: Schema, params?: Params) {
  return new ClientArray({ type: 'array', element, ...normalize(params) });
}

export function object(shape: m.core.$ZodLooseShape, params?: Params) {
  return new ClientObject({ type: 'object', shape, ...normalize(params) });
}

export function strictObject(shape: m.core.$ZodLooseShape, params?: Params) {
  return new ClientObject({ type: 'object', shape, catchall: m.never(), ...normalize(params) });
}

export function discriminatedUnion(discriminator: string, options: Schema[], params?: Params) {
  return new ClientUnion({ type: 'union', options, discriminator, ...normalize(params) });
}

/** cert.issue's period (a year, or a range of months). */
export function union(options: Schema[], params?: Params) {
  return new ClientPlainUnion({ type: 'union', options, ...normalize(params) });
}

/** insight.dashboard's tables (counts by key). */
export function record(keyType: Schema, valueType: Schema, params?: Params) {
  return new ClientRecord({ type: 'record', keyType, valueType, ...normalize(params) });
}

export function optional(innerType: Schema) {
  return new ClientOptional({ type: 'optional', innerType });
}

export function nullable(innerType: Schema) {
  return new ClientNullable({ type: 'nullable', innerType });
}
