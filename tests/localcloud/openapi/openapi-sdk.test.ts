// cloud.openapi.* through the REAL wx-server-sdk (child process) against handleOpenApiRequest.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import QRCode from 'qrcode';
import { readOutbox } from '../../../localcloud/openapi/outbox';
import { buildQrContent, parseQrContent } from '../../../localcloud/openapi/qr-content';
import { ENV_ID, USER_OPENID, startTestCloud, type TestCloud } from './harness';
import { PNG_MAGIC, readPng } from './png';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(async () => {
  await t.close();
});

/** True when the PNG shows exactly the QR symbol of `text` (same encoder settings), module by module. */
function pngShowsQr(png: Buffer, text: string): boolean {
  const img = readPng(png);
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const scale = img.width / (n + 8);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const [red] = img.pixel(Math.floor((c + 4.5) * scale), Math.floor((r + 4.5) * scale));
      if (red < 128 !== Boolean(qr.modules.get(r, c))) return false;
    }
  }
  return true;
}

test('wxacode.getUnlimited returns a real PNG that encodes page and scene', async () => {
  const out = await t.runSdk(`
    const a = await cloud.openapi.wxacode.getUnlimited({ scene: 'w=abc123', page: 'pages/wish/detail' });
    const b = await cloud.openapi.wxacode.getUnlimited({ scene: 'w=abc124', page: 'pages/wish/detail', width: 280 });
    const c = await cloud.openapi.wxacode.getUnlimited({ scene: "a!#$&'()*+,/:;=?@-._~Z9", envVersion: 'develop', width: 5000, checkPath: false });
    return { a, b, c };
  `);
  assert.equal(out.ok, true, JSON.stringify(out));
  const { a, b, c } = out.ok ? out.value : {};
  assert.equal(a.contentType, 'image/png');
  assert.equal(a.errCode, 0);
  assert.ok(Buffer.isBuffer(a.buffer));
  assert.ok(a.buffer.subarray(0, 8).equals(PNG_MAGIC));
  assert.equal(readPng(a.buffer).width, 430, 'default width 430');
  assert.equal(readPng(a.buffer).height, 430);
  assert.equal(readPng(b.buffer).width, 280);
  assert.equal(readPng(c.buffer).width, 1280, 'width is clamped to 1280 like WeChat');
  assert.notDeepEqual(a.buffer, b.buffer);

  const textA = buildQrContent({ page: 'pages/wish/detail', scene: 'w=abc123', envVersion: 'release' });
  assert.equal(textA, 'https://localcloud.invalid/pages/wish/detail?scene=w%3Dabc123');
  assert.ok(pngShowsQr(a.buffer, textA), 'image a is the QR code of its page + scene');
  assert.ok(!pngShowsQr(a.buffer, buildQrContent({ page: 'pages/wish/detail', scene: 'w=abc124', envVersion: 'release' })));
  const textC = buildQrContent({ page: '', scene: "a!#$&'()*+,/:;=?@-._~Z9", envVersion: 'develop' });
  assert.ok(pngShowsQr(c.buffer, textC));
  assert.deepEqual(parseQrContent(textC), { page: '', scene: "a!#$&'()*+,/:;=?@-._~Z9", envVersion: 'develop' });
});

test('wxacode.getUnlimited rejects bad scene and page with WeChat errcodes', async () => {
  const out = await t.runSdk(`
    const q = (p) => settle(cloud.openapi.wxacode.getUnlimited(p));
    return {
      chinese: await q({ scene: '愿望1', page: 'pages/index/index' }),
      percent: await q({ scene: 'a%20b' }),
      tooLong: await q({ scene: 'x'.repeat(33) }),
      empty: await q({ scene: '' }),
      max32: await q({ scene: 'x'.repeat(32) }),
      slash: await q({ scene: 'a=1', page: '/pages/index/index' }),
      query: await q({ scene: 'a=1', page: 'pages/index/index?x=1' }),
      env: await q({ scene: 'a=1', envVersion: 'beta' }),
    };
  `);
  assert.equal(out.ok, true, JSON.stringify(out));
  const v = out.ok ? out.value : {};
  const code = (name: string): number | undefined => (v[name].ok ? 0 : v[name].error.errCode);
  assert.equal(code('chinese'), 40129);
  assert.equal(code('percent'), 40129);
  assert.equal(code('tooLong'), 40169);
  assert.equal(code('empty'), 40169);
  assert.equal(code('max32'), 0);
  assert.equal(code('slash'), 41030);
  assert.equal(code('query'), 41030);
  assert.equal(code('env'), 40097);
  assert.match(v.slash.error.errMsg, /^openapi\.wxacode\.getUnlimited:fail invalid page/);
});

test('security.msgSecCheck v2: pass, risky, review; v1 and missing openid are refused', async () => {
  const out = await t.runSdk(`
    const c = (p) => settle(cloud.openapi.security.msgSecCheck(p));
    const base = { version: 2, openid: '${USER_OPENID}', scene: 2 };
    return {
      pass: await c({ ...base, content: '帮忙换个灯泡，谢谢' }),
      risky: await c({ ...base, content: '这是一条测试违规词内容' }),
      spaced: await c({ ...base, content: '赌 博' }),
      review: await c({ ...base, content: 'please check localcloud-review-word' }),
      nickname: await c({ ...base, content: 'hello', nickname: '赌博王' }),
      v1: await c({ content: 'hello' }),
      noOpenid: await c({ version: 2, scene: 2, content: 'hello' }),
      badScene: await c({ ...base, scene: 9, content: 'hello' }),
    };
  `);
  assert.equal(out.ok, true, JSON.stringify(out));
  const v = out.ok ? out.value : {};
  assert.equal(v.pass.ok, true);
  assert.deepEqual(v.pass.value.result, { suggest: 'pass', label: 100 });
  assert.equal(v.pass.value.errCode, 0);
  assert.ok(Array.isArray(v.pass.value.detail));
  assert.equal(typeof v.pass.value.traceId, 'string');
  assert.equal(v.risky.value.result.suggest, 'risky');
  assert.equal(v.risky.value.result.label, 21000);
  assert.ok(v.risky.value.detail.some((d: { keyword?: string }) => d.keyword === '测试违规词'));
  assert.equal(v.spaced.value.result.suggest, 'risky');
  assert.equal(v.spaced.value.result.label, 20006);
  assert.equal(v.review.value.result.suggest, 'review');
  assert.equal(v.nickname.value.result.suggest, 'risky');
  assert.equal(v.v1.ok, false);
  assert.equal(v.v1.error.errCode, 40097);
  assert.equal(v.noOpenid.error.errCode, 40003);
  assert.equal(v.badScene.error.errCode, 40129);
});

test('msgSecCheck also uses <dataDir>/blocklist.txt', async () => {
  await fs.writeFile(path.join(t.cloud.dataDir, 'blocklist.txt'), '# extra\n自定义禁词 20003\n');
  const out = await t.runSdk(
    `return cloud.openapi.security.msgSecCheck({ version: 2, openid: 'o_x', scene: 1, content: '含有自定义禁词' })`,
  );
  assert.equal(out.ok, true, JSON.stringify(out));
  assert.deepEqual(out.ok && out.value.result, { suggest: 'risky', label: 20003 });
});

test('subscribeMessage.send lands in the durable outbox; unsubscribed users get 43101', async () => {
  await fs.writeFile(
    path.join(t.cloud.dataDir, 'unsubscribed.json'),
    JSON.stringify(['o_unsub_1', { touser: 'o_half', templateId: 'TPL_B' }]),
  );
  const out = await t.runSdk(
    `
    const s = (p) => settle(cloud.openapi.subscribeMessage.send(p));
    const data = { thing1: { value: '楼道灯坏了' }, phrase2: { value: '已认领' }, time3: { value: '2025年1月2日 15:01' } };
    return {
      sent: await s({ touser: '${USER_OPENID}', templateId: 'TPL_A', page: 'pages/wish/detail?id=w1', data, miniprogramState: 'developer' }),
      unsub: await s({ touser: 'o_unsub_1', templateId: 'TPL_A', data }),
      halfOk: await s({ touser: 'o_half', templateId: 'TPL_A', data }),
      halfNo: await s({ touser: 'o_half', templateId: 'TPL_B', data }),
      tooLong: await s({ touser: '${USER_OPENID}', templateId: 'TPL_A', data: { thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } } }),
      noTemplate: await s({ touser: '${USER_OPENID}', data }),
      badState: await s({ touser: '${USER_OPENID}', templateId: 'TPL_A', data, miniprogramState: 'prod' }),
    };
  `,
    { token: t.fnToken },
  );
  assert.equal(out.ok, true, JSON.stringify(out));
  const v = out.ok ? out.value : {};
  assert.equal(v.sent.ok, true, JSON.stringify(v.sent));
  assert.equal(v.sent.value.errCode, 0);
  assert.equal(v.unsub.ok, false);
  assert.equal(v.unsub.error.errCode, 43101);
  assert.equal(v.halfOk.ok, true);
  assert.equal(v.halfNo.error.errCode, 43101);
  assert.equal(v.tooLong.error.errCode, 47003);
  assert.equal(v.noTemplate.error.errCode, 40037);
  assert.equal(v.badState.error.errCode, 40097);

  const outbox = await readOutbox(t.cloud.dataDir);
  assert.equal(outbox.length, 2, 'only accepted messages are in the outbox');
  const [first, second] = outbox;
  assert.ok(first && second);
  assert.equal(first.touser, USER_OPENID);
  assert.equal(first.templateId, 'TPL_A');
  assert.equal(first.page, 'pages/wish/detail?id=w1');
  assert.deepEqual(first.data.thing1, { value: '楼道灯坏了' });
  assert.equal(first.miniprogramState, 'developer');
  assert.equal(first.lang, 'zh_CN');
  assert.equal(first.env, ENV_ID);
  assert.equal(first.fromFunction, 'notify', 'the caller is resolved from wxCloudApiToken');
  assert.equal(second.touser, 'o_half');
  assert.ok(second.msgid > first.msgid);
  const raw = await fs.readFile(path.join(t.cloud.dataDir, 'outbox.jsonl'), 'utf8');
  assert.equal(raw.split('\n').filter(Boolean).length, 2);
});

test('unknown APIs and unknown tokens give clear errors', async () => {
  const unknown = await t.runSdk(`return settle(cloud.openapi.wxacode.createQRCode({ path: 'pages/index/index' }))`);
  assert.equal(unknown.ok && unknown.value.ok, false);
  const err = unknown.ok ? unknown.value.error : {};
  assert.equal(err.errCode, -604100);
  assert.match(err.errMsg, /local cloud: wxacode\.createQRCode is not emulated/);

  const stranger = await t.runSdk(
    `return settle(cloud.openapi.security.msgSecCheck({ version: 2, openid: 'o_x', scene: 1, content: 'hi' }))`,
    {
      token: 'not-a-token',
    },
  );
  assert.equal(stranger.ok && stranger.value.error.errCode, 40001);
});
