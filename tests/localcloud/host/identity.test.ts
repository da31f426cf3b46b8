// Per-invocation identity: concurrent invocations for different users each see only their own OPENID.
import assert from 'node:assert/strict';
import { afterAll, test } from '@jest/globals';
import { makeHost, okResult } from './helpers';

const { host } = makeHost({ poolSize: 3 });
afterAll(() => host.stop());

interface Ctx {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  ENV?: string;
  SOURCE?: string;
  requestId: string;
  instanceId: string;
}

test('20 interleaved invocations from 10 users each see exactly their own OPENID', async () => {
  const openids = Array.from({ length: 10 }, (_, i) => `o_user_${i}`);
  const calls = Array.from({ length: 20 }, (_, i) => {
    const openid = openids[i % 10] as string;
    // Varying delays make invocations overlap and finish out of order on the shared instances.
    return host
      .invoke('whoami', { delayMs: (i * 7) % 40 }, { openid, unionid: `u_${openid}`, source: 'wx_client' })
      .then((r) => ({ openid, r }));
  });
  const results = await Promise.all(calls);
  const instances = new Set<string>();
  for (const { openid, r } of results) {
    const ctx = okResult<Ctx>(r);
    assert.equal(ctx.OPENID, openid);
    assert.equal(ctx.UNIONID, `u_${openid}`);
    assert.equal(ctx.APPID, 'wx0000000000000000');
    assert.equal(ctx.SOURCE, 'wx_client');
    assert.equal(ctx.ENV, 'local-dev');
    assert.equal(ctx.requestId, r.requestId);
    instances.add(ctx.instanceId);
  }
  assert.ok(instances.size <= 3, 'never more instances than poolSize');
  assert.equal(host.poolStats('whoami').busy, 0);
});

test("a later call without identity does not inherit the previous caller's OPENID", async () => {
  const first = okResult<Ctx>(await host.invoke('whoami', {}, { openid: 'o_someone', source: 'wx_client' }));
  assert.equal(first.OPENID, 'o_someone');
  for (let i = 0; i < 3; i++) {
    const anon = okResult<Ctx>(await host.invoke('whoami', {}, { source: 'scf' }));
    assert.equal(anon.OPENID, undefined);
    assert.equal(anon.UNIONID, undefined);
    assert.equal(anon.APPID, undefined, 'scf callers without an appid get none');
    assert.equal(anon.SOURCE, 'scf');
  }
});

test('byToken knows an invocation only while it runs', async () => {
  let seen: string | undefined;
  const pending = host.invoke('whoami', { delayMs: 200 }, { openid: 'o_tok', source: 'wx_devtools' });
  // Tokens are secret: find the running one through the host's own map by polling byToken's source.
  const running = (host as unknown as { running: Map<string, { openid?: string; fn: string; token: string }> }).running;
  for (let i = 0; i < 50 && seen === undefined; i++) {
    await new Promise((r) => setTimeout(r, 10));
    for (const inv of running.values()) if (inv.openid === 'o_tok') seen = inv.token;
  }
  assert.ok(seen !== undefined, 'the invocation was registered');
  const inv = host.byToken(seen);
  assert.equal(inv?.fn, 'whoami');
  assert.equal(inv?.source, 'wx_devtools');
  assert.equal(inv?.appid, 'wx0000000000000000');
  const r = await pending;
  assert.equal(inv?.requestId, r.requestId);
  assert.equal(host.byToken(seen), undefined, 'forgotten when the invocation ends');
  assert.equal(host.byToken('made-up'), undefined);
});
