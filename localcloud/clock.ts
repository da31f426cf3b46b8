// The local cloud's clock: real time plus an offset that a developer moves forward from the emulator UI
// (/__ui) to try deadlines (时限), reminders and visit timers without waiting. The offset lives in memory
// only, so a restart is back on real time. Functions see it through `Date` (host/worker-clock.ts), the
// store through db.serverDate(), the timers through their scheduler's `now`.
//
// Only forward moves: the store's history, idempotency keys and the timers all assume time never runs
// backwards. A backward move would put new documents' dates before ones already written (negative
// durations in SLA maths, out-of-order journals) and make the timers meet due times they already fired.
// Reset is the one exception, and a deliberate one: back to real time, the way a restart would.

/** The longest single move (a year): enough for yearly rules, small enough to catch a typo. */
export const MAX_ADVANCE_MS = 366 * 24 * 3600 * 1000;

export class Clock {
  private offset = 0;

  /** Milliseconds the clock runs ahead of real time. */
  get offsetMs(): number {
    return this.offset;
  }

  now(): number {
    return Date.now() + this.offset;
  }

  date(): Date {
    return new Date(this.now());
  }

  /** Moves the clock forward by `ms` (a positive integer, at most MAX_ADVANCE_MS). */
  advance(ms: number): void {
    if (!Number.isInteger(ms) || ms <= 0) throw new RangeError('the clock only moves forward: give a positive whole number of ms');
    if (ms > MAX_ADVANCE_MS) throw new RangeError(`one move is at most ${MAX_ADVANCE_MS} ms (366 days)`);
    this.offset += ms;
  }

  /** Back to real time. */
  reset(): void {
    this.offset = 0;
  }
}
