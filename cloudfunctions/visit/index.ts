// `visit`: the elderly visit programme (巡访) — the elders' registry and its board, visit orders and
// their outcomes, and the hourly scheduler (timer) that creates orders ahead and escalates missed ones.
import { setup } from '../_lib/context';
import { respond } from '../_lib/respond';
import { route } from '../_lib/router';
import { isTimerInvocation } from '../_lib/timer';
import { elderImportJobs } from './elderImportJob';
import { elderHandlers } from './elders';
import { orderHandlers } from './orders';
import { runScheduler } from './scheduler';

const deps = setup();
const routed = route('visit', { ...elderHandlers(deps), ...orderHandlers(deps) }, deps);
const elderImports = elderImportJobs(deps);

/** The hourly timer: the scheduler, then the elders' imports nobody continued (a rerun finds nothing left). */
async function timer() {
  const scheduled = await runScheduler(deps);
  await elderImports.sweep();
  return scheduled;
}

export const main = respond('visit', async (event, context) =>
  isTimerInvocation(event, deps.cloud.getWXContext()) ? timer() : routed(event, context),
);
