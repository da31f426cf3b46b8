// Visit orders (巡访单): the volunteer's list, recording an outcome, turning a need into a wish.
import type { Deps } from '../_lib/context';

export function orderHandlers(_deps: Deps) {
  return {};
}
