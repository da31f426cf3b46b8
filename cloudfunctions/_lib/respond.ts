import { fail, type Result } from '../../src/domain/errors';
import { logFailure } from './log';

export type Main = (event: unknown, context: unknown) => Promise<Result<unknown>>;

/**
 * The outermost wrapper of every function's `main`: whatever a handler throws becomes
 * INTERNAL.ERROR for the caller, and a log line without personal data.
 */
export function respond(fn: string, handler: Main): Main {
  return async (event, context) => {
    try {
      return await handler(event, context);
    } catch (err) {
      logFailure(fn, 'unhandled', err);
      return fail('INTERNAL.ERROR', 'internal error');
    }
  };
}
