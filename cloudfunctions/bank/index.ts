// `bank`: the public-welfare bank (公益银行) — configuration, ledger and passbooks, rewards and
// redemption at the counter, recognition and reviews. The router's gates decide who may call what;
// handlers check the scope (a merchant's own shop, a volunteer's own passbook). A timer expires
// reservations past their time.
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { isTimerInvocation } from '../_lib/timer';
import { counterHandlers } from './counter';
import { expireDue } from './expire';
import { ledgerHandlers } from './ledger';
import { moneyHandlers } from './money';
import { officeHandlers } from './offices';
import { queueHandlers } from './queue';
import { recognitionHandlers } from './recognition';
import { repairHandlers } from './repairs';
import { reviewHandlers } from './reviews';
import { rewardHandlers } from './rewards';
import { settingHandlers } from './settings';
import { statementHandlers } from './statement';
import { verifyHandlers } from './verify';

const deps = setup();

const routed = route(
  'bank',
  {
    ...settingHandlers(deps),
    // ledger
    ...ledgerHandlers(deps),
    ...queueHandlers(deps),
    ...officeHandlers(deps),
    ...verifyHandlers(deps),
    // redeem: rewards, reservations, the counter, the monthly statement
    ...rewardHandlers(deps),
    ...counterHandlers(deps),
    ...statementHandlers(deps),
    // recognition and reviews
    ...recognitionHandlers(deps),
    ...reviewHandlers(deps),
    // repairs at cost
    ...repairHandlers(deps),
    ...moneyHandlers(deps),
  },
  deps,
);

export const main = respond('bank', async (event, context) =>
  isTimerInvocation(event, deps.cloud.getWXContext()) ? { ok: true, data: await expireDue(deps.db) } : routed(event, context),
);
