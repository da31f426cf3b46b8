// `bank`: the public-welfare bank (公益银行) — configuration, ledger and passbooks, rewards and
// redemption at the counter, recognition and reviews. The router's gates decide who may call what;
// handlers check the scope (a merchant's own shop, a volunteer's own passbook).
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { settingHandlers } from './settings';
import { moneyHandlers } from './money';
import { recognitionHandlers } from './recognition';
import { repairHandlers } from './repairs';
import { reviewHandlers } from './reviews';

const deps = setup();

export const main = respond(
  'bank',
  route(
    'bank',
    { ...settingHandlers(deps), ...recognitionHandlers(deps), ...reviewHandlers(deps), ...repairHandlers(deps), ...moneyHandlers(deps) },
    deps,
  ),
);
