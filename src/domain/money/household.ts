// Household tiers (困难户登记): recorded by community staff, never claimed by the resident. A household
// is a room behind a stairwell code; rooms are normalised so 「0502」, 「502 」 and 「2-0502」 match.
import type { Grant } from '../org/grants';
import { dispatchesIn } from '../org/grants';
import type { Role } from '../roles';

/** ordinary: 普通户 (no record means ordinary); dibao: 低保户; tekun: 特困户. */
export const HOUSEHOLD_TIERS = ['ordinary', 'dibao', 'tekun'] as const;
export type HouseholdTier = (typeof HOUSEHOLD_TIERS)[number];
export const TIER_LABELS: Readonly<Record<HouseholdTier, string>> = { ordinary: '普通户', dibao: '低保户', tekun: '特困户' };

/** Trimmed, upper case, no spaces, leading zeros dropped in each part: ' 2-0502 ' → '2-502', 'a01' → 'A01'. */
export function normaliseRoom(room: string): string {
  return room
    .replace(/\s+/g, '')
    .toUpperCase()
    .split('-')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
    .join('-');
}

/** The household's document id: `<buildingId>:<normalised room>`. */
export const householdId = (buildingId: string, room: string) => `${buildingId}:${normaliseRoom(room)}`;

/** `households/{buildingId:room}`. */
export interface Household {
  _id: string;
  buildingId: string;
  communityId: string;
  room: string;
  tier: HouseholdTier;
  note: string;
  /** Who recorded the tier last (OPENID) and when; every change is also in `householdsLog`. */
  by: string;
  at: Date;
  version: number;
}

/** One change of a household's tier, kept (`householdsLog/{householdId}:{version}`). */
export interface HouseholdChange {
  _id: string;
  householdId: string;
  communityId: string;
  from: HouseholdTier;
  to: HouseholdTier;
  note: string;
  by: string;
  at: Date;
}

/** Who keeps a community's households: its helpers (帮办员), its dispatchers (or the street's), the street's admins. */
export function keepsHouseholdsOf(roles: readonly Role[], grants: readonly Grant[], communityId: string): boolean {
  if (roles.includes('admin') && grants.some((g) => g.role === 'admin')) return true;
  if (roles.includes('helper') && grants.some((g) => g.role === 'helper' && g.scope.kind === 'community' && g.scope.id === communityId))
    return true;
  return roles.includes('dispatcher') && dispatchesIn(grants, communityId);
}

/** The tier in force: the record's, else ordinary. */
export const tierOf = (household: Pick<Household, 'tier'> | null | undefined): HouseholdTier => household?.tier ?? 'ordinary';
