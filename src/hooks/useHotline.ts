// The place list (communities → estates → stairwells, hotlines), asked once per launch and shared by
// every page that needs a hotline or the hand-picked place; a failure is not kept, so the next page asks again.
import { useEffect, useState } from 'react';
import type { Result } from '@/domain/errors';
import { call, hotlineOf, type Places } from '@/services';

let pending: Promise<Result<Places>> | undefined;

function places(): Promise<Result<Places>> {
  if (!pending) {
    const ask = call('wish', { action: 'places' });
    pending = ask;
    void ask.then((r) => {
      if (!r.ok && pending === ask) pending = undefined;
    });
  }
  return pending;
}

/** The place list (undefined until it arrives, or when it cannot be read). */
export function usePlaces(): Places | undefined {
  const [data, setData] = useState<Places>();
  useEffect(() => {
    let live = true;
    void places().then((r) => live && r.ok && setData(r.data));
    return () => void (live = false);
  }, []);
  return data;
}

/** The hotline for `communityId` (the street's when undefined or without one); undefined while loading. */
export function useHotline(communityId?: string): string | undefined {
  return hotlineOf(usePlaces(), communityId);
}
