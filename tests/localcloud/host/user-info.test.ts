// event.userInfo as WeChat Cloud sets it: injected for mini-program callers, overwriting the client's.
import { expect, test } from '@jest/globals';
import { withUserInfo } from '../../../localcloud/host/user-info';
import { makeHost, okResult } from './helpers';

const FORGED = { appId: 'wxforged', openId: 'o_victim' };

const CASES: Array<[string, unknown, { source: string; openid?: string; appid?: string }, unknown]> = [
  [
    "a client call gets the caller's identity",
    { a: 1 },
    { source: 'wx_client', openid: 'o_me', appid: 'wxapp' },
    { a: 1, userInfo: { appId: 'wxapp', openId: 'o_me' } },
  ],
  [
    'a client-sent userInfo is overwritten',
    { userInfo: FORGED },
    { source: 'wx_client', openid: 'o_me', appid: 'wxapp' },
    { userInfo: { appId: 'wxapp', openId: 'o_me' } },
  ],
  [
    'devtools calls are client calls too',
    { userInfo: FORGED },
    { source: 'wx_devtools', openid: 'o_me', appid: 'wxapp' },
    { userInfo: { appId: 'wxapp', openId: 'o_me' } },
  ],
  [
    'a client without identity gets userInfo without openId (never the forged one)',
    { userInfo: FORGED },
    { source: 'wx_client', appid: 'wxapp' },
    { userInfo: { appId: 'wxapp' } },
  ],
  [
    "another function's callFunction: the event as that function sent it",
    { userInfo: FORGED },
    { source: 'scf', openid: 'o_me' },
    { userInfo: FORGED },
  ],
  ['a timer event: untouched', { Type: 'Timer' }, { source: 'wx_trigger' }, { Type: 'Timer' }],
  ['a non-object event: untouched', [1, 2], { source: 'wx_client', openid: 'o_me' }, [1, 2]],
];

test.each(CASES)('%s', (_name, event, invocation, expected) => {
  expect(withUserInfo(event, invocation)).toEqual(expected);
});

test('the host injects it: a running function reads the caller, not what the client sent', async () => {
  const { host } = makeHost({ appid: 'wxhostapp' });
  try {
    const r = okResult<{ userInfo?: unknown }>(
      await host.invoke('echoevent', { userInfo: FORGED }, { source: 'wx_client', openid: 'o_me' }),
    );
    expect(r.userInfo).toEqual({ appId: 'wxhostapp', openId: 'o_me' });
    const scf = okResult<{ userInfo?: unknown }>(await host.invoke('echoevent', { x: 1 }, { source: 'scf', openid: 'o_me' }));
    expect(scf.userInfo).toBeUndefined();
  } finally {
    await host.stop();
  }
});
