// Unit tests of the openapi pieces that the SDK tests do not reach directly.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { test } from '@jest/globals';
import { handleOpenApiRequest } from '../../../localcloud/openapi';
import { findBlocked, parseBlocklist } from '../../../localcloud/openapi/blocklist';
import { appendOutbox, readOutbox, type OutboxEntry } from '../../../localcloud/openapi/outbox';
import { decodeApiData, decodeResp, encodeApiData } from '../../../localcloud/openapi/protocol';
import { validateTemplateData } from '../../../localcloud/openapi/template-data';
import type { AdminContext } from '../../../localcloud/types';

function multipart(fields: Record<string, string | Buffer>): IncomingMessage {
  const boundary = '----localcloudtest';
  const parts = Object.entries(fields).map(([name, v]) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n`),
      Buffer.from(Buffer.isBuffer(v) ? 'Content-Type: application/octet-stream\r\n\r\n' : '\r\n'),
      Buffer.isBuffer(v) ? v : Buffer.from(v),
      Buffer.from('\r\n'),
    ]),
  );
  const body = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
  const req = Readable.from([body]) as unknown as IncomingMessage;
  req.headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  return req;
}

async function ctxWith(dataDir: string): Promise<AdminContext> {
  const host = {
    invoke: () => Promise.reject(new Error('x')),
    byToken: () => undefined,
    functionNames: () => [],
    hasFunction: () => false,
  };
  return { requestId: 'r1', cloud: { dataDir, baseUrl: 'http://127.0.0.1:1', adminToken: 'adm', host, secret: 's', dev: true } };
}

test('protocol: CommApiData round trip keeps snake_case keys and JSON values', () => {
  const bytes = encodeApiData({ touser: 'o1', template_id: 'T', data: { thing1: { value: 'x' } }, n: 5 });
  assert.deepEqual(decodeApiData(bytes), {
    apiType: 0,
    appid: '',
    params: { touser: 'o1', template_id: 'T', data: { thing1: { value: 'x' } }, n: 5 },
  });
});

test('handleOpenApiRequest answers raw CommOpenApiResp bytes', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lc-unit-'));
  try {
    const ctx = await ctxWith(dataDir);
    const ok = decodeResp(
      await handleOpenApiRequest(
        multipart({
          action: 'wx.openApi',
          apiName: 'wxacode.getUnlimited',
          envName: 'e',
          wxCloudApiToken: 'adm',
          requestData: encodeApiData({ scene: 'a=1' }),
        }),
        ctx,
      ),
    );
    assert.equal(ok.contentType, 'image/png');
    assert.equal(ok.errorCode, 0);
    assert.equal(ok.httpCode, 200);
    const denied = decodeResp(
      await handleOpenApiRequest(
        multipart({
          action: 'wx.openApi',
          apiName: 'wxacode.getUnlimited',
          wxCloudApiToken: 'nope',
          requestData: encodeApiData({ scene: 'a' }),
        }),
        ctx,
      ),
    );
    assert.equal(JSON.parse(denied.respData.toString()).errcode, 40001);
    const garbage = decodeResp(
      await handleOpenApiRequest(
        multipart({
          action: 'wx.openApi',
          apiName: 'wxacode.getUnlimited',
          wxCloudApiToken: 'adm',
          requestData: Buffer.from([0x0a, 0xff]),
        }),
        ctx,
      ),
    );
    assert.equal(JSON.parse(garbage.respData.toString()).errcode, 47001);
    const pay = await handleOpenApiRequest(
      multipart({ action: 'wx.wxPayApi', apiName: 'cloudPay.unifiedOrder', wxCloudApiToken: 'adm' }),
      ctx,
    );
    assert.deepEqual(JSON.parse(pay.toString()), {
      code: 'LOCAL_CLOUD_NOT_EMULATED',
      message: 'local cloud: wx.wxPayApi cloudPay.unifiedOrder is not emulated',
      requestId: 'r1',
    });
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});

test('blocklist: format, normalisation, errors', () => {
  const words = parseBlocklist('# c\n赌博 20006\nFooBar\nmaybe 21000 review\n', 't');
  assert.deepEqual(words, [
    { word: '赌博', label: 20006, suggest: 'risky' },
    { word: 'foobar', label: 21000, suggest: 'risky' },
    { word: 'maybe', label: 21000, suggest: 'review' },
  ]);
  assert.deepEqual(
    findBlocked('x F O O B A R y', words).map((w) => w.word),
    ['foobar'],
  );
  assert.throws(() => parseBlocklist('word notanumber\n', 'f'), /f:1/);
});

test('template data: WeChat 47003 rules', () => {
  assert.deepEqual(validateTemplateData({ thing1: { value: '你好' }, amount2: { value: '¥12.50' } }), {
    thing1: { value: '你好' },
    amount2: { value: '¥12.50' },
  });
  for (const bad of [
    {},
    { thing1: { value: '' } },
    { number1: { value: '1a' } },
    { phrase1: { value: 'done' } },
    { thing1: { value: 3 } },
  ]) {
    assert.throws(
      () => validateTemplateData(bad),
      (e: { errcode?: number }) => e.errcode === 47003,
      JSON.stringify(bad),
    );
  }
});

test('outbox: concurrent appends stay whole lines; a torn tail is skipped and later appends still parse', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lc-outbox-'));
  try {
    const entry = (i: number): OutboxEntry => ({
      msgid: i,
      at: 'now',
      env: 'e',
      touser: `o${i}`,
      templateId: 'T',
      data: { thing1: { value: 'x'.repeat(200) } },
      miniprogramState: 'formal',
      lang: 'zh_CN',
      requestId: `r${i}`,
    });
    await Promise.all(Array.from({ length: 50 }, (_, i) => appendOutbox(dataDir, entry(i))));
    assert.equal((await readOutbox(dataDir)).length, 50);
    await fs.appendFile(path.join(dataDir, 'outbox.jsonl'), '{"msgid":99,"tou');
    assert.equal((await readOutbox(dataDir)).length, 50);
    await appendOutbox(dataDir, entry(100));
    const all = await readOutbox(dataDir);
    assert.equal(all.length, 51);
    assert.equal(all.at(-1)?.msgid, 100);
    assert.deepEqual(await readOutbox(path.join(dataDir, 'missing')), []);
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
