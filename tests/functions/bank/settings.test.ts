// The bank's configuration through the real `bank` function: defaults read as version 0; a change is a
// compare-and-set on the version the admin saw, validated by its key's schema, and kept with who and why.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { SETTINGS } from '../../../src/domain/settings';
import { startFunctionsCloud } from '../../helpers/functions';
import { person } from '../../helpers/people';

let cloud: LocalCloud;
const ADMIN = 'demo-admin';
beforeAll(async () => {
  cloud = await startFunctionsCloud();
});
afterAll(() => cloud.stop());

describe('bank settings', () => {
  test('defaults read as version 0; a change needs the version seen, once; the log keeps who and why', async () => {
    const admin = person(cloud, ADMIN);
    const first = await admin('bank', { action: 'settings' });
    assert.equal(first.ok, true, JSON.stringify(first));
    assert.deepEqual(first.data.redemption.value, SETTINGS.redemption.defaults);
    assert.equal(first.data.redemption.version, 0);

    const value = { holdHours: 24, window: { fromDay: 1, toDay: 10 } };
    const change = { action: 'set_setting', key: 'redemption', value, reason: '每月上旬集中兑换' };
    const [a, b] = await Promise.all([admin('bank', { ...change, version: 0 }), admin('bank', { ...change, version: 0 })]);
    assert.deepEqual([a.ok, b.ok].sort(), [false, true], 'two saves of version 0 at once: one wins');
    assert.equal((a.ok ? b : a).error?.code, 'SETTING.CHANGED');

    const after = await admin('bank', { action: 'settings' });
    assert.deepEqual(after.data.redemption.value, value);
    assert.equal(after.data.redemption.version, 1);
    assert.equal(after.data.redemption.reason, '每月上旬集中兑换');

    const bad = await admin('bank', { ...change, version: 1, value: { holdHours: 0, window: { fromDay: 1, toDay: 10 } } });
    assert.equal(bad.error?.code, 'INPUT.INVALID');
    const log = await admin('bank', { action: 'setting_history', key: 'redemption', page: 0 });
    assert.equal(log.data.items.length, 1);
    assert.equal(log.data.items[0].version, 1);
    assert.equal(log.data.items[0].reason, '每月上旬集中兑换');
  });

  test('only admins', async () => {
    const r = await person(cloud, 'demo-dispatcher')('bank', { action: 'settings' });
    assert.equal(r.error?.code, 'AUTH.FORBIDDEN');
  });
});
