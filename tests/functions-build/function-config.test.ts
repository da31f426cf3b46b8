import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { cronProblem, parseFunctionConfig } from '../../scripts/function-config';

describe('timer cron (7 fields: sec min hour day month weekday year)', () => {
  const valid = [
    '0 0 2 * * * *',
    '0 */5 * * * * *',
    '0 30 9 * * MON-FRI *',
    '0 0 8 * * WED *',
    '0 0 0 1 JAN ? 2026',
    '0 0 1,13 1-15 * * *',
    '59 59 23 31 12 6 2099',
  ];
  for (const cron of valid) {
    it(`accepts "${cron}"`, () => assert.equal(cronProblem(cron), undefined));
  }

  const invalid: Array<[string, RegExp]> = [
    ['0 0 2 * * *', /7 fields/],
    ['0 0 2 * * * * *', /7 fields/],
    ['60 0 2 * * * *', /second/],
    ['0 0 24 * * * *', /hour/],
    ['0 0 2 0 * * *', /day/],
    ['0 0 2 * 13 * *', /month/],
    ['0 0 2 * * FUNDAY *', /weekday/],
    ['0 0 2 * * * 1969', /year/],
    ['0 0/0 2 * * * *', /minute/],
    ['? 0 2 * * * *', /second/],
    ['0 0 2 * * 1-2-3 *', /weekday/],
  ];
  for (const [cron, problem] of invalid) {
    it(`rejects "${cron}"`, () => assert.match(cronProblem(cron) ?? '', problem));
  }
});

describe('parseFunctionConfig', () => {
  const ok = [
    { permissions: { openapi: [] } },
    { permissions: { openapi: ['wxacode.getUnlimited', 'security.msgSecCheck'] }, timeout: 10 },
    { permissions: { openapi: [] }, triggers: [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }] },
    { permissions: { openapi: [] }, triggers: [] },
  ];
  for (const config of ok) {
    it(`accepts ${JSON.stringify(config)}`, () => {
      assert.deepEqual(parseFunctionConfig(JSON.stringify(config), 'x/config.json'), config);
    });
  }

  const bad: Array<[string, unknown, RegExp]> = [
    ['no permissions', {}, /permissions/],
    ['openapi not an array', { permissions: { openapi: 'x' } }, /permissions\.openapi/],
    ['openapi with a number', { permissions: { openapi: [1] } }, /permissions\.openapi\.0/],
    ['typo key', { permissions: { openapi: [] }, trigger: [] }, /trigger/],
    ['http trigger', { permissions: { openapi: [] }, triggers: [{ name: 'a', type: 'http', config: 'x' }] }, /type/],
    ['6-field cron', { permissions: { openapi: [] }, triggers: [{ name: 'a', type: 'timer', config: '0 0 2 * * *' }] }, /7 fields/],
    ['timeout too long', { permissions: { openapi: [] }, timeout: 120 }, /timeout/],
  ];
  for (const [name, config, problem] of bad) {
    it(`rejects ${name}`, () => {
      assert.throws(() => parseFunctionConfig(JSON.stringify(config), 'x/config.json'), problem);
    });
  }

  it('rejects invalid JSON', () => {
    assert.throws(() => parseFunctionConfig('{ permissions', 'x/config.json'), /x\/config\.json: not valid JSON/);
  });
});
