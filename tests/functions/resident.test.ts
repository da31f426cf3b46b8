// The resident's and the 帮办员's side through the real `wish` function: the place list for a resident
// who did not scan, the room asked per building code, filing for an elder (landline, no phone, the
// helper's contact, consent by proxy) and the helper's rating on the elder's behalf.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { DEMO_STREET_HOTLINE } from '../../scripts/demo-data';
import { startFunctionsCloud } from '../helpers/functions';
import { person, wishForm } from '../helpers/people';

let cloud: LocalCloud;
beforeAll(async () => {
  // One instance, so the second read of the reference data is the warm instance's cache.
  cloud = await startFunctionsCloud({ poolSize: 1 });
});
afterAll(() => cloud.stop());

const wishDoc = (id: string) => cloud.db.get('wishes').docs.get(id) as Record<string, unknown> | undefined;
const HELPER = { name: '周丽', phone: '13700000001' };
const elderForm = (over: Record<string, unknown> = {}) =>
  wishForm({
    proxy: true,
    contact: { name: '王奶奶', phone: '0871-63120099' },
    helper: HELPER,
    noPhone: false,
    proxyConsent: true,
    ...over,
  });

describe('choosing the place by hand (wish.places)', () => {
  test('communities → estates → stairwells, with hotlines and what each code fixes; public fields only; cached', async () => {
    const me = person(cloud, 'demo-resident');
    const first = await me('wish', { action: 'places' });
    assert.equal(first.ok, true, JSON.stringify(first.error));
    assert.deepEqual(first.data, {
      streetHotline: DEMO_STREET_HOTLINE,
      communities: [
        {
          communityId: 'c-jinding',
          name: '金鼎社区',
          hotline: '0871-63120012',
          estates: [
            {
              name: '翠湖小区',
              buildings: [
                { buildingId: 'B-0012', name: '3栋2单元', fixes: 'unit' },
                { buildingId: 'B-0013', name: '5栋1单元', fixes: 'unit' },
              ],
            },
          ],
        },
        {
          communityId: 'c-qingyun',
          name: '青云社区',
          hotline: '0871-63120101',
          estates: [{ name: '青云里', buildings: [{ buildingId: 'B-0101', name: '1栋', fixes: 'building' }] }],
        },
      ],
    });
    assert.ok(first.requests.length <= 3, `at most one read per reference collection: ${first.requests.length}`);
    const again = await me('wish', { action: 'places' });
    assert.deepEqual(again.data, first.data);
    assert.equal(again.requests.length, 0, 'the warm instance answers from its cache');
  });

  test('a scanned code says what it fixes and which number to call', async () => {
    const r = await person(cloud, 'demo-resident')('wish', { action: 'building', scene: 'B-0101' });
    assert.deepEqual(r.data, {
      buildingId: 'B-0101',
      name: '1栋',
      estateName: '青云里',
      communityId: 'c-qingyun',
      communityName: '青云社区',
      fixes: 'building',
      hotline: '0871-63120101',
    });
  });
});

describe('the room, per building code', () => {
  const cases: Array<[string, string, boolean]> = [
    ['B-0012', '502', true],
    ['B-0012', '3-201', false],
    ['B-0101', '2-502', true],
    ['B-0101', '502', false],
  ];
  let n = 0;
  for (const [buildingId, room, ok] of cases) {
    test(`${buildingId} room ${room} → ${ok ? 'filed' : 'refused on room, nothing written'}`, async () => {
      const seq = cloud.db.seq;
      const r = await person(cloud, `room-res-${++n}`)(
        'wish',
        wishForm({ buildingId, room, contact: { name: '张桂兰', phone: `1390000100${n}` } }),
      );
      if (ok) return assert.equal(r.data?.outcome, 'created', JSON.stringify(r.error));
      assert.equal(r.error?.code, 'INPUT.INVALID');
      assert.equal((r.error as { issues?: Array<{ path: string }> }).issues?.[0]?.path, 'room');
      assert.equal(cloud.db.seq, seq, 'a refused call writes nothing');
    });
  }
});

describe('帮办: a helper files for an elder', () => {
  // `cloud` exists once beforeAll ran: ask for the caller at call time.
  const helper = (fn: string, event: Record<string, unknown>) => person(cloud, 'demo-helper')(fn, event);

  test('a landline and the helper’s contact are recorded; the dispatcher sees both, a team member masked', async () => {
    const s = await helper('wish', elderForm());
    assert.equal(s.data?.outcome, 'created', JSON.stringify(s.error));
    const doc = wishDoc(s.data.wishId)!;
    assert.deepEqual(doc.contact, { name: '王奶奶', phone: '0871-63120099' });
    assert.deepEqual(doc.helper, HELPER);
    assert.ok(doc.proxyConsentAt instanceof Date || typeof doc.proxyConsentAt === 'object', 'consent by proxy recorded');
    const centre = await person(cloud, 'demo-dispatcher')('wish', { action: 'detail', wishId: s.data.wishId });
    assert.deepEqual(centre.data.helper, { ...HELPER, masked: false });
    await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId: s.data.wishId, teamId: 't-lexiujiang' });
    const member = await person(cloud, 'demo-volunteer')('wish', { action: 'detail', wishId: s.data.wishId });
    assert.deepEqual([member.data.helper, member.data.contact.phone], [{ name: '周*', phone: '137****0001', masked: true }, '****0099']);
    const stranger = await person(cloud, 'demo-resident-2')('wish', { action: 'detail', wishId: s.data.wishId });
    assert.equal(stranger.error?.code, 'WISH.NOT_FOUND', 'strangers see no wish, so no helper');
  });

  test('an elder without a phone is reached through the helper’s phone', async () => {
    const s = await helper('wish', elderForm({ contact: { name: '李爷爷', phone: '' }, noPhone: true, category: 'companionship' }));
    assert.equal(s.data?.outcome, 'created', JSON.stringify(s.error));
    const doc = wishDoc(s.data.wishId)!;
    assert.deepEqual([doc.contact, doc.noPhone], [{ name: '李爷爷', phone: HELPER.phone }, true]);
  });

  test('only for the communities the helper serves: PROXY.OUT_OF_SCOPE elsewhere, nothing written', async () => {
    await cloud.db.insert('users', [
      {
        _id: 'helper-jinding-only',
        roles: ['resident', 'helper'],
        grants: [{ role: 'helper', scope: { kind: 'community', id: 'c-jinding' } }],
      },
    ]);
    const seq = cloud.db.seq;
    const r = await person(cloud, 'helper-jinding-only')('wish', elderForm({ buildingId: 'B-0101', room: '2-301' }));
    assert.equal(r.error?.code, 'PROXY.OUT_OF_SCOPE', JSON.stringify(r));
    assert.equal(cloud.db.seq, seq);
    // the street's dispatcher may file for anyone of the street
    const centre = await person(cloud, 'demo-dispatcher')('wish', elderForm({ buildingId: 'B-0101', room: '2-301' }));
    assert.equal(centre.data?.outcome, 'created', JSON.stringify(centre.error));
  });

  const refused: Array<[string, Record<string, unknown>, string]> = [
    ['without the elder’s consent', { proxyConsent: false }, 'proxyConsent'],
    ['without the helper’s contact', { helper: undefined }, 'helper'],
    ['with an empty phone and no tick', { contact: { name: '王奶奶', phone: '' } }, 'contact.phone'],
  ];
  for (const [name, over, path] of refused) {
    test(`refused ${name} (INPUT.INVALID on ${path}), nothing written`, async () => {
      const seq = cloud.db.seq;
      const r = await helper('wish', elderForm(over));
      assert.equal(r.error?.code, 'INPUT.INVALID');
      assert.ok(
        (r.error as { issues?: Array<{ path: string }> }).issues?.some((i) => i.path === path),
        JSON.stringify(r.error),
      );
      assert.equal(cloud.db.seq, seq);
    });
  }

  test('a resident filing for themselves still gives a mobile', async () => {
    const r = await person(cloud, 'landline-res')('wish', wishForm({ contact: { name: '张桂兰', phone: '0871-63120012' } }));
    assert.equal(r.error?.code, 'INPUT.INVALID');
  });

  test('the helper rates on the elder’s behalf, and the history records it', async () => {
    const s = await helper('wish', elderForm({ category: 'cleaning', contact: { name: '赵奶奶', phone: '63120077' } }));
    const wishId = s.data.wishId;
    assert.equal((await person(cloud, 'demo-dispatcher')('dispatch', { action: 'dispatch', wishId, teamId: 't-lexiujiang' })).ok, true);
    const v = person(cloud, 'demo-volunteer');
    for (const event of [
      { action: 'claim', wishId },
      { action: 'check_in', wishId },
      { action: 'complete', wishId, summary: '已代买药品', minutes: 30 },
    ]) {
      const r = await v('volunteer', event);
      assert.equal(r.ok, true, JSON.stringify(r.error));
    }
    const rated = await helper('wish', { action: 'rate', wishId, stars: 5, comment: '老人很满意' });
    assert.equal(rated.ok, true, JSON.stringify(rated.error));
    const seen = await helper('wish', { action: 'detail', wishId });
    const entry = seen.data.history.find((h: { action: string }) => h.action === 'rate');
    assert.deepEqual([entry.onBehalf, entry.byMe, entry.stars], [true, true, 5]);
  });
});
