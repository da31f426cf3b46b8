// Reviews (评比): the seed's 月兑换 (the month's redemptions), 季小评 and 年总评 (top volunteers per
// community and for the street by points earned and hours served in the period, high scorers flagged
// for the head office's collective redemption), and party members' hours against their requirement.
import * as z from 'zod';
import { monthStart } from './statement';

export const REVIEW_PERIODS = ['month', 'quarter', 'year'] as const;
export type ReviewPeriod = (typeof REVIEW_PERIODS)[number];

export const ReviewsSettings = z.strictObject({
  /** How many volunteers each community's list and the street's list show. */
  topPerCommunity: z.number().int().min(1).max(50),
  topStreet: z.number().int().min(1).max(100),
  /** Points earned in the period from which a volunteer is flagged for the collective redemption (集中兑换). */
  flagPoints: z.strictObject({ quarter: z.number().int().min(1), year: z.number().int().min(1) }),
  /** Party members' yearly service hours (党员服务时长要求). */
  partyHours: z.number().int().min(1).max(1000),
});
export type ReviewsRules = z.infer<typeof ReviewsSettings>;

export const REVIEWS_DEFAULTS: ReviewsRules = {
  topPerCommunity: 3,
  topStreet: 10,
  flagPoints: { quarter: 300, year: 1000 },
  partyHours: 25,
};

/** The period containing the month `at` (`YYYY-MM`): that month, its quarter or its year, as [from, to). */
export function periodRange(period: ReviewPeriod, at: string): { from: Date; to: Date; label: string } {
  const year = Number(at.slice(0, 4));
  const month = Number(at.slice(5, 7));
  if (period === 'month') return { from: monthStart(year, month), to: monthStart(year, month + 1), label: `${year}年${month}月` };
  if (period === 'quarter') {
    const q = Math.floor((month - 1) / 3);
    return { from: monthStart(year, q * 3 + 1), to: monthStart(year, q * 3 + 4), label: `${year}年第${q + 1}季度` };
  }
  return { from: monthStart(year, 1), to: monthStart(year, 13), label: `${year}年` };
}

/** One volunteer's score in a period: points earned (service, bonus and corrections of them) and minutes served. */
export interface Score {
  openid: string;
  communityId?: string;
  points: number;
  minutes: number;
}

const byScore = (a: Score, b: Score) => b.points - a.points || b.minutes - a.minutes || (a.openid < b.openid ? -1 : 1);

/** Adds up one entry per passbook line into scores by volunteer. */
export function scoresOf(
  lines: readonly { openid: string; points: number; minutes: number }[],
  communityOf: (openid: string) => string | undefined,
) {
  const out = new Map<string, Score>();
  for (const l of lines) {
    const s = out.get(l.openid) ?? {
      openid: l.openid,
      points: 0,
      minutes: 0,
      ...(communityOf(l.openid) ? { communityId: communityOf(l.openid) } : {}),
    };
    s.points += l.points;
    s.minutes += l.minutes;
    out.set(l.openid, s);
  }
  return [...out.values()];
}

/** The top volunteers of each community and of the street; a volunteer with at least `flagAt` points is flagged. */
export function rankScores(
  scores: readonly Score[],
  rules: Pick<ReviewsRules, 'topPerCommunity' | 'topStreet'>,
  flagAt: number | undefined,
) {
  const ranked = scores.filter((s) => s.points > 0 || s.minutes > 0).sort(byScore);
  const flag = (s: Score) => ({ ...s, flagged: flagAt !== undefined && s.points >= flagAt });
  const communities = new Map<string, Score[]>();
  for (const s of ranked) {
    const key = s.communityId ?? '';
    communities.set(key, [...(communities.get(key) ?? []), s]);
  }
  return {
    street: ranked.slice(0, rules.topStreet).map(flag),
    communities: [...communities.entries()]
      .filter(([c]) => c !== '')
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([communityId, list]) => ({ communityId, top: list.slice(0, rules.topPerCommunity).map(flag) })),
    flagged: ranked.filter((s) => flagAt !== undefined && s.points >= flagAt).map((s) => s.openid),
  };
}

/** Party members with their hours this year, those below the requirement first (fewest hours first). */
export function partyOrder<T extends { openid: string; minutes: number }>(rows: readonly T[], requiredHours: number) {
  return [...rows]
    .sort((a, b) => a.minutes - b.minutes || (a.openid < b.openid ? -1 : 1))
    .map((r) => ({ ...r, below: r.minutes < requiredHours * 60 }));
}
