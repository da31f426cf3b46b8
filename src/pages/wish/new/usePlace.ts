import { useEffect, useState } from 'react';
import type { ActionOutput } from '@/domain/schemas';
import { call, canFileForOthers, whoami } from '@/services';

export type PlaceState =
  | { status: 'loading' }
  | { status: 'ready'; place: ActionOutput<'wish', 'building'> }
  | { status: 'error'; code: string };

/** The building the form files for (its code is its id), to show where the volunteer will come. */
export function usePlace(buildingId: string): PlaceState {
  const [state, setState] = useState<PlaceState>({ status: 'loading' });
  useEffect(() => {
    if (!buildingId) return setState({ status: 'error', code: 'SCENE.INVALID' });
    let active = true;
    void call('wish', { action: 'building', scene: buildingId }).then((r) => {
      if (active) setState(r.ok ? { status: 'ready', place: r.data } : { status: 'error', code: r.error.code });
    });
    return () => {
      active = false;
    };
  }, [buildingId]);
  return state;
}

/** Whether this person may file for someone else (roles helper or dispatcher). */
export function useMayProxy(): boolean {
  const [may, setMay] = useState(false);
  useEffect(() => {
    let active = true;
    void whoami().then((r) => active && setMay(r.ok && canFileForOthers(r.data.roles)));
    return () => {
      active = false;
    };
  }, []);
  return may;
}
