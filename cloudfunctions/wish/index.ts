// `wish`: the resident's function — building lookup, submit, my wishes, detail, cancel, rate —
// and the hourly timer that auto-closes unrated services and retries credits.
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { setup } from '../_lib/context';
import { isTimerInvocation } from '../_lib/timer';
import { lifecycleHandlers } from './lifecycle';
import { readHandlers } from './read';
import { submitHandler } from './submit';
import { runTimer } from './timer';

const deps = setup();
const routed = route('wish', { ...readHandlers(deps), submit: submitHandler(deps), ...lifecycleHandlers(deps) }, deps);

export const main = respond('wish', async (event, context) =>
  isTimerInvocation(event, deps.cloud.getWXContext()) ? runTimer(deps) : routed(event, context),
);
