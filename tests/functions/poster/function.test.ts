// The `poster` function in the local cloud with the demo data: one stairwell's poster, a community's
// batch in chunks with progress, stored codes reused (wxacode.getUnlimited counted), and who may do it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';
import { decodePage, pageCount, pageText, save } from './helpers';

const OUT = path.join(__dirname, '../../out/poster-function');
const MANY = 23; // three chunks of at most 10
const JINDING_DISPATCHER = 'disp-jinding';

let cloud: LocalCloud;
const admin = () => person(cloud, 'demo-admin');
const getUnlimitedCalls = () => cloud.openapiCalls.filter((c) => c.apiName === 'wxacode.getUnlimited').length;

async function fetchPdf(url: string, name: string): Promise<string> {
  const res = await fetch(url);
  assert.equal(res.status, 200);
  return save(OUT, name, new Uint8Array(await res.arrayBuffer()));
}

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  // Before any call, so the function's reference cache reads them.
  await cloud.db.insert('communities', [
    { _id: 'c-many', name: '百楼社区', street: '洗马河街道', sponsorId: 'street-xmh', hotline: '0871-63120199' },
  ]);
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
    ...Array.from({ length: MANY }, (_, i) => ({
      _id: `M-${String(i + 1).padStart(3, '0')}`,
      name: `${i + 1}栋`,
      estateName: '百楼小区',
      communityId: 'c-many',
      communityName: '百楼社区',
      fixes: 'building',
    })),
  ]);
  await cloud.db.insert('users', [
    { _id: JINDING_DISPATCHER, roles: ['dispatcher'], grants: [{ role: 'dispatcher', scope: { kind: 'community', id: 'c-jinding' } }] },
  ]);
});
afterAll(() => cloud.stop());

describe('the posters page lists', () => {
  test("every community for the street's admin, retired stairwells marked", async () => {
    const r = await admin()('poster', { action: 'communities' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const jinding = r.data.communities.find((c: { communityId: string }) => c.communityId === 'c-jinding');
    assert.deepEqual(
      r.data.communities.map((c: { communityId: string }) => c.communityId),
      ['c-jinding', 'c-many', 'c-qingyun'],
    );
    assert.deepEqual(jinding.stairwells, [
      { code: 'B-0012', estateName: '翠湖小区', name: '3栋2单元', retired: false },
      { code: 'B-0013', estateName: '翠湖小区', name: '5栋1单元', retired: false },
      { code: 'B-0099', estateName: '翠湖小区', name: '9栋1单元', retired: true },
    ]);
  });

  test("only a community dispatcher's own community", async () => {
    const r = await person(cloud, JINDING_DISPATCHER)('poster', { action: 'communities' });
    assert.deepEqual(
      r.data.communities.map((c: { communityId: string }) => c.communityId),
      ['c-jinding'],
    );
  });
});

describe('one stairwell', () => {
  test('its poster: a one-page PDF in storage whose code opens the landing page with its scene', async () => {
    const before = getUnlimitedCalls();
    const r = await admin()('poster', { action: 'poster', code: 'B-0012' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.match(r.data.fileID, /^cloud:\/\/.+\/posters\/B-0012\.pdf$/);
    const file = await fetchPdf(r.data.url, 'B-0012.pdf');
    assert.equal(pageCount(file), 1);
    assert.deepEqual(decodePage(file, 1), { page: 'pages/index/index', scene: 'B-0012', envVersion: 'release' });
    assert.ok(pageText(file).includes('翠湖小区 · 3栋2单元'));
    assert.ok(pageText(file).includes('社区电话：0871-63120012'));
    assert.equal(getUnlimitedCalls() - before, 1, 'the code was made once');
    assert.ok(cloud.db.get('qrcodes').docs.has('B-0012'), 'and remembered');
  });

  test('asked again, the stored code is reused: no getUnlimited call', async () => {
    const before = getUnlimitedCalls();
    const r = await admin()('poster', { action: 'poster', code: 'B-0012' });
    assert.equal(r.ok, true);
    assert.equal(getUnlimitedCalls(), before);
  });

  test('a retired stairwell gets none; an unknown one is not found', async () => {
    assert.equal((await admin()('poster', { action: 'poster', code: 'B-0099' })).error?.code, 'POSTER.RETIRED');
    assert.equal((await admin()('poster', { action: 'poster', code: 'B-9999' })).error?.code, 'BUILDING.NOT_FOUND');
  });
});

describe("a community's batch", () => {
  let jobId = '';

  test('金鼎社区: one page per active stairwell (not the retired one), page 1 the first stairwell', async () => {
    const r = await admin()('poster', { action: 'batch', communityId: 'c-jinding' });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.equal(r.data.status, 'done');
    assert.deepEqual([r.data.done, r.data.total, r.data.file.pages], [2, 2, 2]);
    const file = await fetchPdf(r.data.file.url, 'jinding.pdf');
    assert.equal(pageCount(file), 2);
    assert.deepEqual(decodePage(file, 1), { page: 'pages/index/index', scene: 'B-0012', envVersion: 'release' });
    assert.equal(decodePage(file, 2)?.scene, 'B-0013');
    assert.ok(!pageText(file, 2).includes('9栋1单元'));
  });

  test(`${MANY} stairwells: progress goes up chunk by chunk to the total; asked again it continues the same job`, async () => {
    const before = getUnlimitedCalls();
    const seen: Array<[number, number, string]> = [];
    for (let i = 0; i < 5; i++) {
      const r = await admin()('poster', { action: 'batch', communityId: 'c-many' });
      assert.equal(r.ok, true, JSON.stringify(r.error));
      jobId ||= r.data.jobId;
      assert.equal(r.data.jobId, jobId, 'the same job');
      seen.push([r.data.done, r.data.total, r.data.status]);
      if (r.data.status === 'done') break;
    }
    assert.deepEqual(seen, [
      [10, MANY, 'running'],
      [20, MANY, 'running'],
      [MANY, MANY, 'done'],
    ]);
    assert.equal(getUnlimitedCalls() - before, MANY, 'one code made per stairwell');
  });

  test('the PDF has one page per stairwell in order, each with its own code', async () => {
    const r = await admin()('poster', { action: 'job', jobId });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const file = await fetchPdf(r.data.file.url, 'many.pdf');
    assert.equal(pageCount(file), MANY);
    for (const page of [1, 10, 11, MANY]) assert.equal(decodePage(file, page)?.scene, `M-${String(page).padStart(3, '0')}`);
    assert.ok(pageText(file, 11).includes('百楼小区 · 11栋'));
  });

  test('the parts are deleted once the whole PDF is stored', () => {
    const stored = fs.readdirSync(path.join(cloud.dataDir, 'storage'), { recursive: true }).map(String);
    assert.ok(stored.some((f) => f.endsWith(`posters/${jobId}.pdf`)));
    assert.deepEqual(
      stored.filter((f) => f.includes(`posters/${jobId}/part-`)),
      [],
    );
  });

  test('done, asked again: the same PDF, nothing rendered', async () => {
    const r = await admin()('poster', { action: 'batch', communityId: 'c-many' });
    assert.equal(r.data.jobId, jobId);
    assert.equal(r.data.status, 'done');
    assert.equal(r.requests.filter((q) => q.collection === 'qrcodes').length, 0);
  });

  test('a new batch of the same stairwells reuses every stored code: zero getUnlimited calls', async () => {
    await cloud.db.remove('jobs', { _id: jobId }, false);
    const before = getUnlimitedCalls();
    let status = '';
    for (let i = 0; i < 5 && status !== 'done'; i++)
      status = (await admin()('poster', { action: 'batch', communityId: 'c-many' })).data.status;
    assert.equal(status, 'done');
    assert.equal(getUnlimitedCalls(), before);
  });
});

describe('who may', () => {
  const dispatcher = () => person(cloud, JINDING_DISPATCHER);

  test("a community dispatcher makes their community's posters", async () => {
    assert.equal((await dispatcher()('poster', { action: 'poster', code: 'B-0013' })).ok, true);
    assert.equal((await dispatcher()('poster', { action: 'batch', communityId: 'c-jinding' })).ok, true);
  });

  test("but not another community's, and writes nothing", async () => {
    const seq = cloud.db.seq;
    assert.equal((await dispatcher()('poster', { action: 'batch', communityId: 'c-qingyun' })).error?.code, 'AUTH.FORBIDDEN');
    assert.equal((await dispatcher()('poster', { action: 'poster', code: 'B-0101' })).error?.code, 'AUTH.FORBIDDEN');
    assert.equal(cloud.db.seq, seq);
  });

  test("reads their community's batch, whoever started it, but not another community's", async () => {
    const jinding = (await admin()('poster', { action: 'batch', communityId: 'c-jinding' })).data.jobId;
    assert.equal((await dispatcher()('poster', { action: 'batch', communityId: 'c-jinding' })).data.jobId, jinding, 'the same job');
    assert.equal((await dispatcher()('poster', { action: 'job', jobId: jinding })).data.status, 'done');
    const many = (await admin()('poster', { action: 'batch', communityId: 'c-many' })).data.jobId;
    assert.equal((await dispatcher()('poster', { action: 'job', jobId: many })).error?.code, 'POSTER.JOB_NOT_FOUND');
  });

  test('residents, volunteers and merchants are refused', async () => {
    for (const who of ['demo-resident', 'demo-volunteer', 'demo-merchant']) {
      assert.equal((await person(cloud, who)('poster', { action: 'communities' })).error?.code, 'AUTH.FORBIDDEN');
    }
  });
});

test('every query was served by a declared index', () => {
  assert.equal(cloud.log.unindexed, 0);
});
