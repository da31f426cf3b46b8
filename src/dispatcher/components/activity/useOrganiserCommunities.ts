// The communities an organiser may publish in: a team leader's team serves (`teamId`), or the
// dispatcher's own (every community for a street dispatcher). Names from the place list.
import { useCallback, useMemo } from 'react';
import { useKeptCommunities } from '@/hooks/useKeptCommunities';
import { usePlaces } from '@/hooks/useHotline';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';

export interface CommunityOption {
  communityId: string;
  name: string;
}

export function useOrganiserCommunities(teamId: string | undefined): { communities: CommunityOption[]; ready: boolean } {
  const kept = useKeptCommunities();
  const places = usePlaces();
  const loadTeams = useCallback(() => call('volunteer', { action: 'teams' as const, page: 0 }), []);
  const { state: teams } = useRemote(teamId ? loadTeams : undefined);
  return useMemo(() => {
    if (!teamId) return { communities: kept.communities.map((c) => ({ communityId: c.communityId, name: c.name })), ready: kept.ready };
    if (!places || teams.status === 'loading' || teams.status === 'idle') return { communities: [], ready: false };
    const served = teams.status === 'ready' ? teams.data.items.find((t) => t.teamId === teamId)?.communities : undefined;
    const all = places.communities.map((c) => ({ communityId: c.communityId, name: c.name }));
    return { communities: served ? all.filter((c) => served.includes(c.communityId)) : all, ready: true };
  }, [teamId, kept, places, teams]);
}
