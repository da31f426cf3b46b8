// Who the current user is (openid, roles), as the cloud sees them: asked once per launch and shared
// by every page (services/session); a retry asks the cloud again.
import type { WhoamiOutput } from '@/domain/schemas/user';
import { whoami } from '@/services';
import { useRemote, type Remote } from './useRemote';

export type WhoamiState = Remote<WhoamiOutput>;

const ask = (again: boolean) => whoami(again);

export function useWhoami(): { state: WhoamiState; reload: () => Promise<void> } {
  return useRemote(ask);
}
