import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from '@jest/globals';
import { DUPLICATE_WINDOW_MS, findDuplicate, firstQuotaCounters, quotaKeys, type RecentWish } from '../../src/domain/wish/guards';
import type { Status } from '../../src/domain/wish/states';

const NOW = new Date('2024-05-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const HOUR = 3_600_000;
const recent = (over: Partial<RecentWish>): RecentWish => ({
  _id: 'w_old',
  buildingId: 'B-0012',
  category: 'repairs',
  status: 'submitted',
  createdAt: ago(HOUR),
  filedBy: 'o_me',
  ...over,
});
const NEW = { buildingId: 'B-0012', category: 'repairs' };

describe('findDuplicate', () => {
  const cases: Array<{ name: string; recent: RecentWish[]; found?: string }> = [
    { name: 'nothing recent', recent: [] },
    { name: 'same building and category an hour ago', recent: [recent({})], found: 'w_old' },
    { name: 'just inside 24 h', recent: [recent({ createdAt: ago(DUPLICATE_WINDOW_MS - 1) })], found: 'w_old' },
    { name: 'exactly 24 h ago', recent: [recent({ createdAt: ago(DUPLICATE_WINDOW_MS) })] },
    { name: 'two days ago', recent: [recent({ createdAt: ago(48 * HOUR) })] },
    { name: 'other building', recent: [recent({ buildingId: 'B-0013' })] },
    { name: 'other category', recent: [recent({ category: 'haircut' })] },
    {
      name: 'the first match wins',
      recent: [recent({ _id: 'w_a', category: 'haircut' }), recent({ _id: 'w_b' }), recent({ _id: 'w_c' })],
      found: 'w_b',
    },
  ];
  const open: Status[] = ['submitted', 'dispatched', 'claimed', 'in_service', 'returned', 'reopened'];
  for (const status of open) cases.push({ name: `still ${status}`, recent: [recent({ status })], found: 'w_old' });
  const closed: Status[] = ['closed', 'rejected', 'cancelled'];
  for (const status of closed) cases.push({ name: `${status} is ignored`, recent: [recent({ status })] });

  for (const c of cases) {
    it(`${c.name} → ${c.found ?? 'none'}`, () => {
      assert.equal(findDuplicate(c.recent, NEW, 'o_me', NOW).own?._id, c.found);
    });
  }
});

describe("findDuplicate: only the filer's own wish is ever named", () => {
  const cases: Array<{ name: string; recent: RecentWish[]; own?: string; flagFor?: string }> = [
    {
      name: "someone else's open wish with my phone: flagged for the centre, not named",
      recent: [recent({ _id: 'w_other', filedBy: 'o_other' })],
      flagFor: 'w_other',
    },
    {
      name: "mine and someone else's: mine is named",
      recent: [recent({ _id: 'w_other', filedBy: 'o_other' }), recent({ _id: 'w_mine' })],
      own: 'w_mine',
    },
    { name: "someone else's closed wish: nothing", recent: [recent({ _id: 'w_other', filedBy: 'o_other', status: 'closed' })] },
    { name: "someone else's, other category: nothing", recent: [recent({ _id: 'w_other', filedBy: 'o_other', category: 'haircut' })] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = findDuplicate(c.recent, NEW, 'o_me', NOW);
      assert.deepEqual({ own: found.own?._id, flagFor: found.flagFor?._id }, { own: c.own, flagFor: c.flagFor });
    });
  }
});

describe('quotaKeys', () => {
  const phone = '13812345678';
  const hash = createHash('sha256').update(phone).digest('hex');
  const keys = quotaKeys('20240501', 'ohash', hash);

  it('one document per business day; one counter per OPENID hash and per phone hash in it, nested by the first two hex digits', () => {
    assert.deepEqual(keys, {
      docId: 'day:20240501',
      openidHash: 'ohash',
      phoneHash: hash,
      openidField: 'o.o.h.ash',
      phoneField: `p.${hash[0]}.${hash[1]}.${hash.slice(2)}`,
    });
  });

  it("the first submission's document holds 1 at both counters' paths, and nothing else", () => {
    const doc = firstQuotaCounters(keys);
    const at = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc);
    assert.equal(at(keys.openidField), 1);
    assert.equal(at(keys.phoneField), 1);
    assert.deepEqual(Object.keys(doc), ['o', 'p']);
    assert.equal(JSON.stringify(doc).match(/:1/g)?.length, 2);
  });

  it("a day of 10,000 filers: no object on a counter's path has more than 16 keys but its group (about 40)", () => {
    const day: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) {
      const field = quotaKeys('20240501', createHash('sha256').update(`o${i}`).digest('hex'), hash).openidField;
      const parts = field.split('.');
      let at = day;
      for (const key of parts.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
      at[parts[parts.length - 1]] = 1;
    }
    const widths = (o: Record<string, unknown>, depth: number): number[] =>
      depth === 0 ? [Object.keys(o).length] : Object.values(o).flatMap((v) => widths(v as Record<string, unknown>, depth - 1));
    assert.deepEqual([widths(day, 0), widths(day, 1)], [[1], [16]]);
    assert.deepEqual(new Set(widths(day, 2)), new Set([16]));
    const groups = widths(day, 3);
    assert.equal(groups.length, 256);
    assert.ok(Math.max(...groups) < 80, `largest group ${Math.max(...groups)}`);
  });

  it('contains no phone number', () => {
    for (const id of Object.values(keys)) {
      assert.ok(!id.includes(phone));
      assert.doesNotMatch(id, /1[3-9]\d{9}(?!\d)/);
    }
  });

  it('differs by day', () => {
    assert.notEqual(quotaKeys('20240502', 'ohash', hash).docId, keys.docId);
  });
});
