// Bench: taking a filer's daily quota counters (one `$inc` of two counters in the day's document, as
// `takeQuota` asks) in the local cloud's store as the day fills up, with the product's layout (each
// map nested by the hash's first two hex digits, src/domain/wish/guards.ts) against one flat map per
// kind, the layout before it. An update copies every object on its path (localcloud/store/updates.ts):
// the flat map is copied whole.
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { applyUpdate } from '../localcloud/store/updates';
import type { Doc } from '../localcloud/store/ejson';
import { quotaKeys } from '../src/domain/wish/guards';
import { ratio } from './stats';

export const FILERS = [1_000, 5_000, 20_000];
const WARM = 20;
const TIMED = 100;

type Layout = (openidHash: string, phoneHash: string) => { openid: string; phone: string };
const LAYOUTS: Record<'nested' | 'flat', Layout> = {
  nested: (o, p) => {
    const k = quotaKeys('20261202', o, p);
    return { openid: k.openidField, phone: k.phoneField };
  },
  flat: (o, p) => ({ openid: `o.${o}`, phone: `p.${p}` }),
};

const hash = (s: string) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 24);

/** Microseconds per update once `filers` people have filed today (the day's document built directly). */
function microsPerUpdate(layout: Layout, filers: number): number {
  const day: Record<string, unknown> = { _id: 'day:20261202', o: {}, p: {} };
  for (let i = 0; i < filers; i++) {
    const k = layout(hash(`o${i}`), hash(`p${i}`));
    for (const field of [k.openid, k.phone]) setAt(day, field.split('.'), 1);
  }
  let doc = day as Doc;
  const take = (i: number) => {
    const k = layout(hash(`timed-o${i}`), hash(`timed-p${i}`));
    doc = applyUpdate(doc, { $inc: { [k.openid]: 1, [k.phone]: 1 } }, false).doc;
  };
  for (let i = 0; i < WARM; i++) take(-1 - i);
  const t0 = performance.now();
  for (let i = 0; i < TIMED; i++) take(i);
  return ((performance.now() - t0) / TIMED) * 1000;
}

function setAt(at: Record<string, unknown>, path: string[], value: unknown): void {
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[path[path.length - 1]] = value;
}

export function measureQuota(): Record<string, unknown>[] {
  return FILERS.map((filers) => {
    const nested = microsPerUpdate(LAYOUTS.nested, filers);
    const flat = microsPerUpdate(LAYOUTS.flat, filers);
    return {
      'filers today': filers,
      'nested µs/update': Math.round(nested),
      'flat µs/update': Math.round(flat),
      ratio: ratio(nested, flat),
    };
  });
}
