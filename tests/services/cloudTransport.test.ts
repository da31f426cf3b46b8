import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { createClient } from '../../src/services/client';
import { cloudTransport, type CallFunction } from '../../src/services/cloudTransport';

describe('cloudTransport (weapp)', () => {
  it('calls Taro.cloud.callFunction({ name, data }) and unwraps { result }', async () => {
    const calls: unknown[] = [];
    const fake: CallFunction = async (param) => {
      calls.push(param);
      return { result: { ok: true, data: { openid: 'o_1', roles: [] } }, errMsg: 'cloud.callFunction:ok' } as {
        result: unknown;
      };
    };
    const { call } = createClient(cloudTransport(fake));
    const result = await call('user', { action: 'whoami' });
    assert.deepEqual(calls, [{ name: 'user', data: { action: 'whoami' } }]);
    assert.deepEqual(result, { ok: true, data: { openid: 'o_1', roles: [] } });
  });

  it('passes a function failure through', async () => {
    const fake: CallFunction = async () => ({
      result: { ok: false, error: { code: 'AUTH.NO_IDENTITY', message: 'no OPENID' } },
    });
    const result = await cloudTransport(fake)('user', { action: 'whoami' });
    assert.deepEqual(result, { ok: false, error: { code: 'AUTH.NO_IDENTITY', message: 'no OPENID' } });
  });

  const rejections: Array<{ name: string; error: unknown; code: string }> = [
    { name: 'offline', error: { errMsg: 'cloud.callFunction:fail request:fail timeout' }, code: 'NETWORK.UNAVAILABLE' },
    { name: 'Error object', error: new Error('network down'), code: 'NETWORK.UNAVAILABLE' },
    {
      name: 'function crashed',
      error: { errMsg: 'cloud.callFunction:fail Error: errCode: -504002 functions execute fail' },
      code: 'INTERNAL.ERROR',
    },
    {
      name: 'function missing',
      error: { errMsg: 'cloud.callFunction:fail -501000 FunctionName parameter could not be found' },
      code: 'INTERNAL.ERROR',
    },
  ];
  for (const { name, error, code } of rejections) {
    it(`a rejection (${name}) → ${code}`, async () => {
      const fake: CallFunction = async () => {
        throw error;
      };
      const result = await cloudTransport(fake)('user', { action: 'whoami' });
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.error.code, code);
    });
  }

  const bad: unknown[] = [undefined, 'text', { ok: 'yes' }, { ok: false }, { ok: false, error: { code: 'X' } }];
  for (const result of bad) {
    it(`a result without the envelope (${JSON.stringify(result)}) → INTERNAL.ERROR`, async () => {
      const fake: CallFunction = async () => ({ result });
      const got = await cloudTransport(fake)('user', { action: 'whoami' });
      assert.equal(got.ok, false);
      if (!got.ok) assert.equal(got.error.code, 'INTERNAL.ERROR');
    });
  }
});
