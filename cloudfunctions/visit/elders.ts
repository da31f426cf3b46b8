// The elders' registry (巡访对象): kept by the community's staff, imported from their spreadsheet, and
// the board (overdue first). Personal data only for the community's staff and the named volunteer.
import type { Deps } from '../_lib/context';

export function elderHandlers(_deps: Deps) {
  return {};
}
