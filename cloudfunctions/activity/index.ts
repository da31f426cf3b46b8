// `activity`: activities (活动) — publish, sign-up with a waiting list, on-site check-in/out with a
// rotating code, corrections, closing (points and hours to each attendee), the residents' view; and
// the hourly timer (day-before reminders, the waiting list moving up, closings to finish).
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { isTimerInvocation, timerNow } from '../_lib/timer';
import { closeHandlers } from './close';
import { joinHandlers } from './join';
import { onsiteHandlers } from './onsite';
import { publishHandler } from './publish';
import { residentHandlers } from './residents';
import { runTimer } from './timer';
import { viewHandlers } from './views';

const deps = setup();
const routed = route(
  'activity',
  {
    publish: publishHandler(deps),
    ...viewHandlers(deps),
    ...joinHandlers(deps),
    ...onsiteHandlers(deps),
    ...closeHandlers(deps),
    ...residentHandlers(deps),
  },
  deps,
);

export const main = respond('activity', async (event, context) =>
  isTimerInvocation(event, deps.cloud.getWXContext()) ? runTimer(deps, timerNow(event)) : routed(event, context),
);
