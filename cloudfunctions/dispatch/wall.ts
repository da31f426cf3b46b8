// 微心愿墙 and the service day's activity: the centre publishes a wish to its community's wall, or
// folds it into an activity of that community. Each wish keeps its own lifecycle (WISH_LIFECYCLE).
import { fail } from '../../src/domain/errors';
import type { Deps } from '../_lib/context';

export function wallHandlers(_deps: Deps) {
  return {
    publish_to_wall: async () => fail('ACTION.UNKNOWN', 'not built yet'),
    attach_to_activity: async () => fail('ACTION.UNKNOWN', 'not built yet'),
  };
}
