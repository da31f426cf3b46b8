import * as cloud from 'wx-server-sdk';
import { ok } from '../../src/domain/errors';
import { isRole } from '../../src/domain/roles';
import { DATABASE_OPTIONS, getDoc } from '../_lib/db';
import { openidOf } from '../_lib/identity';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';

// Once per instance. DYNAMIC_CURRENT_ENV is a Symbol the SDK resolves to the calling env.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const db = cloud.database(DATABASE_OPTIONS);

/** `users/{openid}`: roles are data, granted by an admin. */
interface UserDoc {
  _id: string;
  roles?: unknown;
}

/** The `user` function: who the caller is and what they may do. */
export const main = respond(
  'user',
  route(
    'user',
    {
      whoami: async (_input, { openid }) => {
        const doc = await getDoc<UserDoc>(db, 'users', openid);
        const roles = Array.isArray(doc?.roles) ? doc.roles.filter(isRole) : [];
        return ok({ openid, roles });
      },
    },
    { identity: () => openidOf(cloud.getWXContext()) },
  ),
);
