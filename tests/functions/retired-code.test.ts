// A stairwell code that was retired (the stairwell removed, its poster maybe still on the wall): the
// code stays taken, a scan answers 「此二维码已停用」 with the community's number instead of "not found",
// it is not offered when choosing the place by hand, and nothing can be filed there.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { startFunctionsCloud } from '../helpers/functions';
import { person, wishForm } from '../helpers/people';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
  // Before any call, so the reference cache reads it.
  await cloud.db.insert('buildings', [
    {
      _id: 'B-0099',
      name: '9栋1单元',
      estateName: '翠湖小区',
      communityId: 'c-jinding',
      communityName: '金鼎社区',
      fixes: 'unit',
      retired: true,
    },
  ]);
});
afterAll(() => cloud.stop());

test('a scan answers retired, with the community and its number', async () => {
  const r = await person(cloud, 'demo-resident')('wish', { action: 'building', scene: 'B-0099' });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.deepEqual(
    { retired: r.data.retired, community: r.data.communityName, hotline: r.data.hotline },
    { retired: true, community: '金鼎社区', hotline: '0871-63120012' },
  );
  const live = await person(cloud, 'demo-resident')('wish', { action: 'building', scene: 'B-0012' });
  assert.equal(live.data.retired, undefined, 'a live code says nothing of it');
});

test('it is not offered when choosing the place by hand', async () => {
  const r = await person(cloud, 'demo-resident')('wish', { action: 'places' });
  const codes = r.data.communities.flatMap((c: { estates: Array<{ buildings: Array<{ buildingId: string }> }> }) =>
    c.estates.flatMap((e) => e.buildings.map((b) => b.buildingId)),
  );
  assert.ok(codes.includes('B-0012'));
  assert.ok(!codes.includes('B-0099'));
});

test('nothing can be filed there: BUILDING.RETIRED, and no wish is written', async () => {
  const before = cloud.db.get('wishes').docs.size;
  const r = await person(cloud, 'demo-resident')('wish', wishForm({ buildingId: 'B-0099' }));
  assert.equal(r.error?.code, 'BUILDING.RETIRED');
  assert.equal(cloud.db.get('wishes').docs.size, before);
});
