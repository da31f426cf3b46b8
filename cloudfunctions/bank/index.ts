// `bank`: the public-welfare bank (公益银行) — configuration, ledger and passbooks, rewards and
// redemption at the counter, recognition and reviews. The router's gates decide who may call what;
// handlers check the scope (a merchant's own shop, a volunteer's own passbook).
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { ledgerHandlers } from './ledger';
import { officeHandlers } from './offices';
import { queueHandlers } from './queue';
import { settingHandlers } from './settings';
import { verifyHandlers } from './verify';

const deps = setup();

export const main = respond(
  'bank',
  route(
    'bank',
    {
      ...settingHandlers(deps),
      // ledger
      ...ledgerHandlers(deps),
      ...queueHandlers(deps),
      ...officeHandlers(deps),
      ...verifyHandlers(deps),
    },
    deps,
  ),
);
