// The place a report is about, in words for its title: the street (an admin's whole scope), or the
// street and the communities read. A community's `street` holds the street's id or, in older data, its name.
import type { Community, Street } from '../org/places';

export function placeName(scope: 'all' | readonly string[], communities: readonly Community[], streets: readonly Street[]): string {
  const inScope = scope === 'all' ? communities : communities.filter((c) => scope.includes(c._id));
  const streetOf = (c: Community) => (c.street ? (streets.find((s) => s._id === c.street || s.name === c.street)?.name ?? c.street) : '');
  const street = [...new Set(inScope.map(streetOf).filter(Boolean))].join('、');
  if (scope === 'all') return street || '全街道';
  return `${street}${inScope.map((c) => c.name).join('、')}`;
}
