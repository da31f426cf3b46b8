// How far V8 lets a heap outgrow its live data. In a busy process with memory to spare, V8 lets the heap
// grow to as much as 4× what survived the last full collection before it collects again: the soak
// (four functions under 20 connections) took the host's heap to 197 MB with 66 MB live, and every
// instance's heap grew the same way. A local cloud is a laptop tool that shares the machine with an
// editor, a browser and the mini-program's build, so it trades a few more full collections for a heap
// at most ~30 % above its live data: in 60-second soaks of that load the process ended at 488 MB instead
// of 596 MB, having served as many requests (29,235 against 27,951).
// The flag is V8's, so it holds for the whole process, each function instance (worker) included; it is
// read at every full collection, so setting it after start takes effect at once.
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

let applied = false;

/**
 * Applies the flag once per process, before the first instance starts. Called by the processes that are
 * the local cloud (`npm start`, scripts/serve.ts, the `localcloud` bin), not by `startLocalCloud`: a
 * process that embeds it (a test runner with a large heap of its own) keeps V8's defaults.
 */
export function keepHeapsNearLiveSize(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
