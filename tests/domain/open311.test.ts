// Open311 mapping: wishes as service requests (only public fields, the spec's keys), the service menu,
// the query window and the XML escaping. The HTTP side: tests/functions/open311.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { CATEGORIES } from '../../src/domain/menu';
import { escapeXml, renderErrors, renderRequests } from '../../src/domain/open311/format';
import { OPEN311_STATUS, PLACE_WITHHELD, serviceList, statusesOf, toServiceRequest, type PublicWish } from '../../src/domain/open311/map';
import { requestsFilter } from '../../src/domain/open311/query';
import { REQUEST_FIELDS, REQUEST_REQUIRED, SERVICE_FIELDS, SERVICE_REQUIRED } from '../../src/domain/open311/spec';
import { RequestsQuery } from '../../src/domain/schemas/open311';
import { STATUSES, type Status } from '../../src/domain/wish/states';

const names = {
  address: (id: string) => (id === 'B-0012' ? '金鼎社区 翠湖小区 3栋2单元' : undefined),
  team: (id: string) => (id === 't-1' ? '乐修匠志愿服务队' : undefined),
};
const wish = (over: Partial<PublicWish> = {}): PublicWish => ({
  _id: 'w1',
  status: 'dispatched',
  category: 'repairs',
  buildingId: 'B-0012',
  createdAt: new Date('2026-11-20T01:00:00.000Z'),
  dueAt: new Date('2026-11-22T10:00:00.000Z'),
  teamId: 't-1',
  history: [{ at: new Date('2026-11-20T02:00:00.000Z') }],
  ...over,
});

describe('toServiceRequest', () => {
  it('maps a dispatched repair: team, SLA due time, stairwell code', () => {
    assert.deepEqual(toServiceRequest(wish(), names), {
      service_request_id: 'w1',
      status: 'open',
      status_notes: 'Dispatched to a volunteer team; waiting for a volunteer.',
      service_name: '家电维修',
      service_code: 'repairs',
      agency_responsible: '乐修匠志愿服务队',
      requested_datetime: '2026-11-20T01:00:00Z',
      updated_datetime: '2026-11-20T02:00:00Z',
      expected_datetime: '2026-11-22T10:00:00Z',
      address: '金鼎社区 翠湖小区 3栋2单元',
      address_id: 'B-0012',
    });
  });

  it.each(STATUSES.map((s) => [s]))('%s: keys within the spec, the required ones present', (status: Status) => {
    for (const category of CATEGORIES) {
      const r = toServiceRequest(wish({ status, category }), names);
      for (const k of Object.keys(r)) assert.ok((REQUEST_FIELDS as readonly string[]).includes(k), k);
      for (const k of REQUEST_REQUIRED) assert.ok(r[k] !== undefined, k);
      assert.equal(r.status, OPEN311_STATUS[status]);
    }
  });

  it.each<[Status, 'open' | 'closed']>([
    ['submitted', 'open'],
    ['returned', 'open'],
    ['in_service', 'open'],
    ['completed', 'closed'],
    ['rated', 'closed'],
    ['closed', 'closed'],
    ['rejected', 'closed'],
    ['cancelled', 'closed'],
  ])('%s is %s', (s, expected) => assert.equal(OPEN311_STATUS[s], expected));

  it('withholds the place of health, legal and counselling requests', () => {
    for (const c of CATEGORIES) {
      const r = toServiceRequest(wish({ category: c }), names);
      assert.equal(r.address_id === undefined, PLACE_WITHHELD.has(c), c);
      assert.equal(r.address === undefined, PLACE_WITHHELD.has(c), c);
    }
  });

  it('no team, an unknown team or place: the field is left out; no history: updated = requested', () => {
    const r = toServiceRequest(wish({ teamId: undefined, buildingId: 'B-9', history: [] }), names);
    assert.equal(r.agency_responsible, undefined);
    assert.equal(r.address, undefined);
    assert.equal(r.address_id, 'B-9');
    assert.equal(r.updated_datetime, r.requested_datetime);
    assert.equal(toServiceRequest(wish({ teamId: 't-gone' }), names).agency_responsible, undefined);
  });

  it('reads nothing but the public fields (a wish with a contact publishes none of it)', () => {
    const full = {
      ...wish(),
      contact: { name: '张桂兰', phone: '13912345678' },
      room: '201',
      description: '找张桂兰 13912345678',
    } as PublicWish;
    const text = JSON.stringify(toServiceRequest(full, names));
    for (const secret of ['张桂兰', '13912345678', '201', '找']) assert.ok(!text.includes(secret), secret);
  });
});

describe('serviceList', () => {
  it('one definition per category, keys within the spec', () => {
    const list = serviceList();
    assert.deepEqual(
      list.map((s) => s.service_code),
      [...CATEGORIES],
    );
    for (const s of list) {
      for (const k of Object.keys(s)) assert.ok((SERVICE_FIELDS as readonly string[]).includes(k), k);
      for (const k of SERVICE_REQUIRED) assert.ok(s[k] !== undefined, k);
    }
  });
});

describe('requestsFilter', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const parse = (q: Record<string, string>) => requestsFilter(RequestsQuery.parse(q), now);
  it('defaults: the last 90 days, page 1 of 50, any status and service', () => {
    assert.deepEqual(parse({}), { from: new Date('2026-09-02T00:00:00Z'), to: now, skip: 0, limit: 50 });
  });
  it('status and service_code lists; page and page_size', () => {
    const f = parse({ status: 'closed', service_code: 'repairs,haircut,repairs', page: '3', page_size: '10' });
    assert.ok(!('error' in f) && !('ids' in f));
    assert.deepEqual(f.statuses, statusesOf(['closed']));
    assert.deepEqual(f.statuses?.sort(), ['closed', 'completed', 'rated', 'rejected', 'cancelled'].sort());
    assert.deepEqual(f.categories, ['repairs', 'haircut']);
    assert.deepEqual([f.skip, f.limit], [20, 10]);
  });
  it('service_request_id: those ids, each once, and nothing else applies', () => {
    assert.deepEqual(parse({ service_request_id: 'w1, w2,w1', status: 'open' }), { ids: ['w1', 'w2'] });
  });
  it.each<[Record<string, string>, string]>([
    [{ start_date: '2026-11-02T00:00:00Z', end_date: '2026-11-01T00:00:00Z' }, 'start_date must be before end_date'],
    [{ start_date: '2026-01-01T00:00:00Z', end_date: '2026-11-01T00:00:00Z' }, 'the date window is at most 90 days'],
  ])('%j → %s', (q, error) => assert.deepEqual(parse(q), { error }));
  it.each<[Record<string, string>]>([
    [{ page_size: '101' }],
    [{ page_size: '0' }],
    [{ page: '-1' }],
    [{ page: '1.5' }],
    [{ status: 'pending' }],
    [{ service_code: 'repairs,nope' }],
    [{ start_date: '2026-11-01' }],
    [{ start_date: '2026-13-45T00:00:00Z' }],
    [{ name: '张桂兰' }],
    [{ service_request_id: 'w1,<script>' }],
    [{ service_request_id: Array.from({ length: 51 }, (_, i) => `w${i}`).join(',') }],
  ])('rejects %j', (q) => assert.equal(RequestsQuery.safeParse(q).success, false));
});

describe('XML', () => {
  it('escapes markup and drops characters XML forbids', () => {
    assert.equal(escapeXml(`<a href="x">&'\u0001</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
  it('lists: <service_requests><request>, errors <errors><error>', () => {
    assert.equal(
      renderRequests([{ service_request_id: 'a&b', status: 'open' }], 'xml'),
      '<?xml version="1.0" encoding="utf-8"?><service_requests><request><service_request_id>a&amp;b</service_request_id><status>open</status></request></service_requests>',
    );
    assert.equal(
      renderErrors([{ code: 400, description: 'x<y' }], 'xml'),
      '<?xml version="1.0" encoding="utf-8"?><errors><error><code>400</code><description>x&lt;y</description></error></errors>',
    );
    assert.equal(renderErrors([{ code: 404, description: 'no' }], 'json'), '[{"code":404,"description":"no"}]');
  });
});
