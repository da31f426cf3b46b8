// The merchant's shop in the bank: its items (商品管理), the counter (柜台核销: look a code up, confirm
// it). A merchant acts only for the shop of its grant; another shop's code reads as not found.
import crypto from 'node:crypto';
import { isDigits, type Reservation } from '../../src/domain/bank/reservation';
import { availableOf, type Reward } from '../../src/domain/bank/reward';
import { fail, ok, type Failure, type Result } from '../../src/domain/errors';
import { merchantShop } from '../../src/domain/org/shop';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { maskName } from '../../src/domain/wish/view';
import { checkText } from '../_lib/content';
import { codeDocId, codeHash } from '../_lib/codes';
import { getReservation, getReservationCode, reservationByHash, shopRewards } from '../_lib/collections/rewards';
import { getShop } from '../_lib/collections/shops';
import type { Deps } from '../_lib/context';
import { getDoc } from '../_lib/db';
import type { HandlerContext } from '../_lib/router';
import { COLLECTIONS } from '../_lib/collections/names';
import { inTransaction } from '../_lib/transaction';
import { confirmReservation } from './moves';

type R<A extends 'shop_items' | 'save_item' | 'lookup_code' | 'redeem'> = Promise<Result<ActionOutput<'bank', A>>>;

/** The caller's shop id, or the refusal (closed by default: a merchant without a shop grant has none). */
export function shopOf(ctx: HandlerContext): { ok: true; shopId: string } | { ok: false; error: Failure } {
  const shopId = merchantShop(ctx.grants ?? []);
  return shopId ? { ok: true, shopId } : fail('SHOP.NOT_FOUND', 'no shop for this merchant');
}

export function counterHandlers(deps: Deps) {
  const { db } = deps;

  /** The reservation a code names at this shop: six digits (held ones only) or the QR token. */
  async function byCode(shopId: string, code: string): Promise<Reservation | null> {
    if (isDigits(code)) {
      const named = await getReservationCode(db, codeDocId(shopId, code));
      const r = named?.held ? await getReservation(db, named.reservationId) : null;
      return r && { ...r, _id: named!.reservationId };
    }
    const r = await reservationByHash(db, codeHash(code));
    return r && r.shopId === shopId ? r : null;
  }

  return {
    shop_items: async (input: ActionInput<'bank', 'shop_items'>, ctx: HandlerContext): R<'shop_items'> => {
      const shop = shopOf(ctx);
      if (!shop.ok) return shop;
      const [page, found] = await Promise.all([shopRewards(db, shop.shopId, input.page, PAGE_SIZE), getShop(db, shop.shopId)]);
      return ok({
        ...page,
        shopName: found?.name ?? '',
        items: page.items.map((i) => ({
          itemId: i._id,
          name: i.name,
          points: i.points,
          stock: i.stock,
          active: i.active,
          ...(i.note ? { note: i.note } : {}),
          version: i.version,
        })),
      });
    },

    save_item: async (input: ActionInput<'bank', 'save_item'>, ctx: HandlerContext): R<'save_item'> => {
      const shop = shopOf(ctx);
      if (!shop.ok) return shop;
      // Volunteers read the item's name and note: checked like any text shown to others.
      const checked = await checkText(deps.cloud, ctx.openid, [input.name, input.note ?? ''].join('\n'), 1);
      if (!checked.ok) return checked;
      const now = new Date();
      const itemId = input.itemId ?? `rw_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
      const fields = {
        name: input.name,
        points: input.points,
        stock: input.stock,
        active: input.active,
        available: availableOf(input),
        ...(input.note ? { note: input.note } : {}),
        updatedAt: now,
      };
      const r = await inTransaction<number, 'REDEEM.ITEM_NOT_FOUND' | 'REDEEM.ITEM_CHANGED'>(db, async (t) => {
        const ref = t.collection(COLLECTIONS.rewards).doc(itemId);
        const stored = (await ref.get()).data as Reward | null;
        if (!input.itemId) {
          await ref.set({ data: { shopId: shop.shopId, ...fields, version: 1, createdAt: now } });
          return 1;
        }
        // Another shop's item reads as not found.
        if (!stored || stored.shopId !== shop.shopId) return (await t.rollback('REDEEM.ITEM_NOT_FOUND'), 0);
        if (stored.version !== input.version) return (await t.rollback('REDEEM.ITEM_CHANGED'), 0);
        await ref.update({ data: { ...fields, note: input.note ?? '', version: stored.version + 1 } });
        return stored.version + 1;
      });
      if ('rolledBack' in r) return fail(r.rolledBack, `save_item refused: ${r.rolledBack}`);
      return ok({ itemId, version: r.done });
    },

    lookup_code: async (input: ActionInput<'bank', 'lookup_code'>, ctx: HandlerContext): R<'lookup_code'> => {
      const shop = shopOf(ctx);
      if (!shop.ok) return shop;
      const r = await byCode(shop.shopId, input.code);
      if (!r) return fail('REDEEM.NOT_FOUND', 'no reservation of this shop with that code');
      const volunteer = await getDoc<{ name?: string }>(db, 'volunteers', r.volunteer);
      return ok({
        reservationId: r._id,
        what: r.what,
        itemName: r.itemName,
        points: r.points,
        volunteerName: maskName(volunteer?.name ?? '志愿者'),
        status: r.status,
        expiresAt: new Date(r.expiresAt).toISOString(),
        ...(r.redeemedAt ? { redeemedAt: new Date(r.redeemedAt).toISOString() } : {}),
      });
    },

    redeem: async (input: ActionInput<'bank', 'redeem'>, ctx: HandlerContext): R<'redeem'> => {
      const shop = shopOf(ctx);
      if (!shop.ok) return shop;
      const r = await confirmReservation(db, input.reservationId, shop.shopId, ctx.openid, new Date());
      if (!r.ok) return fail(r.code === 'collision' ? 'INTERNAL.ERROR' : r.code, `redeem refused: ${r.code}`);
      return ok({
        reservationId: r.value._id,
        what: r.value.what,
        points: r.value.points,
        redeemedAt: new Date(r.value.redeemedAt!).toISOString(),
      });
    },
  };
}
