// 月结账单: a shop's confirmed redemptions of a month (China time), and the same as an XLSX download.
import { randomBytes } from 'node:crypto';
import { chinaDateTime, monthSpan } from '../../src/domain/bank/window';
import { ok, type Result } from '../../src/domain/errors';
import type { ActionInput, ActionOutput } from '../../src/domain/schemas';
import { shopRedemptions } from '../_lib/collections/rewards';
import { getShop } from '../_lib/collections/shops';
import type { Deps } from '../_lib/context';
import type { HandlerContext } from '../_lib/router';
import { writeStatementXlsx } from '../_lib/sheets/statement';
import { shopOf } from './counter';

export function statementHandlers(deps: Deps) {
  const { db, cloud } = deps;

  async function statement(shopId: string, month: string) {
    const { start, end } = monthSpan(month);
    const [rows, shop] = await Promise.all([shopRedemptions(db, shopId, start, end), getShop(db, shopId)]);
    const items = rows.map((r) => ({ reservationId: r._id, at: chinaDateTime(r.redeemedAt!), itemName: r.itemName, points: r.points }));
    return { month, shopName: shop?.name ?? '', count: items.length, total: items.reduce((s, i) => s + i.points, 0), items };
  }

  return {
    shop_statement: async (
      input: ActionInput<'bank', 'shop_statement'>,
      ctx: HandlerContext,
    ): Promise<Result<ActionOutput<'bank', 'shop_statement'>>> => {
      const shop = shopOf(ctx);
      if (!shop.ok) return shop;
      return ok(await statement(shop.shopId, input.month));
    },

    statement_export: async (
      input: ActionInput<'bank', 'statement_export'>,
      ctx: HandlerContext,
    ): Promise<Result<ActionOutput<'bank', 'statement_export'>>> => {
      const shop = shopOf(ctx);
      if (!shop.ok) return shop;
      const s = await statement(shop.shopId, input.month);
      const content = await writeStatementXlsx(`${s.shopName} ${s.month} 月结账单`, s.items);
      const name = `${s.shopName}${s.month}月结账单.xlsx`;
      const { fileID } = await cloud.uploadFile({ cloudPath: `exports/${randomBytes(8).toString('hex')}.xlsx`, fileContent: content });
      const { fileList } = (await cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: { tempFileURL: string }[] };
      return ok({ fileID, url: fileList[0]?.tempFileURL ?? '', name, rows: s.items.length });
    },
  };
}
