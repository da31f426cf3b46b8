import type { Result } from '../domain/errors';
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../domain/schemas';
import type { Transport } from './transport';

/**
 * The action is inferred from `event.action` (a literal), then the event is checked against that
 * action's input and the result typed by its output.
 */
export type Call = <F extends FunctionName, A extends ActionName<F>>(
  name: F,
  event: { action: A } & ActionInput<F, A>,
) => Promise<Result<ActionOutput<F, A>>>;

/**
 * A typed caller over one transport. The result types come from the domain's schemas; the
 * function validates its output with the same schemas before answering.
 */
export function createClient(transport: Transport): { call: Call } {
  const call: Call = async (name, event) => {
    const result = await transport(name, event);
    return result as Result<never>;
  };
  return { call };
}
