// Query parameters of the Open311 GeoReport v2 endpoint (a machine API: English messages, as the
// spec's error descriptions). Not an action of the registry: the open311 function is HTTP-triggered.
import * as z from 'zod';
import { CATEGORIES } from '../menu';
import { OPEN311_STATUSES } from '../open311/spec';

export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 50;
/** The widest date window one request may ask for, and the default one (the spec's 90 days). */
export const WINDOW_DAYS = 90;
/** Deep pages cost a scan each; 90 days of wishes fit well within this many pages. */
export const PAGE_MAX = 200;

// W3C / ISO 8601 date-times, with an offset or Z (2026-11-01T00:00:00Z, 2026-11-01T08:00:00+08:00).
const DateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/, 'must be a W3C date-time like 2026-11-01T00:00:00Z')
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()), 'not a valid date-time');

/** A service_request_id: the wish's id, a plain token. */
export const RequestId = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, 'not a service_request_id');

/** At most this many ids in one `service_request_id` list. */
export const IDS_MAX = 50;

/** A comma-separated list of service_request_ids, each once (the spec's way to ask for several at once). */
const idList = z
  .string()
  .max(IDS_MAX * 65)
  .transform((s) => [...new Set(s.split(',').map((v) => v.trim()))])
  .refine((ids) => ids.length <= IDS_MAX, `at most ${IDS_MAX} ids`)
  .refine((ids) => ids.every((id) => RequestId.safeParse(id).success), 'not a list of service_request_ids');

/** A comma-separated list of known values, each once at most (status=open,closed). */
const listOf = <T extends string>(values: readonly T[], name: string) =>
  z
    .string()
    .max(400)
    .transform((s) => s.split(',').map((v) => v.trim()))
    .refine((vs) => vs.every((v) => (values as readonly string[]).includes(v)), `unknown ${name}`)
    .transform((vs) => [...new Set(vs)] as T[]);

const Int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be between ${min} and ${max}`);

export const RequestsQuery = z
  .object({
    /** When given, the spec says every other parameter is ignored: these requests, whatever their date. */
    service_request_id: idList.optional(),
    start_date: DateTime.optional(),
    end_date: DateTime.optional(),
    status: listOf(OPEN311_STATUSES, 'status').optional(),
    service_code: listOf(CATEGORIES, 'service_code').optional(),
    page: Int(1, PAGE_MAX).optional(),
    page_size: Int(1, PAGE_SIZE_MAX).optional(),
    jurisdiction_id: z.string().max(64).optional(),
  })
  .strict();
export type RequestsQuery = z.output<typeof RequestsQuery>;

/** Discovery, services and one request take no parameter but the (ignored) jurisdiction. */
export const PlainQuery = z.object({ jurisdiction_id: z.string().max(64).optional() }).strict();
