// `open311`: Open311 GeoReport v2, read-only, behind the HTTP access service (no login, no OPENID).
// Discovery, the service menu, and wishes as service requests with nothing personal in them
// (src/domain/open311/map.ts; SECURITY.md "Open311").
import { discovery, renderDefinition, renderDiscovery, renderRequests, renderServices } from '../../src/domain/open311/format';
import { isCategory, serviceList, toServiceRequest, type PublicNames } from '../../src/domain/open311/map';
import { requestsFilter } from '../../src/domain/open311/query';
import { PlainQuery, RequestId, RequestsQuery } from '../../src/domain/schemas/open311';
import { publicWish, publicWishes, publicWishesByIds } from '../_lib/collections/publicWishes';
import { setup } from '../_lib/context';
import { logFailure } from '../_lib/log';
import { answer, failure, formatOf, header, queryOf, targetOf, type HttpEvent, type HttpResponse, type Target } from './http';

const { db, ref } = setup();

/** When this API's behaviour last changed (discovery's changeset). */
const CHANGESET = '2026-12-01T00:00:00Z';
const CONTACT = '码上办 service centre (the community hotline in the mini-program). This feed is read-only.';

/** The first problem of a zod failure, as the spec's description: "page_size: must be between 1 and 100". */
interface Issues {
  issues: Array<{ path: PropertyKey[]; code: string; message: string; keys?: string[] }>;
}
const problem = (e: Issues) => {
  const i = e.issues[0];
  return i
    ? `${i.path.map(String).join('.') || 'query'}: ${i.code === 'unrecognized_keys' ? `unknown parameter ${(i.keys ?? []).join(', ')}` : i.message}`
    : 'bad query';
};

async function names(): Promise<PublicNames> {
  const [buildings, teams] = await Promise.all([ref.buildings(), ref.teams()]);
  const places = new Map(buildings.map((b) => [b._id, `${b.communityName} ${b.estateName} ${b.name}`]));
  const teamNames = new Map(teams.map((t) => [t._id, t.name]));
  return { address: (id) => places.get(id), team: (id) => teamNames.get(id) };
}

async function serve(t: Target, event: HttpEvent, query: Record<string, unknown>): Promise<HttpResponse> {
  const f = t.format;
  if (t.doc === 'requests') {
    const q = RequestsQuery.safeParse(query);
    if (!q.success) return failure(400, problem(q.error), f);
    const filter = requestsFilter(q.data, new Date());
    if ('error' in filter) return failure(400, filter.error, f);
    const read = 'ids' in filter ? publicWishesByIds(db, filter.ids) : publicWishes(db, filter);
    const [wishes, n] = await Promise.all([read, names()]);
    return answer(
      200,
      renderRequests(
        wishes.map((w) => toServiceRequest(w, n)),
        f,
      ),
      f,
    );
  }
  const plain = PlainQuery.safeParse(query);
  if (!plain.success) return failure(400, problem(plain.error), f);
  if (t.doc === 'services') return answer(200, renderServices(serviceList(), f), f);
  if (t.doc === 'definition') {
    // Every service has metadata=false: its definition is the code with no attributes to fill in.
    if (!isCategory(t.code)) return failure(404, 'no such service_code', f);
    return answer(200, renderDefinition({ service_code: t.code, attributes: [] }, f), f);
  }
  if (t.doc === 'discovery') {
    const host = header(event, 'host') ?? 'localhost';
    const proto = header(event, 'x-forwarded-proto') === 'http' ? 'http' : 'https';
    return answer(200, renderDiscovery(discovery(`${proto}://${host}/open311/v2`, CHANGESET, CONTACT), f), f);
  }
  const id = RequestId.safeParse(t.id);
  if (!id.success) return failure(404, 'no such service_request_id', f);
  const [wish, n] = await Promise.all([publicWish(db, id.data), names()]);
  if (!wish) return failure(404, 'no such service_request_id', f);
  // The spec answers a single request as a list of one.
  return answer(200, renderRequests([toServiceRequest(wish, n)], f), f);
}

export async function main(event: HttpEvent): Promise<HttpResponse> {
  const path = typeof event?.path === 'string' ? event.path : '';
  const format = formatOf(path);
  try {
    if (event?.httpMethod !== 'GET') return failure(405, 'read-only: use GET', format);
    const target = targetOf(path);
    if (!target) return failure(404, 'no such document: see discovery.json', format);
    return await serve(target, event, queryOf(event));
  } catch (err) {
    logFailure('open311', 'unhandled', err);
    return failure(500, 'internal error', format);
  }
}
