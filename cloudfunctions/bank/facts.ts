// From stored documents to the facts the pure rules read: a volunteer's ratings (their own rated
// services and sent-back attempts they served) and the badge facts (services — wishes paid and activities
// attended — not reversed,
// 5★ ratings, the first active membership).
import type { BadgeFacts } from '../../src/domain/bank/badges';
import { SERVICE_KINDS, type JournalEntry } from '../../src/domain/bank/ledger';
import type { ServedWish } from '../_lib/collections/recognition';

export interface Rating {
  stars: number;
  at: Date;
}

/** Residents' ratings of services `openid` gave: the wish's rating when they are its claimant, and each attempt they served. */
export function ratingsOf(wishes: readonly ServedWish[], openid: string): Rating[] {
  const out: Rating[] = [];
  for (const w of wishes) {
    if (w.claimant === openid && w.rating) out.push({ stars: w.rating.stars, at: new Date(w.rating.at) });
    for (const a of w.attempts ?? []) if (a.claimant === openid) out.push({ stars: a.stars, at: new Date(a.at) });
  }
  return out;
}

/** Services (a wish's credit, an activity's) count unless a reversal undid them. */
export function factsOf(
  entries: readonly Pick<JournalEntry, '_id' | 'kind' | 'at' | 'reverses'>[],
  ratings: readonly Rating[],
  memberships: readonly { createdAt: Date; approvedAt?: Date }[],
): BadgeFacts {
  const reversed = new Set(entries.filter((e) => e.kind === 'reversal' && e.reverses).map((e) => e.reverses!));
  const joined = memberships.map((m) => new Date(m.approvedAt ?? m.createdAt).getTime()).sort((a, b) => a - b)[0];
  return {
    ...(joined !== undefined ? { joinedAt: new Date(joined) } : {}),
    services: entries.filter((e) => SERVICE_KINDS.has(e.kind) && !reversed.has(e._id)).map((e) => new Date(e.at)),
    fiveStars: ratings.filter((r) => r.stars === 5).map((r) => r.at),
  };
}
