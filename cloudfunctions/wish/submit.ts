// 群众点单: a resident (or a 帮办员 for an elder) files a wish from a stairwell code. The path itself
// (requests, checks, the insert) is `fileWish` in ../_lib/fileWish.ts, shared with a visit's 转为心愿.
import type { Result } from '../../src/domain/errors';
import { filesFor } from '../../src/domain/org/grants';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import type { Deps } from '../_lib/context';
import { fileWish } from '../_lib/fileWish';
import type { HandlerContext } from '../_lib/router';

type Input = ActionInput<'wish', 'submit'>;
type Output = ActionOutput<'wish', 'submit'>;

export function submitHandler(deps: Deps) {
  return async (input: Input, { openid, grants }: HandlerContext): Promise<Result<Output>> =>
    fileWish(deps, input, openid, (communityId) => filesFor(grants ?? [], communityId));
}
