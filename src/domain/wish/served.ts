// 我的: how one wish ended for a volunteer who served it — waiting for the rating, minutes waiting for
// the leader, paid, or sent back (重办) with the resident's reason — and the points it paid them.
import { awardEntryId } from '../bank/ledger';
import { countedMinutes } from './service';
import type { Wish } from './wish';

export type ServedOutcome = 'waiting' | 'to_confirm' | 'paid' | 'sent_back';

export interface Served {
  outcome: ServedOutcome;
  stars?: number;
  reason?: string;
  minutes: number;
  /** The journal entry whose points are this volunteer's for it (credit, or the centre's award). */
  entryId?: string;
}

export function servedOutcome(wish: Wish, me: string): Served {
  if (wish.claimant === me && wish.completion) {
    if (wish.completion.toConfirm) return { outcome: 'to_confirm', minutes: countedMinutes(wish.completion) };
    const stars = wish.rating?.stars;
    const base = { minutes: wish.completion.minutes, ...(stars ? { stars } : {}) };
    return wish.creditEntryId ? { outcome: 'paid', ...base, entryId: wish.creditEntryId } : { outcome: 'waiting', ...base };
  }
  const attempts = wish.attempts ?? [];
  for (let n = attempts.length - 1; n >= 0; n--) {
    const a = attempts[n]!;
    if (a.claimant !== me) continue;
    return {
      outcome: 'sent_back',
      stars: a.stars,
      ...(a.reason ? { reason: a.reason } : {}),
      minutes: countedMinutes(a.completion),
      entryId: awardEntryId(wish._id, n),
    };
  }
  return { outcome: 'waiting', minutes: 0 };
}
