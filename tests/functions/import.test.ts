// The spreadsheet import through the real `sheets` function on the local cloud, as the street's admin:
// the dry run lists problems and writes nothing; apply is all or nothing and idempotent; a changed row
// updates; 5,000 rows finish over resumable chunks with about one database request per row; a job that
// stopped before its commit point leaves nothing; export → import changes nothing; the demo seed through
// the function gives exactly the documents the tests rely on.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../localcloud';
import { readSheet } from '../../cloudfunctions/_lib/sheets/read';
import { writeCsvSheet, writeXlsx } from '../../cloudfunctions/_lib/sheets/write';
import { COLUMNS, type ImportKind } from '../../src/domain/org/import';
import { seedDemo } from '../../scripts/demo-data';
import { importDemoSheets, putImportFile } from '../../scripts/demo-import';
import { startTestCloud } from '../helpers/cloud';
import { sharedFunctions } from '../helpers/built';
import { startFunctionsCloud } from '../helpers/functions';
import { person, type Called } from '../helpers/people';

let cloud: LocalCloud;
let admin: ReturnType<typeof person>;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
  admin = person(cloud, 'demo-admin');
}, 120_000);
afterAll(() => cloud?.stop());

const csv = (kind: ImportKind, rows: Record<string, string>[]) => Buffer.from(writeCsvSheet(kind, rows), 'utf8');
const upload = (bytes: Buffer, ext: 'xlsx' | 'csv' = 'csv') => putImportFile(cloud, bytes, ext);
const OPTS = { multi: false, replace: false, upsert: false };
const get = <T>(c: string, id: string) => cloud.db.get(c).docs.get(id) as unknown as T;
const docs = (c: string) => [...cloud.db.get(c).docs.values()] as Array<Record<string, unknown>>;

/** apply, then job until it ends; every call's answer. */
async function importAll(kind: ImportKind, fileID: string): Promise<Called[]> {
  const calls = [await admin('sheets', { action: 'apply', kind, fileID })];
  while (calls.at(-1)?.ok && calls.at(-1)?.data.status === 'running') {
    calls.push(await admin('sheets', { action: 'job', jobId: calls.at(-1)?.data.jobId }));
    assert.ok(calls.length < 50, 'the job ends');
  }
  return calls;
}

const place = (over: Record<string, string> = {}) => ({
  街道: '洗马河街道',
  社区: '白云社区',
  社区电话: '0871-63125555',
  小区: '白云小区',
  '楼栋/单元': '1栋1单元',
  楼栋码: 'W-0001',
  码已含单元: '是',
  ...over,
});

describe('check and apply', () => {
  test('a good file: the dry run counts what apply then writes', async () => {
    const fileID = await upload(csv('places', [place(), place({ '楼栋/单元': '1栋2单元', 楼栋码: 'W-0002' })]));
    const seq = cloud.db.seq;
    const checked = await admin('sheets', { action: 'check', kind: 'places', fileID });
    assert.equal(checked.ok, true, JSON.stringify(checked.error));
    assert.deepEqual(checked.data, { rows: 2, problems: [], more: 0, summary: { create: 3, update: 0, unchanged: 1 } });
    assert.equal(cloud.db.seq, seq, 'the dry run writes nothing');

    const calls = await importAll('places', fileID);
    const last = calls.at(-1)!;
    assert.equal(last.data.status, 'done', JSON.stringify(last));
    assert.deepEqual([last.data.done, last.data.total], [3, 3]);
    const community = docs('communities').find((c) => c.name === '白云社区');
    assert.deepEqual(
      { ...community, _id: undefined },
      { _id: undefined, name: '白云社区', street: '洗马河街道', sponsorId: 'street-xmh', hotline: '0871-63125555' },
    );
    assert.equal(cloud.db.get('buildings').docs.get('W-0002')?.communityId, community?._id);
    assert.equal(docs('importRows').length, 0, 'the staged documents are dropped once committed');
    assert.equal(cloud.log.unindexed, 0, 'every query was served by a declared index');
  });

  test('bad rows: every problem in Chinese with row and column, and neither check nor apply writes anything', async () => {
    const fileID = await upload(
      csv('teams', [
        { 队伍名称: '新队一', 上级队伍: '乐修匠服务队', 专长: '乐修匠' },
        { 队伍名称: '新队二', 专长: '飞行', 服务社区: '白云山社区' },
      ]),
    );
    const seq = cloud.db.seq;
    const checked = await admin('sheets', { action: 'check', kind: 'teams', fileID });
    assert.deepEqual(
      checked.data.problems.map((p: { message: string }) => p.message),
      ['第 2 行「上级队伍」找不到：乐修匠服务队', '第 3 行「专长」找不到：飞行', '第 3 行「服务社区」找不到：白云山社区'],
    );
    assert.deepEqual(checked.data.problems[0], { row: 2, column: '上级队伍', message: '第 2 行「上级队伍」找不到：乐修匠服务队' });
    const applied = await admin('sheets', { action: 'apply', kind: 'teams', fileID });
    assert.equal(applied.error?.code, 'IMPORT.HAS_PROBLEMS');
    assert.equal(cloud.db.seq, seq, 'nothing written, not even a job');
  });

  test('a file that is not a sheet, a header missing, an empty sheet', async () => {
    const broken = await admin('sheets', { action: 'check', kind: 'places', fileID: await upload(Buffer.from('not a zip'), 'xlsx') });
    assert.equal(broken.error?.code, 'IMPORT.FILE_UNREADABLE');
    const headers = await admin('sheets', { action: 'check', kind: 'teams', fileID: await upload(Buffer.from('名称\n乐修匠\n')) });
    assert.deepEqual(
      headers.data.problems.map((p: { message: string }) => p.message),
      ['第 1 行「队伍名称」这一列没有找到，请用导入模板'],
    );
    const empty = await admin('sheets', { action: 'check', kind: 'teams', fileID: await upload(csv('teams', [])) });
    assert.equal(empty.data.problems.length, 1);
  });

  test('the same file twice: the second import changes nothing and adds nothing', async () => {
    const rows = [
      { 姓名: '周杰', 手机号: '13900000101', 社区: '金鼎社区', 专长: '乐修匠', 党员: '否' },
      { 姓名: '吴芳', 手机号: '13900000102', 社区: '青云社区', 专长: '', 党员: '是' },
    ];
    const first = (await importAll('volunteers', await upload(csv('volunteers', rows)))).at(-1)!;
    assert.deepEqual(first.data.summary, { create: 2, update: 0, unchanged: 0 });
    const ids = docs('volunteers')
      .filter((v) => ['13900000101', '13900000102'].includes(String(v.phone)))
      .map((v) => String(v._id));
    assert.equal(ids.length, 2);
    for (const id of ids) assert.ok(!id.includes('1390000010'), `a random id, not derived from the mobile: ${id}`);

    const seq = cloud.db.seq;
    const count = docs('volunteers').length;
    const again = (await importAll('volunteers', await upload(csv('volunteers', rows)))).at(-1)!;
    assert.deepEqual([again.data.status, again.data.total, again.data.summary], ['done', 0, { create: 0, update: 0, unchanged: 2 }]);
    assert.equal(docs('volunteers').length, count, 'no duplicates');
    assert.equal(cloud.db.seq - seq, 1, 'only the (finished, empty) job is written');
    // Once more: the same file over the same data is the same job…
    const third = (await importAll('volunteers', await upload(csv('volunteers', rows)))).at(-1)!;
    assert.equal(third.data.jobId, again.data.jobId);
    // …unless that job failed: then it is tried afresh under a new id.
    await cloud.db.update('jobs', { _id: again.data.jobId }, { $set: { status: 'failed' } }, OPTS);
    const retried = (await importAll('volunteers', await upload(csv('volunteers', rows)))).at(-1)!;
    assert.notEqual(retried.data.jobId, again.data.jobId);
    assert.ok(retried.data.jobId.startsWith(`${again.data.jobId}-`));
    assert.equal(retried.data.status, 'done');
  });

  test('an imported volunteer who registers in the app becomes one volunteer (keyed by OPENID); a re-import matches it', async () => {
    const rows = [{ 姓名: '郑强', 手机号: '13900000131', 社区: '金鼎社区', 专长: '乐修匠', 党员: '是' }];
    await importAll('volunteers', await upload(csv('volunteers', rows)));
    const imported = docs('volunteers').find((v) => v.phone === '13900000131')!;
    assert.ok(String(imported._id).startsWith('v-'));

    const form = {
      action: 'register',
      name: '郑强',
      phone: '13900000131',
      skills: ['errand'],
      communityId: 'c-jinding',
      partyMember: false,
    };
    const r = await person(cloud, 'o-imported-zheng')('volunteer', form);
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const same = docs('volunteers').filter((v) => v.phone === '13900000131');
    assert.deepEqual(
      same.map((v) => [v._id, v.skills, v.partyMember]),
      [['o-imported-zheng', ['errand', 'repair'], true]],
      'one record: the form over the imported one (skills joined, still a party member)',
    );
    const served = r.requests.filter((q) => q.collection === 'volunteers' && q.action === 'database.getDocument');
    assert.ok(
      served.every((q) => q.served),
      'found by the phone index',
    );

    const again = (await importAll('volunteers', await upload(csv('volunteers', rows)))).at(-1)!;
    assert.deepEqual(again.data.summary, { create: 0, update: 1, unchanged: 0 }, 'the sheet updates the registered volunteer');
    assert.equal(docs('volunteers').filter((v) => v.phone === '13900000131').length, 1);
  });

  test('a changed row updates the stored document; a renamed team with its 队伍编号 keeps its id', async () => {
    const fileID = await upload(
      csv('teams', [
        { 队伍名称: '健康有约服务队', 专长: '健康有约', 服务社区: '金鼎社区、青云社区', 是否启用: '是', 队伍编号: 't-jiankang' },
      ]),
    );
    const checked = await admin('sheets', { action: 'check', kind: 'teams', fileID });
    assert.deepEqual(checked.data.summary, { create: 0, update: 1, unchanged: 0 });
    const done = (await importAll('teams', fileID)).at(-1)!;
    assert.equal(done.data.status, 'done');
    assert.deepEqual(cloud.db.get('teams').docs.get('t-jiankang'), {
      _id: 't-jiankang',
      name: '健康有约服务队',
      specialties: ['health'],
      communities: ['c-jinding', 'c-qingyun'],
      active: true,
    });
  });

  test('jobs lists the caller’s recent imports; another admin cannot read or continue them', async () => {
    const mine = await admin('sheets', { action: 'jobs' });
    assert.ok(mine.data.items.length >= 4);
    assert.ok(mine.data.items.every((j: { status: string }) => j.status !== 'running'));
    await cloud.db.insert('users', [{ _id: 'other-admin', roles: ['admin'] }]);
    const other = person(cloud, 'other-admin');
    assert.deepEqual((await other('sheets', { action: 'jobs' })).data.items, []);
    assert.equal((await other('sheets', { action: 'job', jobId: mine.data.items[0].jobId })).error?.code, 'JOB.NOT_FOUND');
  });
});

describe('a job that stopped', () => {
  /** A job as an apply leaves it when it stops while staging (before its commit point). */
  async function stoppedWhileStaging(fileID: string, fingerprint = 'stale', now = new Date()): Promise<string> {
    const jobId = `imp-stopped-${Math.random().toString(36).slice(2, 10)}`;
    const summary = { create: 1, update: 0, unchanged: 0 };
    await cloud.db.insert('jobs', [
      {
        _id: jobId,
        kind: 'import',
        by: 'demo-admin',
        status: 'running',
        done: 0,
        total: 1,
        params: { kind: 'places', fileID, fingerprint, phase: 'staging', summary },
        createdAt: now,
        updatedAt: now,
        version: 0,
      },
    ]);
    const doc = { _id: 'Z-0001', name: '1栋', estateName: '紫云小区', communityId: 'c-jinding', communityName: '金鼎社区', fixes: 'unit' };
    await cloud.db.insert('importRows', [{ _id: `${jobId}:0`, jobId, n: 0, record: { collection: 'buildings', doc } }]);
    return jobId;
  }

  test('before its commit point it leaves nothing visible; continued after the data changed, it fails and drops what it staged', async () => {
    const fileID = await upload(
      csv('places', [place({ 社区: '金鼎社区', 社区电话: '0871-63120012', 小区: '紫云小区', 楼栋码: 'Z-0001' })]),
    );
    const jobId = await stoppedWhileStaging(fileID);
    assert.equal(cloud.db.get('buildings').docs.get('Z-0001'), undefined, 'nothing of it is visible');
    const r = await admin('sheets', { action: 'job', jobId });
    assert.deepEqual([r.data.status, r.data.error?.code], ['failed', 'IMPORT.STALE']);
    assert.equal(cloud.db.get('buildings').docs.get('Z-0001'), undefined);
    assert.equal(docs('importRows').filter((d) => d.jobId === jobId).length, 0);
    // Applying the same file again starts afresh (a failed job is not reused) and goes through.
    const again = (await importAll('places', fileID)).at(-1)!;
    assert.equal(again.data.status, 'done', JSON.stringify(again.error ?? again.data));
    assert.equal(cloud.db.get('buildings').docs.get('Z-0001')?.estateName, '紫云小区');
  });

  test('past its commit point it is finished by the next call (the page reopened)', async () => {
    const fileID = await upload(
      csv('places', [place({ 社区: '金鼎社区', 社区电话: '0871-63120012', 小区: '紫云小区', 楼栋码: 'Z-0001' })]),
    );
    const jobId = await stoppedWhileStaging(fileID);
    const job = cloud.db.get('jobs').docs.get(jobId) as Record<string, unknown>;
    await cloud.db.update(
      'jobs',
      { _id: jobId },
      { $set: { params: { ...(job.params as object), phase: 'commit' } } },
      { multi: false, replace: false, upsert: false },
    );
    const r = await admin('sheets', { action: 'job', jobId });
    assert.deepEqual([r.data.status, r.data.done, r.data.total], ['done', 1, 1]);
    assert.equal(cloud.db.get('buildings').docs.get('Z-0001')?.estateName, '紫云小区');
  });

  test('the timer finishes a job left past its commit point and drops one left staging for over an hour', async () => {
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    const fileID = await upload(
      csv('places', [place({ 社区: '金鼎社区', 社区电话: '0871-63120012', 小区: '紫云小区', 楼栋码: 'Z-0002' })]),
    );
    const committing = await stoppedWhileStaging(fileID, 'stale', hoursAgo);
    const job = cloud.db.get('jobs').docs.get(committing) as Record<string, unknown>;
    const staged = get<{ record: { doc: Record<string, unknown> } }>('importRows', `${committing}:0`);
    await cloud.db.update('jobs', { _id: committing }, { $set: { params: { ...(job.params as object), phase: 'commit' } } }, OPTS);
    await cloud.db.update(
      'importRows',
      { _id: `${committing}:0` },
      { $set: { 'record.doc': { ...staged.record.doc, _id: 'Z-0002' } } },
      OPTS,
    );
    const staging = await stoppedWhileStaging(fileID, 'stale', hoursAgo);
    const fresh = await stoppedWhileStaging(fileID);

    const r = await cloud.host.invoke(
      'sheets',
      { Type: 'Timer', TriggerName: 'import-sweep', Time: new Date().toISOString() },
      { source: 'wx_trigger' },
    );
    assert.equal(r.ok, true);
    assert.deepEqual((r.result as { data: unknown }).data, { finished: 1, abandoned: 1 });
    assert.equal(get<{ status: string }>('jobs', committing).status, 'done');
    assert.equal(cloud.db.get('buildings').docs.get('Z-0002')?.estateName, '紫云小区');
    assert.deepEqual(get<{ status: string; error: { code: string } }>('jobs', staging).error.code, 'IMPORT.ABANDONED');
    assert.equal(docs('importRows').filter((d) => d.jobId === staging).length, 0);
    assert.equal(get<{ status: string }>('jobs', fresh).status, 'running', 'a job someone may still continue is left alone');
    assert.equal(cloud.log.unindexed, 0);
  });
});

describe('export', () => {
  for (const kind of ['places', 'teams', 'volunteers'] as const) {
    test(`${kind}: export → import again changes nothing`, async () => {
      const exported = await admin('sheets', { action: 'export', kind });
      assert.equal(exported.ok, true, JSON.stringify(exported.error));
      const bytes = Buffer.from(await (await fetch(exported.data.url)).arrayBuffer());
      const { headers, rows } = await readSheet(bytes, 'xlsx');
      assert.deepEqual(
        headers,
        COLUMNS[kind].map((c) => c.header),
      );
      assert.equal(rows.length, exported.data.rows);
      const checked = await admin('sheets', { action: 'check', kind, fileID: await upload(bytes, 'xlsx') });
      assert.deepEqual(checked.data.problems, []);
      assert.equal(checked.data.summary.create + checked.data.summary.update, 0, JSON.stringify(checked.data.summary));
    });
  }

  test('template: the Chinese headers and one example row', async () => {
    const t = await admin('sheets', { action: 'template', kind: 'teams' });
    assert.equal(t.data.name, '队伍导入模板.xlsx');
    const { headers, rows } = await readSheet(Buffer.from(await (await fetch(t.data.url)).arrayBuffer()), 'xlsx');
    assert.equal(headers[0], '队伍名称');
    assert.equal(rows.length, 1);
  });

  test('a CSV export', async () => {
    const e = await admin('sheets', { action: 'export', kind: 'places', format: 'csv' });
    const text = await (await fetch(e.data.url)).text();
    assert.ok(text.includes('B-0012'));
  });
});

describe('5,000 rows', () => {
  test('finish over resumable chunks with progress, at about one database request per row', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      ...place({ 社区: `第${(i % 20) + 1}社区`, 社区电话: '', 小区: `第${(i % 7) + 1}小区` }),
      '楼栋/单元': `${i + 1}栋`,
      楼栋码: `P-${String(i).padStart(5, '0')}`,
    }));
    const fileID = await upload(await writeXlsx('places', rows), 'xlsx');
    const calls = await importAll('places', fileID);
    const last = calls.at(-1)!;
    assert.equal(last.data.status, 'done', JSON.stringify(last.error ?? last.data));
    assert.equal(last.data.total, 5000 + 20);
    assert.ok(calls.length >= 3, `resumed over ${calls.length} calls`);
    const progress = calls.map((c) => c.data.done);
    assert.deepEqual(
      progress,
      [...progress].sort((a, b) => a - b),
      'progress only grows',
    );
    const requests = calls.reduce((n, c) => n + c.requests.length, 0);
    const perRow = requests / 5000;
    console.log(`5,000-row import: ${calls.length} calls, ${requests} database requests (${perRow.toFixed(3)} per row)`);
    assert.ok(perRow < 1.1, `${perRow} requests per row`);
    assert.equal(cloud.db.get('buildings').docs.get('P-04999')?.name, '5000栋');
    assert.equal(cloud.log.unindexed, 0);
  }, 180_000);
});

describe('the demo seed through the sheets function', () => {
  test('gives the same places and teams as the direct seed (ids, names, communityName, fixes, specialties…)', async () => {
    const fresh = await startTestCloud({ functionsDir: await sharedFunctions() });
    try {
      await seedDemo(fresh.db, new Date(), { org: false });
      const jobs = await importDemoSheets(fresh);
      assert.deepEqual(
        jobs.map((j) => j.summary),
        [
          { create: 6, update: 0, unchanged: 0 },
          { create: 3, update: 0, unchanged: 0 },
        ],
      );
      const direct = await startTestCloud({});
      try {
        await seedDemo(direct.db);
        for (const c of ['streets', 'communities', 'buildings', 'teams']) {
          const sorted = (db: LocalCloud['db']) => [...db.get(c).docs.values()].sort((a, b) => String(a._id).localeCompare(String(b._id)));
          assert.deepEqual(sorted(fresh.db), sorted(direct.db), c);
        }
      } finally {
        await direct.stop();
      }
    } finally {
      await fresh.stop();
    }
  }, 60_000);
});
