// A timer trigger's event, told apart from a client call by the trusted SOURCE, not by the event alone.
export function isTimerInvocation(event: unknown, context: { SOURCE?: unknown }): boolean {
  return context.SOURCE === 'wx_trigger' && typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}

/**
 * The instant a timer fired for: the trigger's own `Time` (set by the platform, trusted like SOURCE),
 * else now. A run that starts late still reckons from when it was due; tests fire it at a chosen time.
 */
export function timerNow(event: unknown): Date {
  const time = typeof event === 'object' && event !== null ? (event as { Time?: unknown }).Time : undefined;
  const at = typeof time === 'string' ? new Date(time) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
}
