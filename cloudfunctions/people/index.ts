// `people`: roles with a scope granted by invitation (邀请), who holds what, revoking, the audit record.
import { ok } from '../../src/domain/errors';
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { acceptHandlers } from './accept';
import { grantHandlers } from './grants';
import { invitationHandlers } from './invitations';
import { scopeLists } from './names';

const deps = setup();
const routed = route(
  'people',
  {
    ...invitationHandlers(deps),
    ...acceptHandlers(deps),
    ...grantHandlers(deps),
    scopes: async () => ok(await scopeLists(deps)),
  },
  deps,
);
export const main = respond('people', routed);
