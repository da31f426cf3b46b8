import { useCallback } from 'react';
import { fail } from '@/domain/errors';
import { useRemote } from '@/hooks/useRemote';
import { useWhoami } from '@/hooks/useWhoami';
import { call, canFileForOthers } from '@/services';

/** The building the form files for (its code is its id), to show where the volunteer will come. */
export function usePlace(buildingId: string) {
  const load = useCallback(
    () =>
      buildingId
        ? call('wish', { action: 'building', scene: buildingId })
        : Promise.resolve(fail('SCENE.INVALID', 'no building in the page url')),
    [buildingId],
  );
  return useRemote(load).state;
}

export type PlaceState = ReturnType<typeof usePlace>;

/** A helper's name from their volunteer profile (only asked when they may file for others), to prefill 帮办人. */
export function useProfileName(mayProxy: boolean): string | undefined {
  const load = useCallback(() => call('volunteer', { action: 'profile' }), []);
  const { state } = useRemote(mayProxy ? load : undefined);
  return state.status === 'ready' ? state.data.name : undefined;
}

/** Whether this person may file for someone else (roles helper or dispatcher). */
export function useMayProxy(): boolean {
  const { state } = useWhoami();
  return state.status === 'ready' && canFileForOthers(state.data.roles);
}
