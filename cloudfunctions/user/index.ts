// The `user` function: who the caller is and what they may do.
import { ok } from '../../src/domain/errors';
import { rolesOf } from '../_lib/collections/users';
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';

const deps = setup();

export const main = respond(
  'user',
  route('user', { whoami: async (_input, { openid }) => ok({ openid, roles: await rolesOf(deps.db, openid) }) }, deps),
);
