// 爱心兑换 for volunteers: the catalogue, reserving (a hold of points and stock, a one-time code), my
// reservations (the code shown only to its owner), cancelling.
import { passbookOf } from '../../src/domain/bank/ledger';
import { expiresAtOf, isPastDue, type Reservation } from '../../src/domain/bank/reservation';
import { rewardWhat } from '../../src/domain/bank/reward';
import { windowState } from '../../src/domain/bank/window';
import { fail, ok, type Result } from '../../src/domain/errors';
import { PAGE_SIZE, type ActionInput, type ActionOutput } from '../../src/domain/schemas';
import { codeHash, codeToken, randomDigits, reservationIdOf } from '../_lib/codes';
import { getAccount } from '../_lib/collections/bank';
import { availableRewards, getReservation, getReward, reservationsOf } from '../_lib/collections/rewards';
import { settingOf } from '../_lib/collections/settings';
import { getShop } from '../_lib/collections/shops';
import type { Deps } from '../_lib/context';
import { getDoc } from '../_lib/db';
import type { HandlerContext } from '../_lib/router';
import { holdReservation, releaseReservation } from './moves';

type R<A extends 'rewards' | 'reserve' | 'my_reservations' | 'cancel_reservation'> = Promise<Result<ActionOutput<'bank', A>>>;
const CODE_TRIES = 5;

/** A reservation as its owner sees it: the code only while it can still be redeemed. */
export function mine(r: Reservation, now: Date) {
  const live = r.status === 'held' && !isPastDue(r, now);
  return {
    reservationId: r._id,
    what: r.what,
    points: r.points,
    status: r.status,
    createdAt: new Date(r.createdAt).toISOString(),
    expiresAt: new Date(r.expiresAt).toISOString(),
    ...(r.redeemedAt ? { redeemedAt: new Date(r.redeemedAt).toISOString() } : {}),
    ...(live ? { token: codeToken(r._id), digits: r.digits } : {}),
  };
}

export function rewardHandlers(deps: Deps) {
  const { db, ref } = deps;
  return {
    rewards: async (input: ActionInput<'bank', 'rewards'>, { openid }: HandlerContext): R<'rewards'> => {
      const [page, account, settings] = await Promise.all([
        availableRewards(db, input.page, PAGE_SIZE),
        getAccount(db, passbookOf(openid)),
        settingOf(db, 'redemption'),
      ]);
      const shopIds = [...new Set(page.items.map((i) => i.shopId))];
      const shops = new Map(await Promise.all(shopIds.map(async (id) => [id, await getShop(db, id)] as const)));
      const communityName = async (id?: string) => (id ? ((await ref.community(id))?.name ?? '') : '');
      const items = await Promise.all(
        page.items.map(async (i) => {
          const shop = shops.get(i.shopId);
          return {
            itemId: i._id,
            name: i.name,
            points: i.points,
            stock: i.stock,
            ...(i.note ? { note: i.note } : {}),
            shopId: i.shopId,
            shopName: shop?.name ?? '',
            ...(shop?.address ? { shopAddress: shop.address } : {}),
            ...(shop?.hours ? { shopHours: shop.hours } : {}),
            communityName: await communityName(shop?.communityId),
          };
        }),
      );
      return ok({
        items,
        page: page.page,
        hasMore: page.hasMore,
        balance: account?.balance ?? 0,
        window: windowState(settings.window, new Date()),
      });
    },

    reserve: async (input: ActionInput<'bank', 'reserve'>, { openid }: HandlerContext): R<'reserve'> => {
      const now = new Date();
      const id = reservationIdOf(openid, input.requestId);
      const [before, volunteer, settings, item] = await Promise.all([
        getReservation(db, id),
        getDoc<{ communityId?: string }>(db, 'volunteers', openid),
        settingOf(db, 'redemption'),
        getReward(db, input.itemId),
      ]);
      if (before) return ok({ ...mine({ ...before, _id: id }, now), created: false });
      if (!volunteer) return fail('VOLUNTEER.NOT_REGISTERED', 'register as a volunteer first');
      const window = windowState(settings.window, now);
      if (!window.open) return fail('REDEEM.WINDOW_CLOSED', `reserving opens on ${window.opensOn}`);
      if (!item || !item.active) return fail('REDEEM.ITEM_NOT_FOUND', 'no such item');
      if (item.stock < 1) return fail('REDEEM.OUT_OF_STOCK', 'out of stock');
      const shop = await getShop(db, item.shopId);
      const hash = codeHash(codeToken(id));
      for (let tries = 0; tries < CODE_TRIES; tries++) {
        const reservation: Reservation = {
          _id: id,
          itemId: item._id,
          shopId: item.shopId,
          volunteer: openid,
          communityId: volunteer.communityId ?? '',
          points: item.points,
          itemName: item.name,
          what: rewardWhat(item.name, shop?.name ?? ''),
          status: 'held',
          createdAt: now,
          expiresAt: expiresAtOf(now, settings.holdHours),
          codeHash: hash,
          digits: randomDigits(),
          requestId: input.requestId,
        };
        const r = await holdReservation(db, reservation);
        if (r.ok) return ok({ ...mine(r.value.reservation, now), created: r.value.created });
        if (r.code !== 'collision') return fail(r.code, `reserve refused: ${r.code}`);
      }
      return fail('INTERNAL.ERROR', 'no free code after several tries');
    },

    my_reservations: async (input: ActionInput<'bank', 'my_reservations'>, { openid }: HandlerContext): R<'my_reservations'> => {
      const page = await reservationsOf(db, openid, input.page, PAGE_SIZE);
      const now = new Date();
      return ok({ ...page, items: page.items.map((r) => mine(r, now)) });
    },

    cancel_reservation: async (input: ActionInput<'bank', 'cancel_reservation'>, { openid }: HandlerContext): R<'cancel_reservation'> => {
      const r = await releaseReservation(db, input.reservationId, 'cancel', new Date(), openid);
      if (!r.ok) return fail(r.code === 'collision' ? 'INTERNAL.ERROR' : r.code, `cancel refused: ${r.code}`);
      if (!r.value.changed)
        return fail(r.value.status === 'redeemed' ? 'REDEEM.ALREADY_REDEEMED' : 'REDEEM.NOT_HELD', `already ${r.value.status}`);
      return ok({ reservationId: input.reservationId, status: r.value.status });
    },
  };
}
