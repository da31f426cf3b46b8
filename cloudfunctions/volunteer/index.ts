// `volunteer`: registration and teams, the order hall, service (claim → check in → complete), passbook.
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { hallHandler } from './hall';
import { historyHandler } from './history';
import { leaderHandler } from './leader';
import { passbookHandler } from './passbook';
import { serviceHandlers } from './service';
import { teamHandlers } from './team';
import { wallHandler } from './wall';

const deps = setup();
const routed = route(
  'volunteer',
  {
    ...teamHandlers(deps),
    hall: hallHandler(deps),
    ...serviceHandlers(deps),
    passbook: passbookHandler(deps),
    history: historyHandler(deps),
    team_orders: leaderHandler(deps),
    wall: wallHandler(deps),
  },
  deps,
);
export const main = respond('volunteer', routed);
