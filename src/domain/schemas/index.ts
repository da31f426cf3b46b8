import type { z } from 'zod';
import { adminActions } from './admin';
import { dispatchActions } from './dispatch';
import { peopleActions } from './people';
import { userActions } from './user';
import { volunteerActions } from './volunteer';
import { wishActions } from './wish';
import { posterActions } from './poster';
import { sheetsActions } from './sheets';
import { bankActions } from './bank';
import { elderActions } from './elders';
import { visitActions } from './visits';
import { digestActions } from './digest';
import { activityActions } from './activities';
import { wallDispatchActions, wallVolunteerActions } from './wall';
import { certActions } from './cert';
import { insightActions } from './insight';

export * from './user';
export * from './wish';
export * from './dispatch';
export * from './volunteer';
export * from './views';
export * from './common';
export * from './poster';
export * from './sheets';
export * from './people';
export * from './admin';
export * from './bank';
export * from './elders';
export * from './visits';
export * from './digest';
export * as activity from './activities';
export * from './wall';
export * as cert from './cert';
export * from './insight';
export * from './insightReport';
export * from './insightExports';

/** One action of a cloud function: the schema of its event and of its result data. */
export interface ActionSchemas {
  input: z.ZodType<{ action: string }>;
  output: z.ZodType;
}

/**
 * Every cloud function → action → schemas. Tooling iterates this; the client derives its
 * types from it; each function validates its event against it.
 */
export const registry = {
  user: userActions,
  wish: wishActions,
  dispatch: { ...dispatchActions, ...digestActions, ...wallDispatchActions },
  volunteer: { ...volunteerActions, ...wallVolunteerActions },
  poster: posterActions,
  sheets: sheetsActions,
  people: peopleActions,
  admin: adminActions,
  bank: bankActions,
  visit: { ...elderActions, ...visitActions },
  activity: activityActions,
  cert: certActions,
  insight: insightActions,
} as const satisfies Record<string, Record<string, ActionSchemas>>;

export type Registry = typeof registry;
export type FunctionName = keyof Registry;
export type ActionName<F extends FunctionName> = keyof Registry[F] & string;

/** The event a function accepts: the union of its actions' inputs. */
export type FunctionEvent<F extends FunctionName> = {
  [A in ActionName<F>]: Registry[F][A] extends { input: infer S extends z.ZodType } ? z.infer<S> : never;
}[ActionName<F>];

/** The validated event of one action. */
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = Registry[F][A] extends { input: infer S extends z.ZodType }
  ? z.infer<S>
  : never;

/** The result data of one action. */
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = Registry[F][A] extends { output: infer S extends z.ZodType }
  ? z.infer<S>
  : never;

export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(registry, name);
}

/** The schemas of `fn`/`action`, or undefined when the action does not exist. */
export function actionSchemas(fn: FunctionName, action: string): ActionSchemas | undefined {
  const actions: Record<string, ActionSchemas> = registry[fn];
  return Object.prototype.hasOwnProperty.call(actions, action) ? actions[action] : undefined;
}
