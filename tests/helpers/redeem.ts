// Test set-up for the bank's rewards: registered volunteers with points (a balanced bonus entry from the
// head office, as an admin's would be), items at a shop, and the invariants of reservations.
import type { LocalCloud } from '../../localcloud';
import type { Database } from '../../localcloud/store/database';
import { ISSUER, makeEntry, passbookOf } from '../../src/domain/bank/ledger';
import type { Reservation } from '../../src/domain/bank/reservation';
import type { Reward } from '../../src/domain/bank/reward';

const OPTS = { multi: false, replace: false, upsert: true };

/** Registers `openid` as a volunteer of c-jinding and pays it `points` (journal entry + stored balances). */
export async function volunteerWithPoints(db: Database, openid: string, points: number, name = '王小明'): Promise<void> {
  const now = new Date();
  if (!db.get('users').docs.has(openid))
    await db.insert('users', [{ _id: openid, roles: ['resident', 'volunteer'], grants: [], createdAt: now }]);
  if (!db.get('volunteers').docs.has(openid))
    await db.insert('volunteers', [
      { _id: openid, name, phone: '13800009999', skills: [], communityId: 'c-jinding', partyMember: false, createdAt: now },
    ]);
  if (points <= 0) return;
  const entry = makeEntry({
    _id: `bonus:${openid}:${db.get('journal').docs.size}`,
    kind: 'bonus',
    at: now,
    lines: [
      { account: ISSUER, points: -points },
      { account: passbookOf(openid), points },
    ],
    memo: '测试奖励积分',
  });
  await db.insert('journal', [{ ...entry }]);
  await db.update('accounts', { _id: ISSUER }, { $inc: { balance: -points } }, OPTS);
  await db.update(
    'accounts',
    { _id: passbookOf(openid) },
    { $inc: { balance: points, minutes: 0 }, $set: { kind: 'passbook', owner: openid } },
    OPTS,
  );
}

/** An item at `shopId` with `stock` left. */
export async function rewardItem(db: Database, id: string, points: number, stock: number, shopId = 'shop-xingfu'): Promise<void> {
  const now = new Date();
  await db.insert('rewards', [
    {
      _id: id,
      shopId,
      name: `测试商品${id}`,
      points,
      stock,
      active: true,
      available: stock > 0,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
  ]);
}

export const reservationsIn = (db: Database) => [...db.get('reservations').docs.values()] as unknown as Reservation[];
export const rewardIn = (db: Database, id: string) => db.get('rewards').docs.get(id) as unknown as Reward;
export const balanceIn = (db: Database, account: string) => (db.get('accounts').docs.get(account)?.balance as number | undefined) ?? 0;

/**
 * Reservations agree with the ledger: a held one's hold account has its points, an ended one's is
 * empty; exactly the entries its status implies; an item's stock never below zero.
 */
export function reservationViolations(cloud: LocalCloud): string[] {
  const db = cloud.db;
  const out: string[] = [];
  const journal = db.get('journal').docs;
  for (const r of reservationsIn(db)) {
    const hold = balanceIn(db, `hold:${r._id}`);
    const expected = r.status === 'held' ? r.points : 0;
    if (hold !== expected) out.push(`${r._id} ${r.status}: hold ${hold} ≠ ${expected}`);
    const has = (id: string) => journal.has(id);
    if (!has(`hold:${r._id}`)) out.push(`${r._id}: no hold entry`);
    if (has(`redeem:${r._id}`) !== (r.status === 'redeemed')) out.push(`${r._id} ${r.status}: redeem entry ${has(`redeem:${r._id}`)}`);
    if (has(`release:${r._id}`) !== (r.status === 'expired' || r.status === 'cancelled'))
      out.push(`${r._id} ${r.status}: release entry ${has(`release:${r._id}`)}`);
  }
  for (const item of db.get('rewards').docs.values())
    if ((item.stock as number) < 0) out.push(`${String(item._id)}: stock ${String(item.stock)}`);
  return out;
}

/** Opens the monthly window whatever another test set (settings/redemption stored or not). */
export async function openWindow(db: Database): Promise<void> {
  if (db.get('settings').docs.has('redemption'))
    await db.update('settings', { _id: 'redemption' }, { $set: { 'value.window': { fromDay: 1, toDay: 31 } } }, { ...OPTS, upsert: false });
}

/** A held reservation of rw-xingfu-soap (30 points, 幸福超市) by `openid`, given the points for it. */
export async function freshReservation(
  cloud: LocalCloud,
  openid: string,
): Promise<{ reservationId: string; digits: string; token: string }> {
  await volunteerWithPoints(cloud.db, openid, 30);
  await openWindow(cloud.db);
  const requestId = `req_fresh_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const r = await cloud.host.invoke('bank', { action: 'reserve', itemId: 'rw-xingfu-soap', requestId }, { source: 'wx_client', openid });
  const answer = r.ok
    ? (r.result as { ok: boolean; data: { reservationId: string; digits: string; token: string }; error?: unknown })
    : undefined;
  if (!answer?.ok) throw new Error(`reserve failed: ${JSON.stringify(r.ok ? answer?.error : r)}`);
  return answer.data;
}
