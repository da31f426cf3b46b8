// Who I am as a volunteer: registered or not, my teams and my role in each (`volunteer`/`profile`).
import { useCallback } from 'react';
import type { ActionOutput } from '@/domain/schemas';
import { call } from '@/services';
import { useRemote, type Remote } from '@/hooks/useRemote';

export type Profile = ActionOutput<'volunteer', 'profile'>;

export function useProfile(): { profile: Remote<Profile>; reloadProfile: () => Promise<void> } {
  const load = useCallback(() => call('volunteer', { action: 'profile' as const }), []);
  const { state, reload } = useRemote(load);
  return { profile: state, reloadProfile: reload };
}

/** My active role in `teamId`, if I am an active member. */
export function roleIn(profile: Remote<Profile>, teamId: string | undefined): 'member' | 'leader' | undefined {
  if (profile.status !== 'ready' || !teamId) return undefined;
  const team = profile.data.teams.find((t) => t.teamId === teamId && t.status === 'active');
  return team?.role;
}

export function teamName(profile: Remote<Profile>, teamId: string | undefined): string | undefined {
  if (profile.status !== 'ready' || !teamId) return undefined;
  return profile.data.teams.find((t) => t.teamId === teamId)?.name;
}
