// Fires timer triggers at their cron due times (one setTimeout per function, re-armed after each tick).
import { parseCron7, type CronSchedule } from './cron';
import type { TimerTrigger } from './function-config';

export interface ScheduledTrigger {
  fn: string;
  trigger: TimerTrigger;
}

export type FireTimer = (fn: string, trigger: TimerTrigger, due: Date) => void | Promise<unknown>;

/** One armed trigger and its next due time. */
export interface ArmedTimer extends ScheduledTrigger {
  next: Date;
}

/** Most due times one clock move replays per trigger (a 15-minute timer over a week is 672). */
export const MAX_CATCH_UP = 1000;

/** Longest single setTimeout; longer waits are re-armed in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export class TimerScheduler {
  private readonly handles = new Map<string, NodeJS.Timeout>();
  private generation = 0;
  private readonly armed = new Map<string, { t: ScheduledTrigger; schedule: CronSchedule; due: Date }>();

  constructor(
    private readonly fire: FireTimer,
    private readonly now: () => Date,
    private readonly tz?: string,
  ) {}

  /** Validate every cron first (throws listing all bad ones, starting none), then arm them. */
  start(triggers: ScheduledTrigger[]): void {
    const errors: string[] = [];
    const parsed: Array<[ScheduledTrigger, CronSchedule]> = [];
    for (const t of triggers) {
      try {
        parsed.push([t, parseCron7(t.trigger.cron, this.tz)]);
      } catch (err) {
        errors.push(`${t.fn}: ${(err as Error).message}`);
      }
    }
    if (errors.length > 0) throw new Error(`invalid timer trigger(s):\n  ${errors.join('\n  ')}`);
    this.stop();
    for (const [t, schedule] of parsed) this.arm(t, schedule, this.now());
  }

  stop(): void {
    this.generation++;
    for (const h of this.handles.values()) clearTimeout(h);
    this.handles.clear();
    this.armed.clear();
  }

  /** Armed triggers with their next due time. */
  list(): ArmedTimer[] {
    return [...this.armed.values()].map(({ t, due }) => ({ ...t, next: due })).sort((a, b) => a.fn.localeCompare(b.fn));
  }

  /**
   * After the clock moved forward: fire every due time it jumped over, once each and in order (awaiting
   * each, as a real minute-by-minute run would), then re-arm. Timer functions are idempotent and catch up.
   * Resolves with the number of invocations fired.
   */
  async catchUp(): Promise<number> {
    const generation = this.generation;
    const runs = [...this.armed.values()].map(async ({ t, schedule, due }) => {
      clearTimeout(this.handles.get(t.fn));
      this.handles.delete(t.fn);
      this.armed.delete(t.fn);
      let fired = 0;
      let at: Date | undefined = due;
      // The live clock: a second move during the catch-up extends it rather than skipping ticks.
      while (at !== undefined && at.getTime() <= this.now().getTime() && fired < MAX_CATCH_UP) {
        await this.fire(t.fn, t.trigger, at);
        fired++;
        at = schedule.next(at);
      }
      // Re-armed from the next due time (the wait is recomputed for the moved clock), unless stopped meanwhile.
      if (generation === this.generation && at !== undefined)
        this.arm(t, schedule, new Date(Math.max(at.getTime(), this.now().getTime()) - 1));
      return fired;
    });
    return (await Promise.all(runs)).reduce((a, b) => a + b, 0);
  }

  running(): string[] {
    return [...this.handles.keys()].sort();
  }

  private arm(t: ScheduledTrigger, schedule: CronSchedule, after: Date): void {
    const due = schedule.next(after);
    if (due === undefined) {
      this.handles.delete(t.fn);
      this.armed.delete(t.fn);
      return;
    }
    this.armed.set(t.fn, { t, schedule, due });
    const wait = (): void => {
      const delay = due.getTime() - this.now().getTime();
      const handle = setTimeout(
        () => {
          if (this.handles.get(t.fn) !== handle) return;
          if (due.getTime() > this.now().getTime()) return wait();
          void this.fire(t.fn, t.trigger, due);
          // Next due strictly after this one; missed ticks (sleep, busy loop) are skipped, not replayed.
          const from = new Date(Math.max(due.getTime(), this.now().getTime() - 1000));
          this.arm(t, schedule, from);
        },
        Math.min(Math.max(delay, 0), MAX_DELAY_MS),
      );
      handle.unref();
      this.handles.set(t.fn, handle);
    };
    wait();
  }
}
