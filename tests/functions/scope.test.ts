// A dispatcher's scope through the real functions: a community dispatcher (青云社区) neither sees nor acts
// on another community's wishes (金鼎社区), reads them as missing, hears only of their own; the street
// dispatcher sees both; a dispatcher role with no grant sees nothing (closed by default) without a read.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { readOutbox } from '../../localcloud/openapi/outbox';
import { startFunctionsCloud } from '../helpers/functions';
import { person, wishForm } from '../helpers/people';

let cloud: LocalCloud;
const QINGYUN_DESK = 'scope-dispatcher-qingyun';
const NO_GRANT = 'scope-dispatcher-without-grant';
const w = { jinding: '', qingyun: '' };

async function file(owner: string, over: Record<string, unknown>, phone: string): Promise<string> {
  const r = await person(cloud, owner)('wish', wishForm({ contact: { name: '张桂兰', phone }, ...over }));
  assert.equal(r.data?.outcome, 'created', JSON.stringify(r.error));
  return r.data.wishId;
}

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await cloud.db.insert('users', [
    { _id: QINGYUN_DESK, roles: ['dispatcher'], grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-qingyun' } }] },
    { _id: NO_GRANT, roles: ['dispatcher'] },
  ]);
  w.jinding = await file('scope-res-1', { buildingId: 'B-0012', room: '201' }, '13711110001');
  w.qingyun = await file('scope-res-2', { buildingId: 'B-0101', room: '2-301' }, '13711110002');
});
afterAll(() => cloud.stop());

const ids = (r: { data: { items: Array<{ id: string }> } }) => r.data.items.map((i) => i.id).sort();

describe('a community dispatcher', () => {
  test("sees their community's wishes only, counted the same way, through the community index", async () => {
    const r = await person(cloud, QINGYUN_DESK)('dispatch', { action: 'queue', page: 0 });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(ids(r), [w.qingyun]);
    assert.equal(r.data.counts.waiting, 1);
    const page = r.requests.filter((q) => q.collection === 'wishes');
    assert.ok(page.length > 0 && page.every((q) => q.served && q.index === 'communityId_1_status_1_dueAt_1'), JSON.stringify(page));
    const street = await person(cloud, 'demo-dispatcher')('dispatch', { action: 'queue', page: 0 });
    assert.deepEqual(ids(street), [w.jinding, w.qingyun].sort(), 'the street dispatcher sees both');
  });

  test.each([
    ['wish', { action: 'detail', wishId: '' }],
    ['dispatch', { action: 'suggest', wishId: '' }],
    ['dispatch', { action: 'dispatch', wishId: '', teamId: 't-lexiujiang' }],
    ['dispatch', { action: 'reject', wishId: '', reason: '不属于本社区的服务范围' }],
    ['dispatch', { action: 'award', wishId: '', points: 5, reason: '补记积分' }],
  ])("reads another community's wish as missing: %s %o", async (fn, event) => {
    const r = await person(cloud, QINGYUN_DESK)(fn, { ...event, wishId: w.jinding });
    assert.equal(r.error?.code, 'WISH.NOT_FOUND', JSON.stringify(r));
    const stored = cloud.db.get('wishes').docs.get(w.jinding) as unknown as { status: string; version: number };
    assert.deepEqual([stored.status, stored.version], ['submitted', 1], 'nothing changed (as filed)');
  });

  test('acts on its own community as before', async () => {
    const r = await person(cloud, QINGYUN_DESK)('dispatch', { action: 'dispatch', wishId: w.qingyun, teamId: 't-paotui' });
    assert.equal(r.data?.status, 'dispatched', JSON.stringify(r.error));
  });

  test("hears of new wishes of its community only; the street's dispatcher of every one", async () => {
    const outbox = await readOutbox(cloud.dataDir);
    const told = (who: string) => outbox.filter((m) => m.touser === who && m.templateId === 'TPL_WISH_WAITING').length;
    assert.equal(told(QINGYUN_DESK), 1);
    assert.equal(told('demo-dispatcher'), 2);
    assert.equal(told(NO_GRANT), 0);
  });
});

describe('a dispatcher role without a grant', () => {
  test('sees an empty queue, without reading wishes, and no wish', async () => {
    const r = await person(cloud, NO_GRANT)('dispatch', { action: 'queue', page: 0 });
    assert.equal(r.ok, true);
    assert.deepEqual(r.data.items, []);
    assert.equal(r.data.counts.waiting, 0);
    assert.equal(r.requests.filter((q) => q.collection === 'wishes').length, 0);
    const detail = await person(cloud, NO_GRANT)('wish', { action: 'detail', wishId: w.qingyun });
    assert.equal(detail.error?.code, 'WISH.NOT_FOUND');
  });
});
