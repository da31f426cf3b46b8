// Journal entries a test stores directly (the ledger's own paths are tested elsewhere).
import type { LocalCloud } from '../../localcloud';

/** One hour of service in June 2025 on `openid`'s passbook (a zero-point entry), stored once. */
export async function hourIn2025(cloud: LocalCloud, openid: string): Promise<void> {
  const _id = `hours-2025-${openid}`;
  if (cloud.db.get('journal').docs.has(_id)) return;
  const accounts = ['sponsor:street-xmh', `passbook:${openid}`];
  await cloud.db.insert('journal', [
    {
      _id,
      kind: 'service_hours',
      category: 'service',
      at: new Date('2025-06-01T02:00:00Z'),
      lines: accounts.map((account) => ({ account, points: 0 })),
      accounts,
      minutes: 60,
      memo: '助餐 已退回重办，记服务时长',
      by: 'system',
      reason: '测试',
    },
  ]);
}
