// The communities the caller keeps (households' tiers, the elders' registry): every community for an
// admin or a street dispatcher, else those of their dispatcher and helper grants. Names from `wish.places`.
import { useMemo } from 'react';
import { call } from '@/services';
import { useRemote } from './useRemote';
import { useWhoami } from './useWhoami';

const loadPlaces = () => call('wish', { action: 'places' });

export function useKeptCommunities() {
  const { state: who } = useWhoami();
  const { state: places } = useRemote(loadPlaces);
  const communities = useMemo(() => {
    if (who.status !== 'ready' || places.status !== 'ready') return [];
    const scopes = who.data.scopes ?? [];
    const all = who.data.roles.includes('admin') || scopes.some((s) => s.role === 'dispatcher' && s.kind === 'street');
    const mine = new Set(scopes.filter((s) => (s.role === 'dispatcher' || s.role === 'helper') && s.kind === 'community').map((s) => s.id));
    return places.data.communities.filter((c) => all || mine.has(c.communityId));
  }, [who, places]);
  return { communities, ready: who.status === 'ready' && places.status === 'ready' };
}
