import { useCallback } from 'react';
import type { Result } from '@/domain/errors';
import type { ActionOutput } from '@/domain/schemas';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';

export type Building = ActionOutput<'wish', 'building'>;

export type BuildingState =
  | { status: 'none' }
  | { status: 'loading'; scene: string }
  | { status: 'ready'; scene: string; building: Building }
  | { status: 'error'; scene?: string; code: string };

/** The building of a decoded stairwell scene: none without a scene, an error code for a bad one. */
export function useBuilding(scene: Result<string | null>): { state: BuildingState; reload: () => Promise<void> } {
  const code = scene.ok ? scene.data : undefined;
  const load = useCallback(() => call('wish', { action: 'building', scene: code ?? '' }), [code]);
  const { state, reload } = useRemote(code ? load : undefined);
  if (!scene.ok) return { state: { status: 'error', code: scene.error.code }, reload };
  if (!code || state.status === 'idle') return { state: { status: 'none' }, reload };
  if (state.status === 'loading') return { state: { status: 'loading', scene: code }, reload };
  if (state.status === 'error') return { state: { status: 'error', scene: code, code: state.code }, reload };
  return { state: { status: 'ready', scene: code, building: state.data }, reload };
}
