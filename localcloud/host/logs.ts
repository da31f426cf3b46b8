// Per-function logs: what function code printed, tagged with the function name and request id.
import type { LogLevel } from './protocol';

export interface FunctionLogEntry {
  fn: string;
  requestId: string | undefined;
  level: LogLevel;
  text: string;
  at: Date;
}

export type LogSink = (entry: FunctionLogEntry) => void;

const KEEP_PER_FUNCTION = 500;

/** Default sink: one prefixed line per entry on the host's stdout/stderr. */
export const printLog: LogSink = (e) => {
  const line = `[fn:${e.fn} ${e.requestId ?? '-'}] ${e.text}\n`;
  if (e.level === 'error' || e.level === 'warn') process.stderr.write(line);
  else process.stdout.write(line);
};

export class FunctionLogs {
  private readonly recentByFn = new Map<string, FunctionLogEntry[]>();

  constructor(private readonly sink: LogSink = printLog) {}

  append(fn: string, requestId: string | undefined, level: LogLevel, text: string): void {
    const entry: FunctionLogEntry = { fn, requestId, level, text, at: new Date() };
    let list = this.recentByFn.get(fn);
    if (list === undefined) {
      list = [];
      this.recentByFn.set(fn, list);
    }
    list.push(entry);
    if (list.length > KEEP_PER_FUNCTION) list.splice(0, list.length - KEEP_PER_FUNCTION);
    try {
      this.sink(entry);
    } catch {
      // a broken sink must not break invocations
    }
  }

  /** The last entries of one function (at most 500), optionally only those of one request. */
  recent(fn: string, requestId?: string): FunctionLogEntry[] {
    const list = this.recentByFn.get(fn) ?? [];
    return requestId === undefined ? [...list] : list.filter((e) => e.requestId === requestId);
  }
}
