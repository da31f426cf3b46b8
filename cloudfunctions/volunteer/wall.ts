// 微心愿墙: the wall of the caller's community — wishes without personal data, longest on the wall
// first. Requests: the caller's registration, one page on its index (the community's name is cached).
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { wallCard } from '../../src/domain/wish/wall';
import { getVolunteer } from '../_lib/collections/volunteers';
import { onWall } from '../_lib/collections/wishes';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';

export function wallHandler({ db, ref }: Deps) {
  return async (
    input: ActionInput<'volunteer', 'wall'>,
    { openid }: HandlerContext,
  ): Promise<Result<ActionOutput<'volunteer', 'wall'>>> => {
    // The volunteer role without a registration of one's own (e.g. granted by hand) has no community.
    const volunteer = await getVolunteer(db, openid);
    if (!volunteer) return fail('VOLUNTEER.NOT_REGISTERED', 'register as a volunteer first');
    const [page, community] = await Promise.all([
      onWall(db, volunteer.communityId, input.page, PAGE_SIZE),
      ref.community(volunteer.communityId),
    ]);
    const name = community?.name ?? '本社区';
    return ok({ ...page, items: page.items.map((w) => wallCard(w, name)) });
  };
}
