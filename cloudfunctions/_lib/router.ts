import { fail, type Result } from '../../src/domain/errors';
import { actionSchemas, type ActionInput, type ActionName, type ActionOutput, type FunctionName } from '../../src/domain/schemas';
import { gateOf, needsRoles } from '../../src/domain/policy';
import type { Grant } from '../../src/domain/org/grants';
import type { Role } from '../../src/domain/roles';
import { validate } from '../../src/domain/validate';
import { logFailure } from './log';
import type { Main } from './respond';

/** What a handler knows about its caller. */
export interface HandlerContext {
  /** From `cloud.getWXContext().OPENID`, never from the event. */
  openid: string;
  /** The caller's roles, when the action's gate needed them (read once, by the router). */
  roles?: readonly Role[];
  /** Where the caller's scoped roles hold (read with the roles, from the same document). */
  grants?: readonly Grant[];
}

export type Handlers<F extends FunctionName> = {
  [A in ActionName<F>]: (input: ActionInput<F, A>, ctx: HandlerContext) => Promise<Result<ActionOutput<F, A>>>;
};

export interface RouteOptions {
  /** Reads the caller's OPENID for this invocation (undefined: no identity). */
  identity: () => string | undefined;
  /** Reads the caller's roles and grants (one database request), for gates that need them. */
  access: (openid: string) => Promise<{ roles: Role[]; grants: Grant[] }>;
}

/**
 * WeChat injects `userInfo: { appId, openId }` into events sent by the mini-program. It is
 * not part of any schema (strict objects would reject it) and never trusted: drop it.
 */
function withoutInjected(event: unknown): unknown {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return event;
  const { userInfo: _injected, ...rest } = event as Record<string, unknown>;
  return rest;
}

function actionOf(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const action = (event as { action?: unknown }).action;
  return typeof action === 'string' ? action : undefined;
}

/**
 * Route an event to the handler named by `event.action`: identity first, then the action, then the
 * event validated against the registry, then the action's gate (GATES in the domain's policy: an
 * action without one is refused), and the handler's data checked against the action's output schema
 * (so nothing outside the schema leaves the function).
 */
export function route<F extends FunctionName>(fn: F, handlers: Handlers<F>, options: RouteOptions): Main {
  const table = handlers as Record<string, (input: unknown, ctx: HandlerContext) => Promise<Result<unknown>>>;
  return async (rawEvent) => {
    const event = withoutInjected(rawEvent);
    const openid = options.identity();
    if (openid === undefined) return fail('AUTH.NO_IDENTITY', 'no OPENID in the WeChat context');

    const action = actionOf(event);
    if (action === undefined) {
      return fail('INPUT.INVALID', 'event.action must be a string', [{ path: 'action', message: 'Required' }]);
    }
    const schemas = actionSchemas(fn, action);
    const handler = Object.prototype.hasOwnProperty.call(table, action) ? table[action] : undefined;
    if (schemas === undefined || handler === undefined) {
      return fail('ACTION.UNKNOWN', `${fn} has no action ${JSON.stringify(action.slice(0, 40))}`);
    }

    const input = validate(schemas.input, event);
    if (!input.ok) return input;

    const gate = gateOf(fn, action);
    if (gate === undefined) return fail('AUTH.FORBIDDEN', `${fn}.${action} has no gate`);
    let access: { roles: Role[]; grants: Grant[] } | undefined;
    if (needsRoles(gate, input.data)) {
      access = await options.access(openid);
      if (!gate.roles.some((r) => access!.roles.includes(r)))
        return fail(gate.refuse ?? 'AUTH.FORBIDDEN', `${fn}.${action} needs another role`);
    }

    const result = await handler(input.data, { openid, ...(access ? { roles: access.roles, grants: access.grants } : {}) });
    if (!result.ok) return result;
    const output = validate(schemas.output, result.data);
    if (!output.ok) {
      logFailure(fn, `output of ${action} does not match its schema`);
      return fail('INTERNAL.ERROR', 'internal error');
    }
    return output;
  };
}
