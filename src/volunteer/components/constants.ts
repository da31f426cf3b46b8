// Choices the volunteer pages offer that are not (yet) served by a function.
import { CATEGORIES, SERVICE_MENU, type Specialty } from '@/domain/menu';

/**
 * Communities a volunteer may register in.
 * TODO: an admin-maintained list (communities collection, through a function) replaces this;
 * these are the two demo communities of scripts/demo-data.ts.
 */
export const COMMUNITIES: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'c-jinding', name: '金鼎社区' },
  { id: 'c-qingyun', name: '青云社区' },
];

export function communityName(id: string): string {
  return COMMUNITIES.find((c) => c.id === id)?.name ?? id;
}

/** Quick picks for the service time, in minutes (any 5–480 may be typed: MAX_CREDITED_MINUTES). */
export const MINUTE_CHOICES = [30, 45, 60, 90, 120] as const;

/**
 * A volunteer's skill in the words of the service menu (家电维修, 健康检查、陪同就医…), not a team's
 * brand name (乐修匠): the categories that specialty serves. 「其他」 reads as 综合服务.
 */
export function skillLabel(s: Specialty): string {
  const served = CATEGORIES.filter((c) => c !== 'other' && SERVICE_MENU[c].specialty === s).map((c) => SERVICE_MENU[c].label);
  return served.length ? served.join('、') : '综合服务';
}

export const skillsText = (skills: readonly Specialty[]) => skills.map(skillLabel).join('、');
