// The clock for the emulator UI: where the local cloud's time is, moving it forward (the timers then
// catch up: each due time jumped over fires once), and back to real time.
import { HttpError } from '../../gateway/http-util';
import { MAX_ADVANCE_MS } from '../../clock';
import type { UiDeps } from '../deps';

export function clockState({ clock }: UiDeps) {
  return { now: clock.date().toISOString(), offsetMs: clock.offsetMs };
}

export async function moveClock(deps: UiDeps, body: Record<string, unknown>) {
  if (body.reset === true) {
    deps.clock.reset();
    // Armed timers wait for due times on the moved clock: arm them again from real time.
    if (deps.host.armedTimers().length > 0) deps.host.startTimers();
    return { ...clockState(deps), fired: 0 };
  }
  const ms = body.advanceMs;
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms <= 0 || ms > MAX_ADVANCE_MS) {
    throw new HttpError(
      400,
      'UI.BAD_PARAM',
      `advanceMs must be a whole number of ms in (0, ${MAX_ADVANCE_MS}]: the clock only moves forward`,
    );
  }
  deps.clock.advance(ms);
  const fired = await deps.host.catchUpTimers();
  return { ...clockState(deps), fired };
}
