// CPU time of this process's main thread alone, apart from its other threads (function instances, V8's
// compiler and GC helpers, libuv's pool), from /proc/self/task/<pid>/stat: which side of the local
// cloud a load spends its time on. Linux only; elsewhere `undefined`.
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Milliseconds of user + system time of the main thread. */
export function mainThreadCpuMs(): number | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}
