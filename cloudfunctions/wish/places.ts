// The place list for a resident who opened the mini-program without scanning a code: communities →
// estates → stairwells, from the cached reference data, with public fields only (names, hotlines).
import type { ActionOutput } from '../../src/domain/schemas';
import type { Building, Community, Street } from '../_lib/reference';

type Places = ActionOutput<'wish', 'places'>;

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true });

export function placesOf(streets: readonly Street[], communities: readonly Community[], buildings: readonly Building[]): Places {
  const streetHotline = streets.find((s) => s.hotline)?.hotline;
  return {
    ...(streetHotline ? { streetHotline } : {}),
    communities: [...communities].sort(byName).map((c) => {
      const estates = new Map<string, Places['communities'][number]['estates'][number]['buildings']>();
      // A retired code is not offered: nothing can be filed there any more.
      for (const b of buildings.filter((b) => b.communityId === c._id && !b.retired)) {
        const list = estates.get(b.estateName) ?? [];
        list.push({ buildingId: b._id, name: b.name, ...(b.fixes ? { fixes: b.fixes } : {}) });
        estates.set(b.estateName, list);
      }
      return {
        communityId: c._id,
        name: c.name,
        ...(c.hotline ? { hotline: c.hotline } : {}),
        estates: [...estates].map(([name, list]) => ({ name, buildings: list.sort(byName) })).sort(byName),
      };
    }),
  };
}
