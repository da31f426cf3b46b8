// Badges (荣誉徽章) as data: each badge is a measure and a target. The facts come from the journal
// (services of the passbook: wishes paid, activities attended), the volunteer's wishes (residents' 5★ ratings) and team
// memberships; a badge is earned when its measure reaches the target, on the date the target was met.
import { businessMonth } from './statement';

export interface BadgeFacts {
  /** When the volunteer first became an active member of a team (入队); undefined if never. */
  joinedAt?: Date;
  /** Services of the passbook (wish and activity credits, not reversed), any order. */
  services: readonly Date[];
  /** Residents' 5★ ratings of the volunteer's services, any order. */
  fiveStars: readonly Date[];
}

export const BADGE_MEASURES = ['joined', 'services', 'fiveStars', 'monthStreak'] as const;
export type BadgeMeasure = (typeof BADGE_MEASURES)[number];

export interface BadgeRule {
  id: string;
  label: string;
  description: string;
  measure: BadgeMeasure;
  target: number;
}

export const BADGES: readonly BadgeRule[] = [
  { id: 'joined', label: '入队', description: '加入一支志愿服务队', measure: 'joined', target: 1 },
  { id: 'first_service', label: '初次服务', description: '完成第一次服务', measure: 'services', target: 1 },
  { id: 'services_10', label: '服务十次', description: '累计完成 10 次服务', measure: 'services', target: 10 },
  { id: 'services_50', label: '服务五十次', description: '累计完成 50 次服务', measure: 'services', target: 50 },
  { id: 'services_100', label: '服务百次', description: '累计完成 100 次服务', measure: 'services', target: 100 },
  { id: 'five_star_10', label: '十次五星', description: '获得居民 10 次五星评价', measure: 'fiveStars', target: 10 },
  { id: 'streak_3', label: '月月有服务', description: '连续三个月每月都有服务', measure: 'monthStreak', target: 3 },
];

const sorted = (dates: readonly Date[]) => [...dates].sort((a, b) => a.getTime() - b.getTime());

/** `YYYY-MM` → months since year 0, so consecutive months differ by one. */
const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** The longest run of consecutive business months with a service, and the date each run length was first reached. */
export function monthStreak(services: readonly Date[]): { longest: number; reached: Date[] } {
  const reached: Date[] = [];
  let run = 0;
  let last: number | undefined;
  for (const at of sorted(services)) {
    const m = monthIndex(businessMonth(at));
    if (m === last) continue;
    run = last !== undefined && m === last + 1 ? run + 1 : 1;
    last = m;
    if (reached.length < run) reached.push(at);
  }
  return { longest: reached.length, reached };
}

/** A measure's value and, for each count n, when it was first reached (reached[n-1]). */
function measured(measure: BadgeMeasure, facts: BadgeFacts): { value: number; reached: Date[] } {
  switch (measure) {
    case 'joined':
      return facts.joinedAt ? { value: 1, reached: [facts.joinedAt] } : { value: 0, reached: [] };
    case 'services':
      return { value: facts.services.length, reached: sorted(facts.services) };
    case 'fiveStars':
      return { value: facts.fiveStars.length, reached: sorted(facts.fiveStars) };
    case 'monthStreak': {
      const s = monthStreak(facts.services);
      return { value: s.longest, reached: s.reached };
    }
  }
}

export interface EarnedBadge {
  id: string;
  label: string;
  description: string;
  earnedAt?: Date;
}
export interface NextBadge {
  id: string;
  label: string;
  description: string;
  value: number;
  target: number;
}

/** Badges earned (in rule order), and for each measure the next badge not yet earned with the progress toward it. */
export function evaluateBadges(facts: BadgeFacts, rules: readonly BadgeRule[] = BADGES): { earned: EarnedBadge[]; next: NextBadge[] } {
  const earned: EarnedBadge[] = [];
  const next: NextBadge[] = [];
  const cache = new Map<BadgeMeasure, { value: number; reached: Date[] }>();
  for (const r of rules) {
    const m = cache.get(r.measure) ?? measured(r.measure, facts);
    cache.set(r.measure, m);
    const base = { id: r.id, label: r.label, description: r.description };
    if (m.value >= r.target) earned.push({ ...base, ...(m.reached[r.target - 1] ? { earnedAt: m.reached[r.target - 1] } : {}) });
    else if (!next.some((n) => rules.find((x) => x.id === n.id)?.measure === r.measure))
      next.push({ ...base, value: m.value, target: r.target });
  }
  return { earned, next };
}
