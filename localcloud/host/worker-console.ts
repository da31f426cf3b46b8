// Inside a function worker: send console output to the host as log messages tagged with the request id.
import { format } from 'node:util';
import type { LogLevel, WorkerToHost } from './protocol';

const MAX_LINE_CHARS = 16 * 1024;

export interface ConsoleCapture {
  /** Start a new per-invocation budget and tag further output with this request id (stray output after
   * main() settled keeps the last id). */
  begin(requestId: string): void;
}

export function captureConsole(post: (m: WorkerToHost) => void, maxBytesPerInvocation: number): ConsoleCapture {
  let requestId: string | undefined;
  let used = 0;
  let truncated = false;

  const emit = (level: LogLevel, args: unknown[]): void => {
    if (truncated) return;
    let text: string;
    try {
      text = format(...args);
    } catch {
      text = '[unprintable log arguments]';
    }
    if (text.length > MAX_LINE_CHARS) text = `${text.slice(0, MAX_LINE_CHARS)}… [${text.length} chars, truncated]`;
    used += text.length;
    if (used > maxBytesPerInvocation) {
      truncated = true;
      text = `[log limit of ${maxBytesPerInvocation} chars per invocation reached; further output dropped]`;
      level = 'warn';
    }
    post({ type: 'log', requestId, level, text });
  };

  const c = console as unknown as Record<LogLevel, (...args: unknown[]) => void>;
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    c[level] = (...args: unknown[]) => emit(level, args);
  }
  return {
    begin(id: string): void {
      requestId = id;
      used = 0;
      truncated = false;
    },
  };
}
