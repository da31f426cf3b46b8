/**
 * The caller's OPENID from `cloud.getWXContext()` — the only trusted identity. The SDK turns
 * all-digit values into numbers, so accept both; anything else (timers, scf) is no identity.
 */
export function openidOf(context: { OPENID?: unknown }): string | undefined {
  const id = context.OPENID;
  if (typeof id === 'string' && id.length > 0) return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}
