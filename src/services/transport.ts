import { fail, isErrorCode, type Failure, type Result } from '../domain/errors';

/** Sends one event to one cloud function and resolves to its Result; never rejects. */
export type Transport = (name: string, event: unknown) => Promise<Result<unknown>>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asFailure(value: unknown): Failure | undefined {
  if (!isObject(value) || typeof value.message !== 'string') return undefined;
  // A code this client does not know yet still shows the generic message (messages.ts).
  const code = isErrorCode(value.code) ? value.code : 'INTERNAL.ERROR';
  const failure: Failure = { code, message: value.message };
  if (Array.isArray(value.issues)) failure.issues = value.issues as Failure['issues'];
  return failure;
}

/** Check that a function answered with the `{ ok, data | error }` envelope. */
export function asResult(value: unknown, where = 'the function'): Result<unknown> {
  if (isObject(value) && value.ok === true && 'data' in value) {
    return { ok: true, data: value.data };
  }
  if (isObject(value) && value.ok === false) {
    const failure = asFailure(value.error);
    if (failure) return { ok: false, error: failure };
  }
  return fail('INTERNAL.ERROR', `${where}: no result envelope`);
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (isObject(err) && typeof err.errMsg === 'string') return err.errMsg;
  return String(err);
}
