// Open311 GeoReport v2 through the local cloud's gateway (/open311/v2/…, GET, no login): discovery,
// services, requests (filters, paging) and one request, in JSON and XML, every item checked against the
// spec's field lists; errors in the spec's format; nothing personal in any body.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { LocalCloud } from '../../../localcloud';
import { CATEGORIES } from '../../../src/domain/menu';
import { OPEN311_STATUS } from '../../../src/domain/open311/map';
import {
  DEFINITION_FIELDS,
  DISCOVERY_FIELDS,
  ENDPOINT_FIELDS,
  ERROR_FIELDS,
  REQUEST_FIELDS,
  REQUEST_REQUIRED,
  SERVICE_FIELDS,
  SERVICE_REQUIRED,
} from '../../../src/domain/open311/spec';
import { STATUSES } from '../../../src/domain/wish/states';
import { startFunctionsCloud } from '../../helpers/functions';
import { person, wishForm } from '../../helpers/people';
import { assertFields, bodies, get, xmlDocument, xmlItems, type Item } from './helpers';
import { seedWishes, SECRETS, type Seeded } from './seed';

let cloud: LocalCloud;
let seeded: Seeded[];
let filedId: string;
const now = Date.now();
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

beforeAll(async () => {
  cloud = await startFunctionsCloud();
  const filed = await person(cloud, 'demo-resident')(
    'wish',
    wishForm({ contact: { name: '欧阳娜娜', phone: '13987654321' }, room: '1702', description: '请找欧阳娜娜，电话13987654321，住1702' }),
  );
  assert.equal(filed.ok, true, JSON.stringify(filed.error));
  filedId = filed.data.wishId;
  seeded = await seedWishes(cloud, now);
});
afterAll(() => cloud.stop());

const items = async (path: string): Promise<Item[]> => {
  const r = await get(cloud, path);
  assert.equal(r.status, 200, r.body);
  assert.match(r.type, /^application\/json/);
  return JSON.parse(r.body) as Item[];
};

describe('discovery and services', () => {
  it('discovery.json and .xml: the spec fields, one endpoint with both formats', async () => {
    const j = JSON.parse((await get(cloud, '/open311/v2/discovery.json')).body);
    assertFields([j], DISCOVERY_FIELDS, DISCOVERY_FIELDS);
    assertFields(j.endpoints, ENDPOINT_FIELDS, ENDPOINT_FIELDS);
    assert.equal(j.endpoints[0].url, `${cloud.baseUrl}/open311/v2`);
    assert.deepEqual(j.endpoints[0].formats, ['text/xml', 'application/json']);
    const x = xmlDocument((await get(cloud, '/open311/v2/discovery.xml')).body, 'discovery');
    assert.deepEqual(
      [...x.children].map((c) => c.tagName),
      ['changeset', 'contact', 'key_service', 'endpoints'],
    );
    const ep = [...x.getElementsByTagName('endpoint')].map((e) =>
      Object.keys(Object.fromEntries([...e.children].map((c) => [c.tagName, 1]))),
    );
    assert.equal(ep.length, 1);
    for (const k of ep[0]!) assert.ok((ENDPOINT_FIELDS as readonly string[]).includes(k), k);
  });

  it('services.json and .xml: the service menu, the same in both', async () => {
    const j = await items('/open311/v2/services.json');
    assertFields(j, SERVICE_FIELDS, SERVICE_REQUIRED);
    assert.deepEqual(
      j.map((s) => s.service_code),
      [...CATEGORIES],
    );
    const x = xmlItems((await get(cloud, '/open311/v2/services.xml')).body, 'services', 'service');
    assertFields(x, SERVICE_FIELDS, SERVICE_REQUIRED);
    assert.deepEqual(
      x,
      j.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, String(v)]))),
    );
  });

  it('services/{code}.json and .xml: the definition, with no attributes (metadata is false)', async () => {
    const r = await get(cloud, '/open311/v2/services/repairs.json');
    assert.equal(r.status, 200, r.body);
    const d = JSON.parse(r.body) as Item;
    assert.deepEqual(Object.keys(d), [...DEFINITION_FIELDS]);
    assert.deepEqual(d, { service_code: 'repairs', attributes: [] });
    const x = xmlDocument((await get(cloud, '/open311/v2/services/repairs.xml')).body, 'service_definition');
    assert.equal(x.getElementsByTagName('service_code')[0]?.textContent, 'repairs');
    assert.equal(x.getElementsByTagName('attributes').length, 1);
  });
});

describe('requests', () => {
  const inWindow = () => seeded.filter((s) => s.createdAt.getTime() > now - 90 * 86_400_000);

  it('requests.json: the last 90 days, newest first, page 1 of 50; XML the same items', async () => {
    const j = await items('/open311/v2/requests.json');
    assertFields(j, REQUEST_FIELDS, REQUEST_REQUIRED);
    assert.equal(j.length, 50);
    const times = j.map((r) => Date.parse(String(r.requested_datetime)));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    const xr = await get(cloud, '/open311/v2/requests.xml');
    assert.match(xr.type, /^text\/xml/);
    const x = xmlItems(xr.body, 'service_requests', 'request');
    assertFields(x, REQUEST_FIELDS, REQUEST_REQUIRED);
    assert.deepEqual(
      x,
      j.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))),
    );
  });

  it('pages of 100 cover the window exactly once', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++)
      seen.push(...(await items(`/open311/v2/requests.json?page_size=100&page=${page}`)).map((r) => String(r.service_request_id)));
    const expected = [...inWindow().map((s) => s._id), filedId];
    assert.equal(new Set(seen).size, seen.length, 'no request twice');
    assert.deepEqual([...seen].sort(), expected.sort());
  });

  it.each([['open'], ['closed'], ['open,closed']])('status=%s', async (status) => {
    const want = status.split(',');
    const got = await items(`/open311/v2/requests.json?page_size=100&status=${status}`);
    const expected = [...inWindow(), { status: 'submitted' as const }].filter((s) => want.includes(OPEN311_STATUS[s.status]));
    assert.equal(got.length, Math.min(100, expected.length));
    for (const r of got) assert.ok(want.includes(String(r.status)));
  });

  it('service_code and a date window', async () => {
    const from = new Date(now - 20 * 86_400_000);
    const to = new Date(now - 10 * 86_400_000);
    const q = `service_code=haircut,cleaning&start_date=${from.toISOString()}&end_date=${to.toISOString()}&page_size=100`;
    const got = await items(`/open311/v2/requests.json?${q}`);
    const expected = seeded.filter((s) => ['haircut', 'cleaning'].includes(s.category) && s.createdAt >= from && s.createdAt < to);
    assert.ok(expected.length > 0);
    assert.deepEqual(got.map((r) => r.service_request_id).sort(), expected.map((s) => s._id).sort());
  });

  it('every query of the function is index-served', () => {
    const reads = cloud.log.since(0).filter((e) => e.fn === 'open311' && e.collection === 'wishes');
    assert.ok(reads.length > 0);
    assert.deepEqual(
      reads.filter((e) => !e.served).map((e) => e.fields),
      [],
    );
  });

  it('a page examines what it answers: an ordered index scan that stops at skip + limit', async () => {
    const figures: Array<[string, number, number]> = [];
    for (const q of ['page_size=10', 'page_size=10&page=5', 'page_size=100&status=open', 'page_size=10&service_code=haircut']) {
      const since = cloud.log.last;
      const got = await items(`/open311/v2/requests.json?${q}`);
      const read = cloud.log.since(since).find((e) => e.fn === 'open311' && e.collection === 'wishes')!;
      assert.equal(read.served, true);
      figures.push([q, got.length, read.examined]);
    }
    assert.deepEqual(
      figures.slice(0, 2).map((f) => f[2]),
      [10, 50],
    );
  });

  it('requests/{id}.json and .xml: a list of one, with status, team and the SLA due time', async () => {
    const s = seeded.find((w) => w.status === 'dispatched' && w.category === 'repairs')!;
    const [j] = await items(`/open311/v2/requests/${s._id}.json`);
    assert.deepEqual(
      [j!.status, j!.agency_responsible, j!.expected_datetime, j!.updated_datetime, j!.address_id],
      ['open', '乐修匠志愿服务队', iso(s.dueAt), iso(new Date(s.createdAt.getTime() + 3_600_000)), 'B-0012'],
    );
    const x = xmlItems((await get(cloud, `/open311/v2/requests/${s._id}.xml`)).body, 'service_requests', 'request');
    assert.equal(x.length, 1);
    assert.equal(x[0]!.service_request_id, s._id);
  });

  it('service_request_id=a,b,c: those requests, newest first, whatever the date window; unknown ids left out', async () => {
    const old = [...seeded].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const pick = [old[0]!, old[old.length - 1]!, old[Math.floor(old.length / 2)]!];
    const asked = [...pick.map((w) => w._id), 'no-such-wish'].join(',');
    const got = await items(`/open311/v2/requests.json?service_request_id=${asked}&start_date=2020-01-01T00:00:00Z`);
    assertFields(got, REQUEST_FIELDS, REQUEST_REQUIRED);
    const newestFirst = [...pick].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).map((w) => w._id);
    assert.deepEqual(
      got.map((r) => r.service_request_id),
      newestFirst,
    );
  });
});

describe('errors', () => {
  it.each([
    ['/open311/v2/requests.json?page_size=101', 400],
    ['/open311/v2/requests.json?status=pending', 400],
    ['/open311/v2/requests.json?start_date=yesterday', 400],
    ['/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-12-01T00:00:00Z', 400],
    ['/open311/v2/requests.json?phone=13912345678', 400],
    ['/open311/v2/services.json?page=2', 400],
    ['/open311/v2/requests/no-such-wish.json', 404],
    ['/open311/v2/services/no-such-service.json', 404],
    ['/open311/v2/requests.json?service_request_id=a,%24gt', 400],
    ['/open311/v2/requests/%7B%22%24gt%22%3A%22%22%7D.json', 404],
    ['/open311/v2/nothing.json', 404],
    ['/open311/v2/requests.csv', 404],
  ])('%s → %d, the spec error body', async (path, status) => {
    const r = await get(cloud, path);
    assert.equal(r.status, status, r.body);
    const errors = JSON.parse(r.body) as object[];
    assert.equal(errors.length, 1);
    assertFields(errors, ERROR_FIELDS, ERROR_FIELDS);
    assert.equal((errors[0] as { code: number }).code, status);
  });

  it('XML errors: <errors><error><code/><description/>', async () => {
    const r = await get(cloud, '/open311/v2/requests.xml?page=0');
    assert.equal(r.status, 400);
    const e = xmlItems(r.body, 'errors', 'error');
    assert.deepEqual(Object.keys(e[0]!), ['code', 'description']);
    assert.equal((await get(cloud, '/open311/v2/requests/nope.xml')).status, 404);
  });

  it('read-only: POST is 405 at the gateway', async () => {
    assert.equal((await get(cloud, '/open311/v2/requests.json', 'POST')).status, 405);
  });
});

describe('nothing personal', () => {
  it('no name, phone, room or resident text in any body answered so far', () => {
    assert.ok(bodies.length > 20);
    for (const body of bodies) for (const secret of SECRETS) assert.ok(!body.includes(secret), `${secret} leaked`);
  });
  it('every status and category appears, so the scan saw them all', async () => {
    const all = await items('/open311/v2/requests.json?page_size=100');
    const more = await items('/open311/v2/requests.json?page_size=100&page=2');
    const seen = [...all, ...more];
    assert.deepEqual(new Set(seen.map((r) => r.service_code)).size, CATEGORIES.length);
    assert.ok(STATUSES.every((s) => seeded.some((w) => w.status === s)));
  });
});
