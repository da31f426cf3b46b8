import { useCallback, useEffect, useState } from 'react';
import type { WishView } from '@/domain/wish/view';
import { call, messageFor } from '@/services';

export type DetailState =
  | { status: 'loading' }
  | { status: 'ready'; wish: WishView }
  | { status: 'error'; code: string; message: string };

/** One wish as its owner sees it; `reload` keeps showing the old one until the new one arrives. */
export function useWishDetail(wishId: string) {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const reload = useCallback(async () => {
    if (!wishId) return setState({ status: 'error', code: 'WISH.NOT_FOUND', message: messageFor('WISH.NOT_FOUND') });
    const r = await call('wish', { action: 'detail', wishId });
    setState(r.ok ? { status: 'ready', wish: r.data } : { status: 'error', code: r.error.code, message: messageFor(r.error) });
  }, [wishId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
