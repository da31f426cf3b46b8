import type { Result } from '../domain/errors';
import type { ActionName, ActionOutput, FunctionEvent, FunctionName } from '../domain/schemas';
import type { Transport } from './transport';

/** The result data of the action named by `E['action']`. */
export type OutputOf<F extends FunctionName, E> = E extends { action: infer A extends ActionName<F> }
  ? ActionOutput<F, A>
  : never;

export type Call = <F extends FunctionName, E extends FunctionEvent<F>>(
  name: F,
  event: E,
) => Promise<Result<OutputOf<F, E>>>;

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
