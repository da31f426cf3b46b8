// Field rules of the registry's inputs, and the Chinese messages a resident reads next to a field.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { registry } from '../../src/domain/schemas';
import { validate } from '../../src/domain/validate';
import { VALID_INPUTS, withLeaf } from './schema-examples';

type Key = keyof typeof VALID_INPUTS;
const schemaOf = (key: Key) => {
  const [fn, action] = key.split('.');
  return (registry as unknown as Record<string, Record<string, { input: { safeParse: (v: unknown) => { success: boolean } } }>>)[fn][action]
    .input;
};
const CJK = /[\u4e00-\u9fa5]/;
const PHOTO = 'cloud://env-1.bucket/wish/a.jpg';

interface Case {
  key: Key;
  path: string[];
  value: unknown;
  ok: boolean;
}

const cases: Case[] = [
  // phones
  ...['13812345678', ' 13812345678 '].map((value) => ({ key: 'wish.submit', path: ['contact', 'phone'], value, ok: true })),
  ...['12812345678', '1381234567', '138123456789', '+8613812345678', '138-1234-5678', '１３８１２３４５６７８', ''].map((value) => ({
    key: 'wish.submit',
    path: ['contact', 'phone'],
    value,
    ok: false,
  })),
  ...['23800000002', '1380000000'].map((value) => ({ key: 'volunteer.register', path: ['phone'], value, ok: false })),
  // lengths
  { key: 'wish.submit', path: ['description'], value: '字'.repeat(300), ok: true },
  { key: 'wish.submit', path: ['description'], value: '字'.repeat(301), ok: false },
  { key: 'wish.submit', path: ['description'], value: '四个字呀', ok: false },
  { key: 'wish.submit', path: ['description'], value: '   五个字了吗   ', ok: true },
  { key: 'wish.submit', path: ['description'], value: '第一行\n第二行\t缩进', ok: true },
  { key: 'wish.rate', path: ['comment'], value: '好'.repeat(201), ok: false },
  { key: 'wish.cancel', path: ['reason'], value: '因'.repeat(101), ok: false },
  { key: 'dispatch.reject', path: ['reason'], value: '因'.repeat(101), ok: false },
  { key: 'dispatch.dispatch', path: ['note'], value: '注'.repeat(101), ok: false },
  { key: 'volunteer.complete', path: ['summary'], value: '修'.repeat(301), ok: false },
  { key: 'volunteer.return', path: ['reason'], value: '因'.repeat(101), ok: false },
  // photos
  { key: 'wish.submit', path: ['photos'], value: [], ok: true },
  { key: 'wish.submit', path: ['photos'], value: [PHOTO, PHOTO, PHOTO], ok: true },
  { key: 'wish.submit', path: ['photos'], value: [PHOTO, PHOTO, PHOTO, PHOTO], ok: false },
  { key: 'wish.submit', path: ['photos'], value: ['https://evil.example/a.jpg'], ok: false },
  // names, rooms, dates, stars, minutes, consent
  { key: 'wish.submit', path: ['contact', 'name'], value: '张', ok: false },
  { key: 'wish.submit', path: ['contact', 'name'], value: '张三<script>', ok: false },
  { key: 'wish.submit', path: ['room'], value: '3栋201', ok: false },
  { key: 'wish.submit', path: ['preferredTime', 'date'], value: '2024/05/02', ok: false },
  { key: 'wish.submit', path: ['consent'], value: false, ok: false },
  { key: 'wish.submit', path: ['requestId'], value: 'short', ok: false },
  ...[1, 5].map((value) => ({ key: 'wish.rate', path: ['stars'], value, ok: true })),
  ...[0, 6, 2.5, '5'].map((value) => ({ key: 'wish.rate', path: ['stars'], value, ok: false })),
  ...[4, 601, 30.5].map((value) => ({ key: 'volunteer.complete', path: ['minutes'], value, ok: false })),
  ...[-1, 1001, 0.5].map((value) => ({ key: 'wish.mine', path: ['page'], value, ok: false })),
];

describe('field rules', () => {
  for (const { key, path, value, ok } of cases) {
    it(`${key} ${path.join('.')} = ${JSON.stringify(value).slice(0, 40)} → ${ok ? 'accepted' : 'rejected'}`, () => {
      assert.equal(schemaOf(key).safeParse(withLeaf(VALID_INPUTS[key], path, value)).success, ok);
    });
  }
});

/** What a resident can get wrong on the wish form, the rating and the cancel sheet. */
const residentFacing: Array<{ key: Key; path: string[]; values: unknown[] }> = [
  { key: 'wish.submit', path: ['category'], values: ['', undefined] },
  { key: 'wish.submit', path: ['description'], values: ['', '短', '字'.repeat(301), 'a\u0000bcdef'] },
  { key: 'wish.submit', path: ['contact', 'name'], values: ['', '张', 'x'.repeat(21), '张3'] },
  { key: 'wish.submit', path: ['contact', 'phone'], values: ['', '123'] },
  { key: 'wish.submit', path: ['room'], values: ['', '3栋201'] },
  { key: 'wish.submit', path: ['preferredTime', 'date'], values: ['', '明天'] },
  { key: 'wish.submit', path: ['photos'], values: [[PHOTO, PHOTO, PHOTO, PHOTO], ['file:///tmp/a.jpg']] },
  { key: 'wish.submit', path: ['consent'], values: [false] },
  { key: 'wish.rate', path: ['stars'], values: [0, 6] },
  { key: 'wish.rate', path: ['comment'], values: ['好'.repeat(201)] },
  { key: 'wish.cancel', path: ['reason'], values: ['因'.repeat(101)] },
];

describe('resident-facing messages are Chinese', () => {
  for (const { key, path, values } of residentFacing) {
    for (const value of values) {
      it(`${key} ${path.join('.')} = ${JSON.stringify(value)?.slice(0, 30)}`, () => {
        const result = validate(schemaOf(key) as never, withLeaf(VALID_INPUTS[key], path, value));
        assert.equal(result.ok, false);
        if (result.ok) return;
        const issues = (result.error.issues ?? []).filter((i) => i.path === path.join('.') || i.path.startsWith(`${path.join('.')}.`));
        assert.ok(issues.length > 0, JSON.stringify(result.error.issues));
        for (const issue of issues) assert.match(issue.message, CJK, `${issue.path}: ${issue.message}`);
      });
    }
  }
});
