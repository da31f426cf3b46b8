// Hostile payloads for the bad-input suite: fast-check arbitraries that mutate a valid event, plus
// pools of nasty values (wrong types, huge strings, deep nesting, prototype keys, query operators,
// emoji / bidi / control characters, non-finite numbers). Not a test file.
//
// Mutations are data (`Mutation[]`), applied to a base event at call time by `applyMutations`, so a
// base that changes per call (a fresh requestId) still gets the same mutations for the same seed.
// Objects are built with `defineProperty`, never `obj[key] =`, so `__proto__` stays an OWN key and
// really reaches the function (as it would from JSON.parse on the wire).
import fc from 'fast-check';

export type Json = unknown;
export type Path = Array<string | number>;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Sets an own, enumerable property, even for `__proto__`. */
export function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An object literal whose keys are all own properties (so `{ __proto__: … }` is data, not a prototype). */
export function own(entries: Array<[string, unknown]>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) setOwn(o, k, v);
  return o;
}

/** A deep copy that keeps `__proto__` keys as own data and never recurses through a prototype. */
export function cloneOwn<T>(value: T): T {
  // recursive: 1000 levels of nesting stay far below the stack limit
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => cloneOwn(v)) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) setOwn(out, k, cloneOwn((value as Record<string, unknown>)[k]));
  return out as T;
}

export const HUGE_STRING = 'A'.repeat(100 * 1024);
export const HUGE_CJK = '漏'.repeat(40 * 1024); // 120 KB of UTF-8

/** `{ a: { a: … } }`, `depth` levels. */
export function deepObject(depth = 1000): Record<string, unknown> {
  let v: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** `[[[…]]]`, `depth` levels. */
export function deepArray(depth = 1000): unknown[] {
  let v: unknown[] = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

export const PROTO_WORDS = ['__proto__', 'constructor', 'prototype'] as const;

/** Prototype-pollution shaped values (own keys, as JSON.parse would make them). */
export function protoValues(): unknown[] {
  return [
    JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true,"roles":["dispatcher"]}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
    own([['prototype', { polluted: 'yes' }]]),
    own([['__proto__', null]]),
    JSON.parse('[{"__proto__":{"polluted":"yes"}}]'),
  ];
}

/** MongoDB / CloudBase query and update operators, where an id or a value is expected. */
export function operatorValues(): unknown[] {
  return [
    { $gt: '' },
    { $ne: null },
    { $where: 'function () { while (true) {} }' },
    { $where: 'sleep(5000) || true' },
    { $regex: '.*' },
    { $regex: '^w_', $options: 'i' },
    { $exists: true },
    { $in: ['w_0123456789abcdef', 'demo-resident'] },
    { $nin: [] },
    { $or: [{ filedBy: 'demo-resident' }, { _id: { $ne: null } }] },
    { $expr: { $eq: [1, 1] } },
    { $set: { status: 'closed' } },
    { $inc: { balance: 1000000 } },
    { _id: { $ne: null } },
    [{ $gt: '' }],
  ];
}

/** Strings that are trouble: emoji, bidi and zero-width marks, control characters, injection shapes. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '😀🙏🏻👨‍👩‍👧‍👦🏳️‍🌈',
  '修水管😀',
  '\u202Eabc\u202C', // RIGHT-TO-LEFT OVERRIDE
  '\u200F\u200E\u061C', // RLM, LRM, ALM
  '\u200B\u200C\u200D\u2060\uFEFF', // zero-width
  '\u2028\u2029',
  '\u0000',
  'w_0123456789abcdef\u0000',
  'abc\u0000def',
  '\u0001\u0002\u0007\u0008\u000b\u000c\u001b[31mred\u001b[0m',
  '\u007f\u0085\u009f',
  '\uD800', // a lone surrogate
  '\uDFFF\uD800',
  'ｗ＿０１２３', // full-width look-alikes
  '张阿姨\u0000',
  '13812345678\u0000',
  ' 13812345678 ',
  '+8613812345678',
  'w_0123456789abcdef; db.dropDatabase()',
  "w_' OR '1'='1",
  'w_0123456789abcdef\n',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '${7*7}{{7*7}}<%= 7*7 %>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%00%0a%0d',
  '%E0%A4%A',
  'cloud://../../etc/passwd',
  'cloud://env.bucket/a.jpg?x=<script>',
  'https://evil.example/a.jpg',
  '需要帮忙测试违规词处理一下', // the local msgSecCheck's test-only blocked word
  '$gt',
  '$where',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  'true',
  '0',
  '-0',
  '1e309',
  '9'.repeat(400),
  'a'.repeat(65),
  'w_' + 'a'.repeat(62),
  HUGE_STRING,
  HUGE_CJK,
];

/** Numbers at the edges. NaN, ±Infinity and -0 become null / 0 on the JSON wire, as on WeChat. */
export const NASTY_NUMBERS: readonly number[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  0,
  -1,
  1,
  0.5,
  4.9,
  5.5,
  1001,
  601,
  2 ** 31,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MAX_SAFE_INTEGER,
];

/** Values of the wrong type for any field. */
export function wrongTypeValues(): unknown[] {
  return [null, true, false, 0, 1, '', [], {}, [null], [{}], ['a'], [[]], { length: 1 }, { 0: 'a', length: 1 }, new Date(0).toISOString()];
}

/** Every nasty value, one pool. */
export function nastyPool(): unknown[] {
  return [
    ...NASTY_STRINGS,
    ...NASTY_NUMBERS,
    ...wrongTypeValues(),
    ...operatorValues(),
    ...protoValues(),
    ...PROTO_WORDS,
    deepObject(1000),
    deepArray(1000),
    own([['a', deepObject(1000)]]),
    Array.from({ length: 5000 }, (_x, i) => i),
    Array.from({ length: 50 }, () => 'cloud://env.bucket/a.jpg'),
  ];
}

/** Keys to add where they do not belong. */
export const EXTRA_KEYS: readonly string[] = [
  ...PROTO_WORDS,
  '$where',
  '$gt',
  '$set',
  '_id',
  '_openid',
  'openid',
  'OPENID',
  'userInfo',
  'filedBy',
  'claimant',
  'roles',
  'role',
  'status',
  'version',
  'teamId',
  'isAdmin',
  'as',
  'Type',
  'TriggerName',
  'toString',
  'valueOf',
  '',
  ' ',
  'action ',
  'a.b',
  'contact.phone',
  '😀',
  '\u0000',
  'k'.repeat(300),
];

/**
 * One representative per kind of bad value, for the systematic pass (every field × every kind), so
 * coverage of each kind does not depend on the random draw.
 */
export function representatives(): Array<[string, unknown]> {
  return [
    ['null', null],
    ['boolean', true],
    ['number', 12345],
    ['string', 'x'],
    ['array', ['a']],
    ['object', { a: 1 }],
    ['huge string 100 KB', HUGE_STRING],
    ['deep object 1000', deepObject(1000)],
    ['deep array 1000', deepArray(1000)],
    ['__proto__ object', JSON.parse('{"__proto__":{"polluted":"yes"}}')],
    ['constructor.prototype', JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}')],
    ['"__proto__"', '__proto__'],
    ['"constructor"', 'constructor'],
    ['"prototype"', 'prototype'],
    ['$gt', { $gt: '' }],
    ['$ne', { $ne: null }],
    ['$where', { $where: 'sleep(5000) || true' }],
    ['$regex', { $regex: '.*' }],
    ['emoji', '修理😀👨‍👩‍👧'],
    ['RTL override', '\u202E修理水管\u202C'],
    ['NUL', 'w_0123\u0000'],
    ['control chars', '\u0001\u001b[31m\u007f'],
    ['lone surrogate', '\uD800'],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['-0', -0],
    ['1e308', 1e308],
    ['-1', -1],
    ['1.5', 1.5],
  ];
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** A nasty value: one from the pools, a random string of any code units, or a small random value. */
export function nastyValue(): fc.Arbitrary<unknown> {
  const pool = nastyPool();
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pool) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withObjectString: true, withNullPrototype: true }) },
  );
}

/** A value close to a valid one: the valid string with something nasty before or after it. */
function nearValid(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid !== 'string') return nastyValue();
  const bits = ['\u0000', '\u202E', '\u200B', ' ', '\n', '😀', '$', '.', '/', '%00', "'", '"', '\\', '{', '[', 'ａ'];
  return fc.oneof(
    fc.constantFrom(...bits).map((b) => valid + b),
    fc.constantFrom(...bits).map((b) => b + valid),
    fc.constantFrom(...bits).map((b) => valid.slice(0, Math.ceil(valid.length / 2)) + b + valid.slice(Math.ceil(valid.length / 2))),
    fc.constant(valid.toUpperCase()),
    fc.constant(valid + valid.repeat(Math.ceil(400 / Math.max(1, valid.length)))),
  );
}

/** One change to an event. */
export type Mutation =
  | { op: 'replace'; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'add'; path: Path; key: string; value: unknown }
  | { op: 'wrapArray'; path: Path } // an array where an object (or value) goes
  | { op: 'action'; value: unknown } // an `action` variant (value `undefined`: the key is removed)
  | { op: 'whole'; value: unknown }; // the event itself replaced (array, string, null…)

/** Every path inside `value`: object keys and array indexes, containers and leaves alike. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_v, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const p = [...at, k];
    return [p, ...pathsOf((value as Record<string | number, unknown>)[k], p)];
  });
}

/** Paths of the containers (the event itself is `[]`). */
export function containersOf(value: unknown): Path[] {
  const all: Path[] = [[]];
  for (const p of pathsOf(value)) {
    const v = getAt(value, p);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) all.push(p);
  }
  return all;
}

function getAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const k of path) at = (at as Record<string | number, unknown>)?.[k];
  return at;
}

/** Action strings and non-strings that are not `action`. */
export function actionVariants(action: string, allActions: readonly string[]): fc.Arbitrary<unknown> {
  const variants = [
    action.toUpperCase(),
    action[0].toUpperCase() + action.slice(1),
    ` ${action}`,
    `${action} `,
    `${action}\u0000`,
    `${action}\u200B`,
    `\u202E${action}`,
    `${action}s`,
    action.slice(0, -1),
    `${action}.${action}`,
    `../${action}`,
    'ｗｈｏａｍｉ',
    ...allActions.filter((a) => a !== action),
    ...PROTO_WORDS,
    'hasOwnProperty',
    'toString',
    'valueOf',
    '__defineGetter__',
    '',
  ];
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...variants) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        undefined,
        null,
        0,
        1,
        true,
        [action],
        { $ne: null },
        { toString: action },
        own([['__proto__', action]]),
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  );
}

/** One mutation of `example` (whose `action` is `action`). */
export function mutation(example: Record<string, unknown>, allActions: readonly string[]): fc.Arbitrary<Mutation> {
  const paths = pathsOf(example).filter((p) => !(p.length === 1 && p[0] === 'action'));
  const containers = containersOf(example);
  const action = String(example.action);
  const arbs: Array<{ weight: number; arbitrary: fc.Arbitrary<Mutation> }> = [
    { weight: 2, arbitrary: fc.record({ op: fc.constant('action' as const), value: actionVariants(action, allActions) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('whole' as const),
        value: fc.constantFrom<unknown>([example], [], 'action', 0, true, null, [action], deepArray(1000), own([['__proto__', example]])),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('add' as const),
        path: fc.constantFrom(...containers),
        key: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...EXTRA_KEYS) },
          { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        ),
        value: nastyValue(),
      }),
    },
  ];
  if (paths.length > 0) {
    arbs.push(
      {
        weight: 8,
        arbitrary: fc.constantFrom(...paths).chain((path) =>
          fc.record({
            op: fc.constant('replace' as const),
            path: fc.constant(path),
            value: fc.oneof({ weight: 4, arbitrary: nastyValue() }, { weight: 1, arbitrary: nearValid(getAt(example, path)) }),
          }),
        ),
      },
      { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...paths) }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('wrapArray' as const), path: fc.constantFrom(...paths) }) },
    );
  }
  return fc.oneof(...arbs);
}

/** One to three mutations of `example`. */
export function mutations(example: Record<string, unknown>, allActions: readonly string[]): fc.Arbitrary<Mutation[]> {
  return fc.array(mutation(example, allActions), { minLength: 1, maxLength: 3 });
}

/** The systematic pass: every path × every representative, every path removed, proto/operator keys added everywhere. */
export function systematicMutations(example: Record<string, unknown>): Mutation[][] {
  const paths = pathsOf(example).filter((p) => !(p.length === 1 && p[0] === 'action'));
  const out: Mutation[][] = [];
  for (const path of paths) {
    for (const [, value] of representatives()) out.push([{ op: 'replace', path, value }]);
    out.push([{ op: 'delete', path }], [{ op: 'wrapArray', path }]);
  }
  for (const path of containersOf(example)) {
    for (const key of [...PROTO_WORDS, '$where', '$set', 'openid', '_id']) out.push([{ op: 'add', path, key, value: { polluted: 'yes' } }]);
  }
  for (const value of [
    undefined,
    null,
    1,
    [example.action],
    { $ne: null },
    ...PROTO_WORDS,
    String(example.action).toUpperCase(),
    `${String(example.action)}\u0000`,
  ]) {
    out.push([{ op: 'action', value }]);
  }
  out.push([{ op: 'whole', value: [example] }], [{ op: 'whole', value: deepArray(1000) }]);
  return out;
}

/** Applies `muts` to a copy of `base`. A path that no longer exists (an earlier mutation removed it) is skipped. */
export function applyMutations(base: Record<string, unknown>, muts: readonly Mutation[]): unknown {
  let event: unknown = cloneOwn(base);
  for (const m of muts) {
    if (m.op === 'whole') {
      event = cloneOwn(m.value);
      continue;
    }
    if (typeof event !== 'object' || event === null) continue;
    if (m.op === 'action') {
      if (Array.isArray(event)) continue;
      if (m.value === undefined) delete (event as Record<string, unknown>).action;
      else setOwn(event, 'action', cloneOwn(m.value));
      continue;
    }
    const path = m.path;
    const parentPath = m.op === 'add' ? path : path.slice(0, -1);
    const parent = parentPath.length === 0 ? event : getAt(event, parentPath);
    if (typeof parent !== 'object' || parent === null) continue;
    if (m.op === 'add') {
      if (!Array.isArray(parent)) setOwn(parent, m.key, cloneOwn(m.value));
      continue;
    }
    const key = path[path.length - 1];
    if (!Object.prototype.hasOwnProperty.call(parent, key)) continue;
    if (m.op === 'replace') setOwn(parent, key, cloneOwn(m.value));
    else if (m.op === 'wrapArray') setOwn(parent, key, [(parent as Record<string | number, unknown>)[key]]);
    else if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string | number, unknown>)[key];
  }
  return event;
}

/** Events that are anything at all (fc.anything), and anything with the right `action`. */
export function anythingEvent(): fc.Arbitrary<unknown> {
  return fc.anything({
    maxDepth: 4,
    maxKeys: 6,
    withObjectString: true,
    withNullPrototype: true,
    withSparseArray: true,
    withDate: true,
    key: fc.oneof(fc.string(), fc.constantFrom('action', '__proto__', 'constructor', 'prototype', '$where', '$gt', 'userInfo')),
  });
}

export function anythingWithAction(action: string): fc.Arbitrary<unknown> {
  return fc
    .dictionary(
      fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', 'wishId', 'page', 'teamId')),
      fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true }),
      {
        maxKeys: 5,
      },
    )
    .map((d) => {
      const o = cloneOwn(d);
      setOwn(o, 'action', action);
      return o;
    });
}

/** A short, printable preview of an event for failure messages (huge values elided). */
export function preview(value: unknown, max = 300): string {
  let s: string;
  try {
    s = JSON.stringify(value, (_k, v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v));
  } catch {
    s = String(value);
  }
  if (s === undefined) s = String(value);
  return s.length > max ? `${s.slice(0, max)}…(${s.length} chars)` : s;
}

/** A stable 32-bit seed for `name` (FNV-1a), mixed with a base seed. */
export function seedFor(name: string, base: number): number {
  let h = 0x811c9dc5 ^ base;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
