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

  it('one document per business day; one counter per OPENID hash and per phone hash in it, grouped by the first two hex digits', () => {
    assert.deepEqual(keys, {
      docId: 'day:20240501',
      openidHash: 'ohash',
      phoneHash: hash,
      openidField: 'o.oh.ash',
      phoneField: `p.${hash.slice(0, 2)}.${hash.slice(2)}`,
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

  it('a day of 10,000 filers spreads over 256 groups: an update rewrites a group, not the whole map', () => {
    const groups = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const field = quotaKeys('20240501', createHash('sha256').update(`o${i}`).digest('hex'), hash).openidField;
      const group = field.split('.')[1];
      groups.set(group, (groups.get(group) ?? 0) + 1);
    }
    assert.equal(groups.size, 256);
    assert.ok(Math.max(...groups.values()) < 80, `largest group ${Math.max(...groups.values())}`);
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
