// Bench: the store's per-request mingo work (localcloud/store/matcher.ts) against mingo's entry point
// (`Query` and `update` from 'mingo', which copy its whole operator table per call, as the store did
// before): a submit's duplicate-check filter compiled and tested on the few documents an index leaves,
// and its quota update. Rounds alternate between the two, and the medians are compared.
import { Query, update } from 'mingo';
import { performance } from 'node:perf_hooks';
import { applyOperators, matcher } from '../localcloud/store/matcher';
import { median, ratio } from './stats';

const ROUNDS = 7;
const CALLS = 3_000;

const since = new Date('2026-12-02T00:00:00Z');
const filter = { phone: '13800000000', createdAt: { $gte: since }, status: { $nin: ['closed', 'withdrawn'] } };
const candidates = Array.from({ length: 4 }, (_, i) => ({
  _id: `w${i}`,
  phone: '13800000000',
  createdAt: new Date(since.getTime() + i * 60_000),
  status: i === 3 ? 'closed' : 'pending',
}));
const quota = () => ({ _id: 'day:20261202', o: { a: { b: { k1: 1 } } }, p: { c: { d: { k2: 1 } } } });
const inc = { $inc: { 'o.a.b.k1': 1, 'p.c.d.k2': 1 } };

type Way = { query: () => number; update: () => void };
const WAYS: Record<'store' | 'entry', Way> = {
  store: {
    query: () => matcher(filter).find(candidates).all().length,
    update: () => void applyOperators(quota(), inc),
  },
  entry: {
    query: () => new Query(filter, {}).find(candidates).all().length,
    update: () => void update(quota(), inc, undefined, undefined, { cloneMode: 'deep' }),
  },
};

const microsPerCall = (fn: () => unknown): number => {
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) fn();
  return ((performance.now() - t0) / CALLS) * 1000;
};

export function measureMatcher(): Record<string, unknown>[] {
  const rounds = { store: { query: [] as number[], update: [] as number[] }, entry: { query: [] as number[], update: [] as number[] } };
  for (let r = 0; r <= ROUNDS; r++) {
    for (const way of ['store', 'entry'] as const) {
      const q = microsPerCall(WAYS[way].query);
      const u = microsPerCall(WAYS[way].update);
      if (r === 0) continue; // the first round warms the JIT
      rounds[way].query.push(q);
      rounds[way].update.push(u);
    }
  }
  return (['query', 'update'] as const).map((kind) => {
    const store = median(rounds.store[kind]);
    const entry = median(rounds.entry[kind]);
    return {
      work: kind === 'query' ? 'duplicate-check filter on 4 documents' : 'quota $inc of two nested counters',
      'store µs': +store.toFixed(1),
      'mingo entry µs': +entry.toFixed(1),
      ratio: ratio(store, entry),
    };
  });
}
