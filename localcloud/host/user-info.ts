// `event.userInfo`: on WeChat Cloud a call from the mini-program reaches the function with
// `userInfo: { appId, openId }` set by the platform, whatever the client put there. Functions written
// for WeChat read it as the caller's identity, so a client-sent one must never pass through.
import type { Invocation } from '../types';

/** Sources that are a mini-program client (the platform injects userInfo into their events). */
export const CLIENT_SOURCES: ReadonlySet<string> = new Set(['wx_client', 'wx_devtools']);

/**
 * The event a function sees: for a client call, the client's `userInfo` replaced by the invocation's
 * identity (`openId` left out when the caller has none). Other sources (another function's
 * `callFunction`, timers, the admin token) get the event exactly as sent: it comes from server code.
 */
export function withUserInfo(event: unknown, invocation: Pick<Invocation, 'source' | 'openid' | 'appid'>): unknown {
  if (!CLIENT_SOURCES.has(invocation.source)) return event;
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return event;
  const userInfo: { appId?: string; openId?: string } = {};
  if (invocation.appid !== undefined) userInfo.appId = invocation.appid;
  if (invocation.openid !== undefined) userInfo.openId = invocation.openid;
  return { ...(event as Record<string, unknown>), userInfo };
}
