// `admin`: the admin area (管理后台) — places, teams, sponsors and budgets — and the merchant's shop.
// The router's gates let in admins (and dispatchers for reading places and teams) and merchants (shop).
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { placeHandlers } from './places';
import { shopHandlers } from './shop';
import { sponsorEditHandlers } from './sponsorEdit';
import { sponsorHandlers } from './sponsors';
import { teamHandlers } from './teams';

const deps = setup();

export const main = respond(
  'admin',
  route(
    'admin',
    { ...placeHandlers(deps), ...teamHandlers(deps), ...sponsorHandlers(deps), ...shopHandlers(deps), ...sponsorEditHandlers(deps) },
    deps,
  ),
);
