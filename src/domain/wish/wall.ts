// 微心愿墙: a wish the resident agreed to show goes to its community's wall instead of one team; any
// registered volunteer of that community may claim it. What the wall shows, and the consent's default.
import type { Category } from '../menu';
import type { Wish } from './wish';

/**
 * Personal or health-related help: the consent to the wall is off unless the resident ticks it (a
 * neighbour should not read that someone needs a doctor, a lawyer or a counsellor).
 */
export const PERSONAL_CATEGORIES: readonly Category[] = [
  'health_check',
  'legal_advice',
  'psych_support',
  'medicine_purchase',
  'hospital_escort',
];

/** The form's default for 「同意发布到社区微心愿墙」 until the resident touches it. */
export const wallConsentDefault = (category: Category | ''): boolean => category !== '' && !PERSONAL_CATEGORIES.includes(category);

/** One card of the wall: no name, phone, stairwell or room (the description passed the content check at filing). */
export interface WallCardData {
  wishId: string;
  communityName: string;
  category: Category;
  description: string;
  createdAt: string;
  wallAt: string;
  dueAt: string;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

export function wallCard(
  wish: Pick<Wish, '_id' | 'category' | 'description' | 'createdAt' | 'dueAt' | 'wallAt'>,
  communityName: string,
): WallCardData {
  return {
    wishId: wish._id,
    communityName,
    category: wish.category,
    description: wish.description,
    createdAt: iso(wish.createdAt),
    wallAt: iso(wish.wallAt ?? wish.createdAt),
    dueAt: iso(wish.dueAt),
  };
}

/**
 * Why a caller with no relation to a wall wish may not claim it: not a registered volunteer at all, or
 * one of another community (undefined: the wish is not on the wall, the ordinary refusal stands).
 */
export function wallClaimRefusal(
  wish: Pick<Wish, 'wall' | 'communityId'>,
  volunteerCommunityId: string | undefined,
): 'VOLUNTEER.NOT_REGISTERED' | 'WALL.NOT_COMMUNITY' | undefined {
  if (!wish.wall) return undefined;
  if (volunteerCommunityId === undefined) return 'VOLUNTEER.NOT_REGISTERED';
  return volunteerCommunityId === wish.communityId ? undefined : 'WALL.NOT_COMMUNITY';
}

/** 「等了 3 天」: how long a wish has waited, in whole days (hours on its first day). */
export function waitedText(since: Date, now: Date): string {
  const hours = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 3_600_000));
  if (hours < 1) return '刚刚发布';
  if (hours < 24) return `等了 ${hours} 小时`;
  return `等了 ${Math.floor(hours / 24)} 天`;
}

/** Sign-ups that make the caller an attendee of the activity a wish is folded into (may claim it). */
export const ATTENDING: readonly string[] = ['signed_up', 'checked_in', 'checked_out'];
