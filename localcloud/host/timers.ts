// Fires timer triggers at their cron due times (one setTimeout per function, re-armed after each tick).
import { parseCron7, type CronSchedule } from './cron';
import type { TimerTrigger } from './function-config';

export interface ScheduledTrigger {
  fn: string;
  trigger: TimerTrigger;
}

export type FireTimer = (fn: string, trigger: TimerTrigger, due: Date) => void;

/** Longest single setTimeout; longer waits are re-armed in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export class TimerScheduler {
  private readonly handles = new Map<string, NodeJS.Timeout>();

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
    for (const h of this.handles.values()) clearTimeout(h);
    this.handles.clear();
  }

  running(): string[] {
    return [...this.handles.keys()].sort();
  }

  private arm(t: ScheduledTrigger, schedule: CronSchedule, after: Date): void {
    const due = schedule.next(after);
    if (due === undefined) {
      this.handles.delete(t.fn);
      return;
    }
    const wait = (): void => {
      const delay = due.getTime() - this.now().getTime();
      const handle = setTimeout(
        () => {
          if (this.handles.get(t.fn) !== handle) return;
          if (due.getTime() > this.now().getTime()) return wait();
          this.fire(t.fn, t.trigger, due);
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
