// The places tree an admin or dispatcher reads at the desk: street (街道) → community (社区: its station,
// hotline, sponsor, service day, counts) → estate (小区, with its stairwell count). Stairwells themselves
// are paged per community (admin.stairwells), since a community may have hundreds. Pure: the function
// loads the reference data and the caller's scope.
import type { Building, Community, Street } from './places';

export interface EstateNode {
  name: string;
  stairwells: number;
}
export interface CommunityNode {
  communityId: string;
  name: string;
  hotline?: string;
  station?: string;
  sponsorId: string;
  sponsorName?: string;
  serviceDay?: number;
  /** Stairwells in use, and retired ones (their codes stay taken). */
  stairwells: number;
  retired: number;
  estates: EstateNode[];
}
export interface StreetNode {
  /** Empty when the communities name a street that has no document. */
  streetId: string;
  name: string;
  hotline?: string;
  communities: CommunityNode[];
}

/** 'all' (a street admin or dispatcher) or the communities the caller acts for. */
export type PlaceScope = 'all' | readonly string[];

export const inScope = (scope: PlaceScope, communityId: string): boolean => scope === 'all' || scope.includes(communityId);

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN', { numeric: true });

export function placeTree(
  streets: readonly Street[],
  communities: readonly Community[],
  buildings: readonly Building[],
  scope: PlaceScope,
  sponsorNames: ReadonlyMap<string, string> = new Map(),
): StreetNode[] {
  const perCommunity = new Map<string, Building[]>();
  for (const b of buildings) perCommunity.set(b.communityId, [...(perCommunity.get(b.communityId) ?? []), b]);
  const nodes = communities
    .filter((c) => inScope(scope, c._id))
    .map((c): CommunityNode & { street?: string } => {
      const own = perCommunity.get(c._id) ?? [];
      const estates = new Map<string, number>();
      for (const b of own) if (!b.retired) estates.set(b.estateName, (estates.get(b.estateName) ?? 0) + 1);
      const sponsorName = sponsorNames.get(c.sponsorId);
      return {
        communityId: c._id,
        name: c.name,
        ...(c.street ? { street: c.street } : {}),
        ...(c.hotline ? { hotline: c.hotline } : {}),
        ...(c.station ? { station: c.station } : {}),
        sponsorId: c.sponsorId,
        ...(sponsorName ? { sponsorName } : {}),
        ...(c.serviceDay ? { serviceDay: c.serviceDay } : {}),
        stairwells: own.filter((b) => !b.retired).length,
        retired: own.filter((b) => b.retired).length,
        estates: [...estates].map(([name, stairwells]) => ({ name, stairwells })).sort((a, b) => zh(a.name, b.name)),
      };
    })
    .sort((a, b) => zh(a.name, b.name));
  const out: StreetNode[] = [];
  for (const { street, ...c } of nodes) {
    const s = streets.find((x) => x.name === street);
    let node = out.find((n) => n.name === (s?.name ?? street ?? '未填写街道'));
    if (!node) {
      node = {
        streetId: s?._id ?? '',
        name: s?.name ?? street ?? '未填写街道',
        ...(s?.hotline ? { hotline: s.hotline } : {}),
        communities: [],
      };
      out.push(node);
    }
    node.communities.push(c);
  }
  return out.sort((a, b) => zh(a.name, b.name));
}

/**
 * How the stairwell search box is read: letters, digits and 「-」 are the start of a code (b-00 finds
 * B-0012, B-0013); anything else is the start of a stairwell's or an estate's name (3栋, 翠湖).
 */
export function stairwellSearch(q: string): { kind: 'code' | 'name'; prefix: string } {
  const t = q.trim();
  return /^[0-9A-Za-z-]+$/.test(t) ? { kind: 'code', prefix: t.toUpperCase() } : { kind: 'name', prefix: t };
}

/** Retiring a stairwell (the code is never reused): already retired changes nothing. */
export function decideRetire(b: Pick<Building, 'retired'>): 'retire' | 'unchanged' {
  return b.retired ? 'unchanged' : 'retire';
}
