import { fail, type Result } from '../domain/errors';
import { asResult, describeError, type Transport } from './transport';

export interface HttpTransportOptions {
  /** Origin of the local cloud's gateway; '' (default) means the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Abort and report NETWORK.UNAVAILABLE after this many milliseconds. */
  timeoutMs?: number;
}

/** H5: POST /api/<fn> to the local cloud gateway, which answers with the function's Result. */
export function httpTransport(options: HttpTransportOptions = {}): Transport {
  const baseUrl = options.baseUrl ?? '';
  const timeoutMs = options.timeoutMs ?? 15000;
  return async (name, event) => {
    const doFetch = options.fetch ?? fetch;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
        signal: controller.signal,
      });
    } catch (err) {
      return fail('NETWORK.UNAVAILABLE', `request to ${name} failed: ${describeError(err)}`);
    } finally {
      clearTimeout(timer);
    }
    return readBody(name, response);
  };
}

/** Gateway or proxy statuses that mean the local cloud could not be reached. */
const UNREACHABLE_STATUSES = [502, 503, 504];

async function readBody(name: string, response: Response): Promise<Result<unknown>> {
  const where = `${name} answered HTTP ${response.status}`;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return UNREACHABLE_STATUSES.includes(response.status)
      ? fail('NETWORK.UNAVAILABLE', `${where} without JSON`)
      : fail('INTERNAL.ERROR', `${where} without JSON`);
  }
  const result = asResult(body, where);
  // A non-2xx answer is a failure even if its body claims success.
  if (!response.ok && result.ok) return fail('INTERNAL.ERROR', where);
  return result;
}
