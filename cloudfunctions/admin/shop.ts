// 我的店铺: the merchant reads its shop's profile and edits the address, opening hours and introduction
// (content-checked: residents and volunteers read them), against the version it read (compare-and-set).
// The shop is always the caller's merchant grant's: closed by default, never named in the event.
import { merchantShop, type Shop } from '../../src/domain/org/shop';
import { fail, ok, type Result } from '../../src/domain/errors';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { COLLECTIONS } from '../_lib/collections/names';
import { getShop } from '../_lib/collections/shops';
import { checkText } from '../_lib/content';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { inTransaction, one } from '../_lib/transaction';

type R<A extends 'shop' | 'edit_shop'> = Promise<Result<ActionOutput<'admin', A>>>;

export function shopHandlers({ db, ref, cloud }: Deps) {
  return {
    shop: async (_input: ActionInput<'admin', 'shop'>, ctx: HandlerContext): R<'shop'> => {
      const id = merchantShop(ctx.grants ?? []);
      const found = id ? await getShop(db, id) : null;
      if (!found) return fail('SHOP.NOT_FOUND', 'no shop for this merchant');
      const community = found.communityId ? await ref.community(found.communityId) : undefined;
      return ok({
        shopId: found._id,
        name: found.name,
        communityName: community?.name ?? '',
        ...(found.address ? { address: found.address } : {}),
        ...(found.hours ? { hours: found.hours } : {}),
        ...(found.intro ? { intro: found.intro } : {}),
        version: found.version ?? 0,
      });
    },

    edit_shop: async (input: ActionInput<'admin', 'edit_shop'>, ctx: HandlerContext): R<'edit_shop'> => {
      const shopId = merchantShop(ctx.grants ?? []);
      if (!shopId) return fail('SHOP.NOT_FOUND', 'no shop for this merchant');
      const checked = await checkText(cloud, ctx.openid, `${input.address} ${input.hours} ${input.intro ?? ''}`, 1);
      if (!checked.ok) return checked;
      const r = await inTransaction<number, 'SHOP.NOT_FOUND' | 'SHOP.CHANGED'>(db, async (t) => {
        const doc = t.collection(COLLECTIONS.shops).doc(shopId);
        const stored = (await doc.get()).data as Shop | null;
        if (!stored) return (await t.rollback('SHOP.NOT_FOUND'), 0);
        const version = stored.version ?? 0;
        if (version !== input.version) return (await t.rollback('SHOP.CHANGED'), 0);
        const data = { address: input.address, hours: input.hours, intro: input.intro ?? '', version: version + 1, updatedAt: new Date() };
        one(await doc.update({ data }));
        return version + 1;
      });
      if ('rolledBack' in r) return fail(r.rolledBack, `edit_shop refused: ${r.rolledBack}`);
      return ok({ shopId, version: r.done });
    },
  };
}
