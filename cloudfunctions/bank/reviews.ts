// 评比 for staff: party members' hours this year (党员时长), the month's redemptions (月兑换), the top
// volunteers of a quarter or year (季小评、年总评) and savings-office stars (储蓄所星级). Scoped by
// reviewScope; names shown to staff, phones masked. Every read is index-served and bounded.
import { fail, ok, type Result } from '../../src/domain/errors';
import { OFFICE_INDICATOR_LABELS, officeStars } from '../../src/domain/bank/offices';
import { partyOrder, periodRange, rankScores, scoresOf } from '../../src/domain/bank/reviews';
import { businessYear, yearRange } from '../../src/domain/bank/statement';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { maskPhone } from '../../src/domain/wish/view';
import { entriesIn, redeemedIn, volunteersOf } from '../_lib/collections/recognition';
import { settingOf } from '../_lib/collections/settings';
import { allShops } from '../_lib/collections/shops';
import { volunteersByIds } from '../_lib/collections/volunteers';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { passbookLines, projectOf } from '../_lib/passbook-lines';
import { inReview, reviewScope } from './scope';

type R<A extends 'party_hours' | 'reviews' | 'offices'> = Promise<Result<ActionOutput<'bank', A>>>;
const outOfScope = () => fail('COMMUNITY.NOT_FOUND', 'no such community in scope');

export function reviewHandlers(deps: Deps) {
  const { db, ref } = deps;
  const communityNames = async () => new Map((await ref.communities()).map((c) => [c._id, c.name]));

  return {
    party_hours: async (input: ActionInput<'bank', 'party_hours'>, ctx: HandlerContext): R<'party_hours'> => {
      const names = await communityNames();
      const scope = reviewScope(ctx, input.communityId, new Set(names.keys()));
      if (!scope) return outOfScope();
      const year = businessYear(new Date());
      const { from, to } = yearRange(year);
      const [members, entries, rules] = await Promise.all([
        volunteersOf(db, scope.communities, true),
        entriesIn(db, ['service', 'correction'], from, to),
        settingOf(db, 'reviews'),
      ]);
      const minutes = new Map<string, number>();
      for (const l of passbookLines(entries.items)) minutes.set(l.openid, (minutes.get(l.openid) ?? 0) + l.minutes);
      const rows = partyOrder(
        members.items.map((v) => ({ openid: v._id, v, minutes: minutes.get(v._id) ?? 0 })),
        rules.partyHours,
      );
      const page = rows.slice(input.page * PAGE_SIZE, (input.page + 1) * PAGE_SIZE);
      return ok({
        year,
        requiredHours: rules.partyHours,
        total: rows.length,
        below: rows.filter((r) => r.below).length,
        items: page.map((r) => ({
          name: r.v.name,
          phone: maskPhone(r.v.phone),
          communityId: r.v.communityId,
          communityName: names.get(r.v.communityId) ?? '',
          minutes: r.minutes,
          below: r.below,
        })),
        page: input.page,
        hasMore: rows.length > (input.page + 1) * PAGE_SIZE,
        partial: members.partial || entries.partial,
      });
    },

    reviews: async (input: ActionInput<'bank', 'reviews'>, ctx: HandlerContext): R<'reviews'> => {
      const names = await communityNames();
      const scope = reviewScope(ctx, input.communityId, new Set(names.keys()));
      if (!scope) return outOfScope();
      const range = periodRange(input.period, input.at);
      const head = { period: input.period, label: range.label, from: range.from.toISOString(), to: range.to.toISOString() };
      if (input.period === 'month') {
        const [redeemed, shops] = await Promise.all([redeemedIn(db, range.from, range.to), allShops(db)]);
        const mine = redeemed.items.filter((r) => inReview(scope, r.communityId));
        const people = await volunteersByIds(db, [...new Set(mine.map((r) => r.volunteer))]);
        const name = new Map(people.map((p) => [p._id, p.name]));
        const shop = new Map(shops.map((s) => [s._id, s.name]));
        return ok({
          ...head,
          redemptions: {
            items: mine.map((r) => ({
              id: r._id,
              name: name.get(r.volunteer) ?? '未登记志愿者',
              communityName: names.get(r.communityId ?? '') ?? '',
              shopName: shop.get(r.shopId) ?? '',
              what: r.what ?? '',
              points: r.points,
              redeemedAt: new Date(r.redeemedAt).toISOString(),
            })),
            count: mine.length,
            points: mine.reduce((s, r) => s + r.points, 0),
          },
          partial: redeemed.partial,
        });
      }
      const [entries, rules] = await Promise.all([
        entriesIn(db, ['service', 'bonus', 'correction'], range.from, range.to),
        settingOf(db, 'reviews'),
      ]);
      const lines = passbookLines(entries.items);
      const people = await volunteersByIds(db, [...new Set(lines.map((l) => l.openid))]);
      const person = new Map(people.map((p) => [p._id, p]));
      const scores = scoresOf(lines, (o) => person.get(o)?.communityId).filter((s) => inReview(scope, s.communityId));
      const flagAt = rules.flagPoints[input.period];
      const ranked = rankScores(scores, rules, flagAt);
      const show = (s: (typeof ranked.street)[number]) => ({
        name: person.get(s.openid)?.name ?? '未登记志愿者',
        communityName: names.get(s.communityId ?? '') ?? '',
        points: s.points,
        minutes: s.minutes,
        flagged: s.flagged,
      });
      return ok({
        ...head,
        ...(scope.street ? { street: ranked.street.map(show) } : {}),
        communities: ranked.communities.map((c) => ({
          communityId: c.communityId,
          communityName: names.get(c.communityId) ?? '',
          top: c.top.map(show),
        })),
        flagAt,
        partial: entries.partial,
      });
    },

    offices: async (input: ActionInput<'bank', 'offices'>, ctx: HandlerContext): R<'offices'> => {
      const names = await communityNames();
      const scope = reviewScope(ctx, undefined, new Set(names.keys()))!;
      const { from, to } = yearRange(input.year);
      const [volunteers, entries, redeemed, shops, rules] = await Promise.all([
        volunteersOf(db, scope.communities, false),
        entriesIn(db, ['service', 'correction'], from, to),
        redeemedIn(db, from, to),
        allShops(db),
        settingOf(db, 'offices'),
      ]);
      const home = new Map(volunteers.items.map((v) => [v._id, v.communityId]));
      const count = (list: readonly (string | undefined)[], c: string) => list.filter((x) => x === c).length;
      const lines = passbookLines(entries.items);
      const offices = [...names.entries()]
        .filter(([c]) => inReview(scope, c))
        .map(([communityId, name]) => {
          const own = lines.filter((l) => home.get(l.openid) === communityId);
          const values = {
            accounts: count([...home.values()], communityId),
            hours: Math.floor(own.reduce((s, l) => s + l.minutes, 0) / 60),
            projects: new Set(own.filter((l) => projectOf(l) && l.minutes > 0).map(projectOf)).size,
            redeemed: redeemed.items.filter((r) => r.communityId === communityId).reduce((s, r) => s + r.points, 0),
            enterprises: count(
              shops.map((s) => s.communityId),
              communityId,
            ),
          };
          const stars = officeStars(values, rules);
          return {
            communityId,
            name,
            level: stars.level,
            indicators: stars.indicators.map((i) => ({ ...i, label: OFFICE_INDICATOR_LABELS[i.key] })),
          };
        });
      return ok({ year: input.year, offices, partial: volunteers.partial || entries.partial || redeemed.partial });
    },
  };
}
