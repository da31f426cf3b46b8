// The bank's rewards and redemption (爱心兑换, 柜台核销): the volunteer's catalogue and reservations,
// the merchant's items, counter and monthly statement. Spread into `bankActions` (bank.ts).
import * as z from 'zod';
import { RESERVATION_STATUSES } from '../bank/reservation';
import { Id, IsoDate, Page, RequestId, pageOf, text } from './common';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-12');
const Status = z.enum(RESERVATION_STATUSES);
export const MAX_REWARD_POINTS = 100_000;
export const MAX_REWARD_STOCK = 100_000;

// ── Volunteer ────────────────────────────────────────────────────────────────────────────────────
export const RewardsInput = z.strictObject({ action: z.literal('rewards'), page: Page });
export const RewardItem = z.strictObject({
  itemId: z.string(),
  name: z.string(),
  points: z.number().int(),
  stock: z.number().int(),
  note: z.string().optional(),
  shopId: z.string(),
  shopName: z.string(),
  /** The shop's address and opening hours, where it has them. */
  shopAddress: z.string().optional(),
  shopHours: z.string().optional(),
  communityName: z.string(),
});
export const RewardsOutput = pageOf(RewardItem).extend({
  /** The caller's passbook balance. */
  balance: z.number().int(),
  /** The monthly window (月兑换): closed → the China date it opens. */
  window: z.strictObject({ open: z.boolean(), opensOn: z.string().optional() }),
});

/** `requestId` made once per confirm dialog: a retried reservation lands once. */
export const ReserveInput = z.strictObject({ action: z.literal('reserve'), itemId: Id, requestId: RequestId });
/** A held reservation as its owner sees it: the QR token and the six digits to show at the counter. */
export const MyReservation = z.strictObject({
  reservationId: z.string(),
  what: z.string(),
  points: z.number().int(),
  status: Status,
  createdAt: IsoDate,
  expiresAt: IsoDate,
  redeemedAt: IsoDate.optional(),
  /** Held ones only. */
  token: z.string().optional(),
  digits: z.string().optional(),
});
export const ReserveOutput = MyReservation.extend({ created: z.boolean() });

export const MyReservationsInput = z.strictObject({ action: z.literal('my_reservations'), page: Page });
export const MyReservationsOutput = pageOf(MyReservation);

export const CancelReservationInput = z.strictObject({ action: z.literal('cancel_reservation'), reservationId: Id });
export const CancelReservationOutput = z.strictObject({ reservationId: z.string(), status: Status });

// ── Merchant ─────────────────────────────────────────────────────────────────────────────────────
export const ShopItemsInput = z.strictObject({ action: z.literal('shop_items'), page: Page });
export const ShopItem = z.strictObject({
  itemId: z.string(),
  name: z.string(),
  points: z.number().int(),
  stock: z.number().int(),
  active: z.boolean(),
  note: z.string().optional(),
  version: z.number().int(),
});
export const ShopItemsOutput = pageOf(ShopItem).extend({ shopName: z.string() });

/** A new item (no itemId, version 0) or a change to one of the shop's own (the version it read). */
export const SaveItemInput = z.strictObject({
  action: z.literal('save_item'),
  itemId: Id.optional(),
  version: z.number().int().min(0),
  name: text(1, 30),
  points: z.number().int().min(1, '积分至少为1').max(MAX_REWARD_POINTS, `积分最多${MAX_REWARD_POINTS}`),
  stock: z.number().int().min(0, '库存不能为负').max(MAX_REWARD_STOCK, `库存最多${MAX_REWARD_STOCK}`),
  active: z.boolean(),
  note: text(0, 60).optional(),
});
export const SaveItemOutput = z.strictObject({ itemId: z.string(), version: z.number().int() });

/** What the counter typed or scanned: six digits, or the QR's token (43 characters: an HMAC-SHA256 in base64url). */
export const LookupCodeInput = z.strictObject({
  action: z.literal('lookup_code'),
  code: z
    .string()
    .trim()
    .regex(/^(\d{6}|[0-9A-Za-z_-]{43})$/, '请输入6位数字兑换码或扫描二维码'),
});
export const LookupCodeOutput = z.strictObject({
  reservationId: z.string(),
  what: z.string(),
  itemName: z.string(),
  points: z.number().int(),
  /** 王** */
  volunteerName: z.string(),
  status: Status,
  expiresAt: IsoDate,
  redeemedAt: IsoDate.optional(),
});

export const RedeemInput = z.strictObject({ action: z.literal('redeem'), reservationId: Id });
export const RedeemOutput = z.strictObject({
  reservationId: z.string(),
  what: z.string(),
  points: z.number().int(),
  redeemedAt: IsoDate,
});

export const ShopStatementInput = z.strictObject({ action: z.literal('shop_statement'), month: Month });
export const ShopStatementOutput = z.strictObject({
  month: z.string(),
  shopName: z.string(),
  count: z.number().int(),
  total: z.number().int(),
  items: z.array(z.strictObject({ reservationId: z.string(), at: z.string(), itemName: z.string(), points: z.number().int() })),
});
export const StatementExportInput = z.strictObject({ action: z.literal('statement_export'), month: Month });
export const StatementExportOutput = z.strictObject({ fileID: z.string(), url: z.string(), name: z.string(), rows: z.number().int() });

export const redeemActions = {
  rewards: { input: RewardsInput, output: RewardsOutput },
  reserve: { input: ReserveInput, output: ReserveOutput },
  my_reservations: { input: MyReservationsInput, output: MyReservationsOutput },
  cancel_reservation: { input: CancelReservationInput, output: CancelReservationOutput },
  shop_items: { input: ShopItemsInput, output: ShopItemsOutput },
  save_item: { input: SaveItemInput, output: SaveItemOutput },
  lookup_code: { input: LookupCodeInput, output: LookupCodeOutput },
  redeem: { input: RedeemInput, output: RedeemOutput },
  shop_statement: { input: ShopStatementInput, output: ShopStatementOutput },
  statement_export: { input: StatementExportInput, output: StatementExportOutput },
} as const;
