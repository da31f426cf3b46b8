// 微心愿墙: the wall of the caller's community — wishes without personal data, oldest first.
import { fail } from '../../src/domain/errors';
import type { Deps } from '../_lib/context';

export function wallHandler(_deps: Deps) {
  return async () => fail('ACTION.UNKNOWN', 'not built yet');
}
