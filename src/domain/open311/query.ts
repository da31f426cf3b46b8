// The date window and page of a requests query, from its validated parameters and "now".
import { PAGE_SIZE_DEFAULT, WINDOW_DAYS, type RequestsQuery } from '../schemas/open311';
import type { Category } from '../menu';
import type { Status } from '../wish/states';
import { statusesOf } from './map';
import type { Open311Status } from './spec';

const DAY = 86_400_000;

export interface RequestsFilter {
  from: Date;
  to: Date;
  /** undefined: any status. */
  statuses?: Status[];
  categories?: Category[];
  skip: number;
  limit: number;
}

/** Requests asked for by id: the spec ignores every other parameter then. */
export interface IdsFilter {
  ids: string[];
}

/** A filter, or the reason the parameters make no sense (the spec's 400). */
export function requestsFilter(q: RequestsQuery, now: Date): RequestsFilter | IdsFilter | { error: string } {
  if (q.service_request_id) return { ids: q.service_request_id };
  const to = q.end_date ?? (q.start_date ? new Date(q.start_date.getTime() + WINDOW_DAYS * DAY) : now);
  const from = q.start_date ?? new Date(to.getTime() - WINDOW_DAYS * DAY);
  if (from.getTime() >= to.getTime()) return { error: 'start_date must be before end_date' };
  if (to.getTime() - from.getTime() > WINDOW_DAYS * DAY) return { error: `the date window is at most ${WINDOW_DAYS} days` };
  const size = q.page_size ?? PAGE_SIZE_DEFAULT;
  const page = q.page ?? 1;
  return {
    from,
    to,
    ...(q.status ? { statuses: statusesOf(q.status as Open311Status[]) } : {}),
    ...(q.service_code ? { categories: q.service_code } : {}),
    skip: (page - 1) * size,
    limit: size,
  };
}
