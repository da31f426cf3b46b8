// A fuzz of the Open311 paths and query parameters (fast-check, as tests/security/bad-input-suite.ts
// does for actions): known parameter names with odd values, unknown names, odd ids and formats. Every
// answer is 200, 400, 404 or 405 — never a 5xx — parses in its format, and publishes nothing personal.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, it } from '@jest/globals';
import fc from 'fast-check';
import type { LocalCloud } from '../../../localcloud';
import { ERROR_FIELDS, REQUEST_FIELDS } from '../../../src/domain/open311/spec';
import { startFunctionsCloud } from '../../helpers/functions';
import { assertFields, get, xmlDocument } from './helpers';
import { seedWishes, SECRETS } from './seed';

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startFunctionsCloud();
  await seedWishes(cloud, Date.now());
});
afterAll(() => cloud.stop());

const NAMES = ['start_date', 'end_date', 'status', 'service_code', 'page', 'page_size', 'jurisdiction_id'];
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'open',
    'closed',
    'open,closed',
    'repairs',
    'repairs,haircut',
    '1',
    '0',
    '100',
    '101',
    '-1',
    '1e3',
    '2026-11-01T00:00:00Z',
    '{"$gt":""}',
    '[object Object]',
  ),
  fc.integer({ min: -5, max: 500 }).map(String),
  fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 12 })), value), { maxLength: 5 });
const path = fc.oneof(
  fc.constantFrom('requests', 'services', 'discovery'),
  fc
    .oneof(fc.constantFrom('open311-w1', 'open311-w200', '..', '%00'), fc.string({ minLength: 1, maxLength: 30 }))
    .map((id) => `requests/${encodeURIComponent(id)}`),
);
const format = fc.constantFrom('json', 'xml', 'txt', '');

it('no 5xx, well-formed answers, nothing personal', async () => {
  await fc.assert(
    fc.asyncProperty(path, format, query, async (p, f, q) => {
      const qs = new URLSearchParams(q).toString();
      const r = await get(cloud, `/open311/v2/${p}${f ? `.${f}` : ''}${qs ? `?${qs}` : ''}`);
      assert.ok([200, 400, 404].includes(r.status), `${r.status} ${r.body.slice(0, 200)}`);
      for (const secret of SECRETS) assert.ok(!r.body.includes(secret), `${secret} leaked`);
      const xml = r.type.startsWith('text/xml');
      if (r.status !== 200) {
        if (xml) xmlDocument(r.body, 'errors');
        else assertFields(JSON.parse(r.body) as object[], ERROR_FIELDS, ERROR_FIELDS);
      } else if (xml) {
        xmlDocument(r.body, p === 'discovery' ? 'discovery' : p === 'services' ? 'services' : 'service_requests');
      } else if (p.startsWith('requests')) {
        assertFields(JSON.parse(r.body) as object[], REQUEST_FIELDS, []);
      }
    }),
    { numRuns: 150 },
  );
});
