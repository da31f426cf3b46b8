// Sponsors of the 四个一点 and the merchant's shop profile through the real `admin` (and `bank`)
// functions on the demo data: 新增赞助方 opens a budget at 0 once per request id, a change is a
// compare-and-set that never touches the balance; the merchant edits only its own shop (content-checked,
// compare-and-set) and volunteers see the address and hours in 爱心兑换.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { DEMO_FOUR_SOURCES } from '../../scripts/demo-data';
import { startFunctionsCloud } from '../helpers/functions';
import { person } from '../helpers/people';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
});
afterAll(() => cloud.stop());

const admin = () => person(cloud, 'demo-admin');
const merchant = () => person(cloud, 'demo-merchant');
const accountDoc = (id: string) => cloud.db.get('accounts').docs.get(id) as Record<string, unknown> | undefined;
const journalCount = () => cloud.db.get('journal').docs.size;
const NOT_ADMINS = ['demo-dispatcher', 'demo-resident', 'demo-volunteer', 'demo-leader', 'demo-merchant', 'demo-helper'];

describe('sponsors and their sources', () => {
  test('the demo: the street’s budget (政府买单) and two of the 四个一点, each funded by a budget_grant entry', async () => {
    const r = await admin()('admin', { action: 'sponsors', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const bySponsor = new Map(r.data.items.map((s: { sponsorId: string }) => [s.sponsorId, s]));
    assert.deepEqual(
      [...bySponsor.values()].map((s: any) => [s.sponsorId, s.source, s.balance]), // eslint-disable-line @typescript-eslint/no-explicit-any
      [
        ['sp-enterprise-xingfu', 'enterprise', 1_000],
        ['sp-partner-power', 'partner', 2_000],
        ['street-xmh', 'government', 100_000],
      ],
    );
    for (const s of DEMO_FOUR_SOURCES) {
      const grant = cloud.db.get('journal').docs.get(`grant:${s.sponsorId}:initial`) as unknown as {
        kind: string;
        lines: { points: number }[];
      };
      assert.equal(grant.kind, 'budget_grant');
      assert.equal(
        grant.lines.reduce((sum, l) => sum + l.points, 0),
        0,
      );
    }
    assert.equal(accountDoc('issuer:head-office')?.balance, -103_000);
  });

  test('create_sponsor: balance 0 and no journal entry; the same request again creates nothing', async () => {
    const event = {
      action: 'create_sponsor',
      name: '某某公司爱心基金',
      source: 'enterprise',
      note: '年度捐赠',
      requestId: 'req_sp_create_01',
    };
    const entries = journalCount();
    const [a, b] = await Promise.all([admin()('admin', event), admin()('admin', event)]);
    assert.equal(a.ok && b.ok, true, JSON.stringify([a.error, b.error]));
    assert.equal(a.data.sponsorId, b.data.sponsorId);
    assert.deepEqual([a.data.created, b.data.created].sort(), [false, true]);
    const stored = accountDoc(`sponsor:${a.data.sponsorId}`)!;
    assert.deepEqual(
      [stored.kind, stored.name, stored.source, stored.note, stored.balance, stored.version, stored.by],
      ['sponsor', '某某公司爱心基金', 'enterprise', '年度捐赠', 0, 1, 'demo-admin'],
    );
    assert.equal(journalCount(), entries, 'no points without a grant');
    const list = await admin()('admin', { action: 'sponsors', page: 0 });
    const mine = list.data.items.find((s: { sponsorId: string }) => s.sponsorId === a.data.sponsorId);
    assert.deepEqual(mine, {
      sponsorId: a.data.sponsorId,
      name: '某某公司爱心基金',
      source: 'enterprise',
      note: '年度捐赠',
      version: 1,
      balance: 0,
      communities: [],
    });
    // It can be funded like any sponsor.
    const g = await admin()('admin', {
      action: 'grant_budget',
      sponsorId: a.data.sponsorId,
      points: 50,
      reason: '首笔捐赠',
      requestId: 'req_sp_grant_01',
    });
    assert.equal(g.data?.balance, 50, JSON.stringify(g.error));
  });

  test('update_sponsor: renames and reclassifies against the version read; a stale version changes nothing; the balance stays', async () => {
    const before = accountDoc('sponsor:sp-partner-power')!;
    const event = {
      action: 'update_sponsor',
      sponsorId: 'sp-partner-power',
      version: 1,
      name: '供电所包联党支部（二组）',
      source: 'donation',
    };
    const r = await admin()('admin', event);
    assert.deepEqual(r.data, { sponsorId: 'sp-partner-power', version: 2 }, JSON.stringify(r.error));
    const after = accountDoc('sponsor:sp-partner-power')!;
    assert.deepEqual([after.name, after.source, after.note, after.balance], ['供电所包联党支部（二组）', 'donation', '', before.balance]);
    const seq = cloud.db.seq;
    assert.equal((await admin()('admin', { ...event, name: '别的名字' })).error?.code, 'SPONSOR.CHANGED');
    assert.equal((await admin()('admin', { ...event, sponsorId: 'nobody' })).error?.code, 'SPONSOR.NOT_FOUND');
    assert.equal(cloud.db.seq, seq, 'refusals write nothing');
    // A sponsor written before sponsors had versions is at version 0.
    await cloud.db.insert('accounts', [{ _id: 'sponsor:old-one', kind: 'sponsor', name: '旧赞助方', balance: 5, minutes: 0 }]);
    const old = await admin()('admin', {
      action: 'update_sponsor',
      sponsorId: 'old-one',
      version: 0,
      name: '旧赞助方',
      source: 'residents',
    });
    assert.equal(old.data?.version, 1, JSON.stringify(old.error));
  });

  test('everyone but an admin is refused writing nothing', async () => {
    for (const who of NOT_ADMINS) {
      const seq = cloud.db.seq;
      const c = await person(cloud, who)('admin', {
        action: 'create_sponsor',
        name: '试一下',
        source: 'donation',
        requestId: `req_sp_${who}`,
      });
      const u = await person(cloud, who)('admin', {
        action: 'update_sponsor',
        sponsorId: 'street-xmh',
        version: 1,
        name: '改名',
        source: 'donation',
      });
      assert.deepEqual([c.error?.code, u.error?.code], ['AUTH.FORBIDDEN', 'AUTH.FORBIDDEN'], who);
      assert.equal(cloud.db.seq, seq, who);
    }
  });
});

describe('the merchant’s shop profile', () => {
  const edit = { action: 'edit_shop', address: '翠湖小区南门东侧', hours: '每天 7:30–21:30', intro: '社区里的爱心超市，积分可换米面油' };

  test('edit_shop: its own shop, against the version read; 爱心兑换 shows the address and hours', async () => {
    const shop = await merchant()('admin', { action: 'shop' });
    assert.equal(shop.data.version, 0);
    const r = await merchant()('admin', { ...edit, version: 0 });
    assert.deepEqual(r.data, { shopId: 'shop-xingfu', version: 1 }, JSON.stringify(r.error));
    const after = await merchant()('admin', { action: 'shop' });
    assert.deepEqual(
      [after.data.address, after.data.hours, after.data.intro, after.data.version],
      [edit.address, edit.hours, edit.intro, 1],
    );
    const seq = cloud.db.seq;
    assert.equal((await merchant()('admin', { ...edit, version: 0, hours: '别的时间' })).error?.code, 'SHOP.CHANGED');
    assert.equal(cloud.db.seq, seq);
    const list = await person(cloud, 'demo-volunteer')('bank', { action: 'rewards', page: 0 });
    const oil = list.data.items.find((i: { itemId: string }) => i.itemId === 'rw-xingfu-oil');
    const towel = list.data.items.find((i: { itemId: string }) => i.itemId === 'rw-cishan-towel');
    assert.deepEqual([oil.shopAddress, oil.shopHours], [edit.address, edit.hours]);
    assert.deepEqual([towel.shopAddress, towel.shopHours], ['青云路18号', '周一至周六 9:00–18:00']);
  });

  test('text that fails the content check is refused, writing nothing', async () => {
    const version = (await merchant()('admin', { action: 'shop' })).data.version;
    const seq = cloud.db.seq;
    const r = await merchant()('admin', { ...edit, version, intro: '这里有测试违规词需要处理' });
    assert.equal(r.error?.code, 'WISH.CONTENT_RISKY');
    assert.equal(cloud.db.seq, seq);
  });

  test('a merchant without a shop grant, and everyone else, change nothing', async () => {
    await cloud.db.insert('users', [{ _id: 'sp-merchant-2', roles: ['merchant'] }]);
    const seq = cloud.db.seq;
    assert.equal((await person(cloud, 'sp-merchant-2')('admin', { ...edit, version: 1 })).error?.code, 'SHOP.NOT_FOUND');
    for (const who of ['demo-admin', 'demo-dispatcher', 'demo-volunteer', 'demo-resident'])
      assert.equal((await person(cloud, who)('admin', { ...edit, version: 1 })).error?.code, 'AUTH.FORBIDDEN', who);
    assert.equal(cloud.db.seq, seq);
  });
});
