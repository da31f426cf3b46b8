// The volunteer's own statement and honours: the month-by-month statement of a year (存折对账), and
// the star level, badges and (for party members) this year's hours against the requirement. Always
// the caller's own passbook (ctx.openid); nothing here takes another person's id.
import { ok, type Result } from '../../src/domain/errors';
import { evaluateBadges } from '../../src/domain/bank/badges';
import { passbookOf } from '../../src/domain/bank/ledger';
import { starLevel } from '../../src/domain/bank/stars';
import { businessYear, monthStatements, pointsOn, yearRange } from '../../src/domain/bank/statement';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { getAccount } from '../_lib/collections/bank';
import { membershipsOf } from '../_lib/collections/memberships';
import { passbookEntries, servedWishes } from '../_lib/collections/recognition';
import { settingOf } from '../_lib/collections/settings';
import { getVolunteer } from '../_lib/collections/volunteers';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { factsOf, ratingsOf } from './facts';

type R<A extends 'passbook_months' | 'recognition'> = Promise<Result<ActionOutput<'bank', A>>>;

export function recognitionHandlers({ db }: Deps) {
  return {
    passbook_months: async (input: ActionInput<'bank', 'passbook_months'>, { openid }: HandlerContext): R<'passbook_months'> => {
      const account = passbookOf(openid);
      const [stored, entries] = await Promise.all([getAccount(db, account), passbookEntries(db, account, yearRange(input.year).from)]);
      const balance = stored?.balance ?? 0;
      const moves = entries.items.map((e) => ({ at: new Date(e.at), points: pointsOn(e, account), minutes: e.minutes ?? 0 }));
      const { months, minutes } = monthStatements(moves, balance, input.year, new Date());
      return ok({ year: input.year, balance, minutesThisYear: minutes, months, partial: entries.partial });
    },

    recognition: async (_: ActionInput<'bank', 'recognition'>, { openid }: HandlerContext): R<'recognition'> => {
      const account = passbookOf(openid);
      const now = new Date();
      const year = businessYear(now);
      const [stored, entries, wishes, memberships, volunteer, rules, reviews] = await Promise.all([
        getAccount(db, account),
        passbookEntries(db, account),
        servedWishes(db, openid),
        membershipsOf(db, openid, ['active']),
        getVolunteer(db, openid),
        settingOf(db, 'stars'),
        settingOf(db, 'reviews'),
      ]);
      const { from, to } = yearRange(year);
      const minutesThisYear = entries.items
        .filter((e) => new Date(e.at) >= from && new Date(e.at) < to)
        .reduce((s, e) => s + (e.minutes ?? 0), 0);
      const ratings = ratingsOf(wishes.items, openid);
      const stars = starLevel(stored?.minutes ?? 0, { count: ratings.length, sum: ratings.reduce((s, r) => s + r.stars, 0) }, rules);
      const badges = evaluateBadges(factsOf(entries.items, ratings, memberships));
      return ok({
        stars: { ...stars, ratings: ratings.length, thresholds: rules.hours, ratingFloor: rules.ratingFloor },
        minutesThisYear,
        ...(volunteer?.partyMember ? { party: { requiredHours: reviews.partyHours, minutes: minutesThisYear } } : {}),
        earned: badges.earned.map((b) => ({ ...b, earnedAt: b.earnedAt ? new Date(b.earnedAt).toISOString() : undefined })),
        next: badges.next,
        partial: entries.partial || wishes.partial,
      });
    },
  };
}
