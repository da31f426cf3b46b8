// The host's recent invocations, newest last, for the emulator UI's Functions panel: what ran, as whom,
// how long, cold or warm, and how it ended. Bounded; nothing of the event but its `action` is kept.

export interface InvocationRecord {
  requestId: string;
  fn: string;
  /** `event.action` when the event names one (this project's functions dispatch on it); `timer <name>` for a timer. */
  action?: string;
  source: string;
  openid?: string;
  ok: boolean;
  /** FUNCTION_ERROR, FUNCTION_TIMEOUT, FUNCTION_NOT_FOUND when not ok. */
  code?: string;
  message?: string;
  durationMs: number;
  initMs?: number;
  cold: boolean;
  /** Wall-clock ISO time it ended. */
  at: string;
}

const KEEP = 500;

export class InvocationHistory {
  private readonly records: InvocationRecord[] = [];

  add(r: InvocationRecord): void {
    this.records.push(r);
    if (this.records.length > KEEP * 1.2) this.records.splice(0, this.records.length - KEEP);
  }

  /** Newest first. */
  recent(limit = KEEP): InvocationRecord[] {
    return this.records.slice(-limit).reverse();
  }
}

/** `event.action`, or for a timer event its trigger's name. */
export function actionOf(event: unknown): string | undefined {
  const e = typeof event === 'object' && event !== null ? (event as { action?: unknown; Type?: unknown; TriggerName?: unknown }) : {};
  const a =
    typeof e.action === 'string'
      ? e.action
      : e.Type === 'Timer' && typeof e.TriggerName === 'string'
        ? `timer ${e.TriggerName}`
        : undefined;
  return a?.slice(0, 64);
}
