// `activity`: activities (活动) — publish, sign-up with a waiting list, on-site check-in/out with a
// rotating code, corrections, closing (points and hours to each attendee), the residents' view; and
// the hourly timer (day-before reminders, the waiting list moving up, closings to finish).
import { fail } from '../../src/domain/errors';
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';

const deps = setup();
const todo = async () => fail('ACTION.UNKNOWN', 'not built yet');
const routed = route(
  'activity',
  {
    publish: todo,
    list: todo,
    detail: todo,
    sign_up: todo,
    withdraw: todo,
    code: todo,
    scan: todo,
    correct_times: todo,
    close: todo,
    cancel: todo,
    upcoming: todo,
    will_come: todo,
  },
  deps,
);
export const main = respond('activity', routed);
