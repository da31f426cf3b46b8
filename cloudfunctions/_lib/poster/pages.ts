// What each stairwell's poster shows, from the cached reference data (buildings, communities, streets).
import type { Building, ReferenceData } from '../reference';
import type { PosterInput } from './types';

/** The poster of one stairwell; the hotline is the community's, else the street's. */
export async function pageOf(ref: ReferenceData, b: Building): Promise<PosterInput> {
  const community = await ref.community(b.communityId);
  const hotline = community?.hotline ?? (await ref.streets()).find((s) => s.hotline)?.hotline ?? '';
  return { communityName: community?.name ?? b.communityName, estateName: b.estateName, buildingName: b.name, scene: b._id, hotline };
}
