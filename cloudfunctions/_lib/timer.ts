// A timer trigger's event, told apart from a client call by the trusted SOURCE, not by the event alone.
export function isTimerInvocation(event: unknown, context: { SOURCE?: unknown }): boolean {
  return context.SOURCE === 'wx_trigger' && typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}
