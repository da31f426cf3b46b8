// Calling functions as a person: through the local cloud's function host with that person's OPENID,
// as WeChat would (source wx_client). Also the database requests each call made.
import type { LocalCloud } from '../../localcloud';
import type { RequestEntry } from '../../localcloud/server/request-log';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely by the tests
export interface Called<T = any> {
  ok: boolean;
  data: T;
  error?: { code: string; message: string };
  requests: RequestEntry[];
}

export function person(cloud: LocalCloud, openid: string | undefined) {
  /* eslint-disable-next-line @typescript-eslint/no-explicit-any */
  return async <T = any>(fn: string, event: Record<string, unknown>): Promise<Called<T>> => {
    const r = await cloud.host.invoke(fn, event, { source: 'wx_client', openid });
    if (!r.ok) throw new Error(`${fn}.${String(event.action)} failed in the host: ${r.code} ${r.message}`);
    const result = r.result as { ok: boolean; data: T; error?: { code: string; message: string } };
    const requests = cloud.log.ofInvocation(r.requestId);
    return { ...result, requests };
  };
}

/** A client answer as the security suites read it; a host failure becomes the code `HOST.<code>`. */
export interface ClientAnswer {
  ok: boolean;
  data?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { code: string };
}

/** One client call through the function host, as WeChat would make it for `openid`. */
export async function clientCall(
  cloud: LocalCloud,
  openid: string | undefined,
  fn: string,
  event: Record<string, unknown>,
): Promise<ClientAnswer> {
  const r = await cloud.host.invoke(fn, event, { source: 'wx_client', openid });
  if (!r.ok) return { ok: false, error: { code: `HOST.${r.code}` } };
  return r.result as ClientAnswer;
}

/** A valid wish form for the demo building B-0012. */
export function wishForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'submit',
    requestId: `req${Math.random().toString(36).slice(2, 12)}${Date.now().toString(36)}`,
    consent: true,
    confirmDuplicate: false,
    buildingId: 'B-0012',
    category: 'repairs',
    description: '厨房水龙头一直滴水，拧不紧',
    contact: { name: '张桂兰', phone: '13912345678' },
    room: '201',
    preferredTime: { date: '2026-11-24', window: 'morning' },
    urgency: 'normal',
    photos: [],
    proxy: false,
    ...overrides,
  };
}
