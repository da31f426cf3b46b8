// Importing a community's elders from its spreadsheet through the real `visit` function: the template,
// the dry run with every problem in Chinese (nothing written), and the import as a job that shows its
// progress, is continued by the next call (a closed page loses nothing) and adds nobody twice.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { putImportFile } from '../../../scripts/demo-import';
import { ageOf, type Elder } from '../../../src/domain/visit/elder';
import { ELDER_COLUMNS } from '../../../src/domain/visit/elderSheet';
import { ELDERS_PER_CALL } from '../../../cloudfunctions/visit/elderImportJob';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
});
afterAll(() => cloud.stop());

const visit = (openid: string, event: Record<string, unknown>) => person(cloud, openid)('visit', event);
const HEADER = ELDER_COLUMNS.map((c) => c.header).join(',');
const line = (name: string, room: string, over: Partial<Record<string, string>> = {}) => {
  const v: Record<string, string> = {
    姓名: name,
    出生年份: '1948',
    楼栋码: 'B-0013',
    房号: room,
    标签: '独居、困难',
    本人电话: '',
    监护人: '',
    监护人电话: '',
    联系志愿者: '',
    同意方式: '本人签字',
    同意日期: '2026-01-05',
    ...over,
  };
  return ELDER_COLUMNS.map((c) => v[c.header]).join(',');
};
const file = (lines: string[]) => putImportFile(cloud, Buffer.from(`\uFEFF${[HEADER, ...lines].join('\n')}\n`, 'utf8'), 'csv');
const elders = () => [...cloud.db.get('elders').docs.values()] as unknown as Elder[];
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨';
const nameOf = (i: number) => `${SURNAMES[i % 16]}${SURNAMES[Math.floor(i / 16) % 16]}兰`;

test('the template: the Chinese columns and an example row', async () => {
  const r = await visit('demo-helper', { action: 'elder_template' });
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.equal(r.data.name, '巡访对象导入模板.xlsx');
  assert.match(r.data.fileID, /^cloud:\/\/.+\/templates\/[0-9a-f]+\.xlsx$/);
});

describe('the dry run', () => {
  test('good and bad rows: every problem in Chinese on its row, nothing written', async () => {
    const fileID = await file([
      line('张秀兰', '101', { 联系志愿者: '13800000002', 监护人: '张强', 监护人电话: '13800000051' }),
      line('王淑芬', '102', { 出生年份: '1975' }),
      line('李桂英', '2-103'),
      line('陈玉兰', '104', { 楼栋码: 'B-0101', 标签: '高龄' }),
      line('周德福', '105', { 同意方式: '', 联系志愿者: '赵小红' }),
      line('吴秀英', '106', { 联系志愿者: '13900000000' }),
    ]);
    const seq = cloud.db.seq;
    const r = await visit('demo-helper', { action: 'elder_check', communityId: 'c-jinding', fileID });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual(
      r.data.problems.map((p: { message: string }) => p.message),
      [
        `第 3 行「出生年份」巡访对象须年满60周岁（今年${ageOf(1975, new Date())}岁）`,
        '第 4 行「房号」楼栋码已经定好了单元，只填房号，如 502',
        '第 5 行「楼栋码」本社区找不到：B-0101',
        '第 5 行「标签」不认识：高龄（可填 独居、空巢、留守、孤寡、困难、残疾）',
        '第 6 行「同意方式」没有填写',
        '第 7 行「联系志愿者」本社区没有这个手机号的已注册志愿者：13900000000',
      ],
    );
    assert.deepEqual([r.data.rows, r.data.summary], [6, { create: 0, update: 0, unchanged: 0 }]);
    assert.equal(cloud.db.seq, seq, 'the dry run writes nothing');
    const apply = await visit('demo-helper', { action: 'elder_import', communityId: 'c-jinding', fileID });
    assert.equal(apply.error?.code, 'IMPORT.HAS_PROBLEMS');
  });

  test.each([
    ['a volunteer', 'demo-volunteer', 'AUTH.FORBIDDEN'],
    ["the other community's staff only", 'el-imp-qingyun', 'ELDER.OUT_OF_SCOPE'],
  ])('%s cannot check or import', async (_n, who, code) => {
    if (who === 'el-imp-qingyun')
      await cloud.db.insert('users', [
        { _id: who, roles: ['helper'], grants: [{ role: 'helper', scope: { kind: 'community', id: 'c-qingyun' } }] },
      ]);
    const fileID = await file([line('张秀兰', '101')]);
    for (const action of ['elder_check', 'elder_import'])
      assert.equal((await visit(who, { action, communityId: 'c-jinding', fileID })).error?.code, code);
  });
});

describe('the import job', () => {
  const N = 2 * ELDERS_PER_CALL + 50;
  let fileID = '';
  let jobId = '';
  const before = () => elders().filter((e) => e.communityId === 'c-jinding').length;
  let start = 0;

  test(`${N} elders: the first call writes one chunk and shows its progress`, async () => {
    start = before();
    fileID = await file(Array.from({ length: N }, (_x, i) => line(nameOf(i), String(100 + i), i % 3 ? {} : { 联系志愿者: '李明' })));
    const check = await visit('demo-helper', { action: 'elder_check', communityId: 'c-jinding', fileID });
    assert.deepEqual([check.data.problems, check.data.summary], [[], { create: N, update: 0, unchanged: 0 }]);
    const r = await visit('demo-helper', { action: 'elder_import', communityId: 'c-jinding', fileID });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    assert.deepEqual([r.data.status, r.data.done, r.data.total], ['running', ELDERS_PER_CALL, N]);
    jobId = r.data.jobId;
    assert.equal(before() - start, ELDERS_PER_CALL);
  });

  test('the page closed: importing the same file again continues the same job', async () => {
    const r = await visit('demo-helper', { action: 'elder_import', communityId: 'c-jinding', fileID });
    assert.deepEqual([r.data.jobId, r.data.status, r.data.done], [jobId, 'running', 2 * ELDERS_PER_CALL]);
  });

  test('the job call finishes it; every elder once, due at once, the named volunteer kept', async () => {
    const r = await visit('demo-helper', { action: 'elder_import_job', jobId });
    assert.deepEqual([r.data.status, r.data.done, r.data.summary], ['done', N, { create: N, update: 0, unchanged: 0 }]);
    const mine = elders().filter((e) => e.buildingId === 'B-0013' && !e._id.startsWith('el-demo-'));
    assert.equal(mine.length, N);
    assert.equal(new Set(mine.map((e) => `${e.room}:${e.name}`)).size, N);
    assert.ok(mine.every((e) => e.unreachableStreak === 0 && e.nextDueAt && e.active && e.consent.by === 'demo-helper'));
    assert.equal(mine.filter((e) => e.volunteerOpenid === 'demo-volunteer').length, Math.ceil(N / 3));
    assert.equal(cloud.db.get('importRows').docs.size, 0, 'the staged rows are dropped');
    const again = await visit('demo-helper', { action: 'elder_import_job', jobId });
    assert.deepEqual([again.data.status, again.data.done], ['done', N]);
  });

  test('another staff member cannot read the job; the same file again writes nothing', async () => {
    assert.equal((await visit('demo-dispatcher', { action: 'elder_import_job', jobId })).error?.code, 'JOB.NOT_FOUND');
    const count = elders().length;
    const r = await visit('demo-helper', { action: 'elder_import', communityId: 'c-jinding', fileID });
    assert.deepEqual([r.data.status, r.data.total, r.data.summary], ['done', 0, { create: 0, update: 0, unchanged: N }]);
    assert.equal(elders().length, count);
  });

  test('a changed row updates its elder (registry fields only), keeping what the board keeps', async () => {
    const target = elders().find((e) => e.room === '101' && e.buildingId === 'B-0013' && e.name === nameOf(1))!;
    const contact = new Date('2026-02-01T02:00:00Z');
    await cloud.db.update(
      'elders',
      { _id: target._id },
      { $set: { lastContactAt: contact } },
      { multi: false, replace: false, upsert: false },
    );
    const fileID2 = await file([line(nameOf(1), '101', { 标签: '残疾' })]);
    const r = await visit('demo-helper', { action: 'elder_import', communityId: 'c-jinding', fileID: fileID2 });
    assert.deepEqual([r.data.status, r.data.summary], ['done', { create: 0, update: 1, unchanged: 0 }]);
    const e = cloud.db.get('elders').docs.get(target._id) as unknown as Elder;
    assert.deepEqual([e.tags, e.version, new Date(e.lastContactAt!).getTime()], [['disabled'], 2, contact.getTime()]);
  });
});

describe('an import nobody continues', () => {
  test('the hourly timer finishes a job past its commit point; a second run finds nothing to do', async () => {
    const n = ELDERS_PER_CALL + 30;
    const fileID = await file(Array.from({ length: n }, (_x, i) => line(nameOf(i), String(2000 + i))));
    const started = await visit('demo-helper', { action: 'elder_import', communityId: 'c-jinding', fileID });
    assert.deepEqual([started.data.status, started.data.done], ['running', ELDERS_PER_CALL]);
    const jobId = started.data.jobId as string;
    // The page was closed three minutes ago.
    const idle = new Date(Date.now() - 3 * 60_000);
    await cloud.db.update('jobs', { _id: jobId }, { $set: { updatedAt: idle } }, { multi: false, replace: false, upsert: false });
    const timer = () =>
      cloud.host.invoke(
        'visit',
        { Type: 'Timer', TriggerName: 'visit-schedule', Time: new Date().toISOString() },
        { source: 'wx_trigger' },
      );
    assert.equal((await timer()).ok, true);
    const job = cloud.db.get('jobs').docs.get(jobId) as unknown as { status: string; done: number };
    assert.deepEqual([job.status, job.done], ['done', n]);
    const count = elders().length;
    const jobsBefore = JSON.stringify([...cloud.db.get('jobs').docs.values()]);
    assert.equal((await timer()).ok, true);
    assert.equal(elders().length, count, 'a rerun adds no elder');
    assert.equal(JSON.stringify([...cloud.db.get('jobs').docs.values()]), jobsBefore, 'nor touches a job');
  });
});

describe('an edit made while an import runs', () => {
  test('wins: the import’s change of that elder, written after it, is not applied over it', async () => {
    // 250 new elders, then a change of 王秀英 (el-demo-wang): staged at position 250, in the second chunk.
    const lines = Array.from({ length: 250 }, (_x, i) => line(nameOf(i), String(3000 + i)));
    lines.push(line('王秀英', '301', { 楼栋码: 'B-0012', 出生年份: '1950', 标签: '困难', 同意日期: '2026-01-05' }));
    const fileID = await file(lines);
    const started = await visit('demo-helper', { action: 'elder_import', communityId: 'c-jinding', fileID });
    assert.deepEqual([started.data.status, started.data.summary], ['running', { create: 250, update: 1, unchanged: 0 }]);
    const wang = cloud.db.get('elders').docs.get('el-demo-wang') as unknown as Elder;
    const edit = await visit('demo-dispatcher', {
      action: 'save_elder',
      elderId: 'el-demo-wang',
      version: wang.version,
      communityId: 'c-jinding',
      buildingId: 'B-0012',
      room: '301',
      name: '王秀英',
      birthYear: 1950,
      tags: ['disabled'],
      consent: { way: 'verbal', date: '2026-01-05' },
    });
    assert.equal(edit.ok, true, JSON.stringify(edit.error));
    const done = await visit('demo-helper', { action: 'elder_import_job', jobId: started.data.jobId });
    assert.deepEqual([done.data.status, done.data.done], ['done', 251]);
    const after = cloud.db.get('elders').docs.get('el-demo-wang') as unknown as Elder;
    assert.deepEqual([after.tags, after.version, after.consent.way], [['disabled'], wang.version + 1, 'verbal']);
  });
});
