import { useCallback, useEffect, useState } from 'react';
import type { Result } from '@/domain/errors';
import type { ActionOutput } from '@/domain/schemas';
import { call } from '@/services';

export type Building = ActionOutput<'wish', 'building'>;

export type BuildingState =
  | { status: 'none' }
  | { status: 'loading'; scene: string }
  | { status: 'ready'; scene: string; building: Building }
  | { status: 'error'; scene?: string; code: string };

/** The building of a decoded stairwell scene: none without a scene, an error code for a bad one. */
export function useBuilding(scene: Result<string | null>): { state: BuildingState; reload: () => void } {
  const [state, setState] = useState<BuildingState>({ status: 'none' });
  const [attempt, setAttempt] = useState(0);
  const code = scene.ok ? scene.data : undefined;
  const invalid = scene.ok ? undefined : scene.error.code;

  useEffect(() => {
    if (invalid) return setState({ status: 'error', code: invalid });
    if (!code) return setState({ status: 'none' });
    let active = true;
    setState({ status: 'loading', scene: code });
    void call('wish', { action: 'building', scene: code }).then((result) => {
      if (!active) return;
      setState(result.ok ? { status: 'ready', scene: code, building: result.data } : { status: 'error', scene: code, code: result.error.code });
    });
    return () => {
      active = false;
    };
  }, [code, invalid, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
