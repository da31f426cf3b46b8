// Inside a function worker: `Date` follows the local cloud's clock (localcloud/clock.ts). The global is
// replaced by a proxy of the real Date before function code loads, so `Date.now()`, `new Date()` and
// `Date()` read real time plus the offset the host sends with each invocation; everything else (parsing,
// `instanceof Date`, the prototype) is the real Date's.

const RealDate = Date;
let offsetMs = 0;
let installed = false;

const movedNow = (): number => RealDate.now() + offsetMs;

export function installClock(): void {
  if (installed) return;
  installed = true;
  const proxy = new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget) {
      return Reflect.construct(target, args.length === 0 ? [movedNow()] : args, newTarget) as object;
    },
    // `Date()` called without `new` answers the current time as a string.
    apply() {
      return new RealDate(movedNow()).toString();
    },
    get(target, key, receiver) {
      if (key === 'now') return movedNow;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  (globalThis as { Date: DateConstructor }).Date = proxy;
}

/** The clock's offset for the invocation about to run (the host sends it with every invocation). */
export function setClockOffset(ms: number | undefined): void {
  offsetMs = typeof ms === 'number' && Number.isFinite(ms) ? ms : 0;
}
