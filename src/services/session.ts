// Who the current user is, asked once per launch and shared by every page that needs the roles.
import type { Result } from '../domain/errors';
import type { WhoamiOutput } from '../domain/schemas/user';
import type { Call } from './client';

type Whoami = Result<WhoamiOutput>;

/** A cache over `user`/`whoami`: failures are not cached, so the next ask retries. */
export function createSession(call: Call) {
  let pending: Promise<Whoami> | undefined;
  return {
    whoami(refresh = false): Promise<Whoami> {
      if (!pending || refresh) {
        const ask = call('user', { action: 'whoami' });
        pending = ask;
        void ask.then((r) => {
          if (!r.ok && pending === ask) pending = undefined;
        });
      }
      return pending;
    },
  };
}

/** Roles that may file a wish for someone else (帮办). */
export function canFileForOthers(roles: readonly string[]): boolean {
  return roles.includes('helper') || roles.includes('dispatcher');
}
