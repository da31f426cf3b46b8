// CPU time of this process's main thread, apart from its other threads (function instances, V8's
// compiler and GC helpers, libuv's pool), from /proc/self/task: which side of the local cloud a load
// spends its time on. Linux only; elsewhere `undefined`.
import fs from 'node:fs';

/** Milliseconds of user + system time: the main thread, and every thread of the process. */
export interface ThreadCpu {
  mainMs: number;
  allMs: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function threadCpu(): ThreadCpu | undefined {
  const dir = '/proc/self/task';
  if (!fs.existsSync(dir)) return undefined;
  let mainMs = 0;
  let allMs = 0;
  for (const tid of fs.readdirSync(dir)) {
    let stat: string;
    try {
      stat = fs.readFileSync(`${dir}/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    allMs += ms;
    if (Number(tid) === process.pid) mainMs = ms;
  }
  return { mainMs, allMs };
}
