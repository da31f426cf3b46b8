// Wishes as Open311 service requests, the service menu as service definitions. Pure: places and team
// names come in as lookups. What is published and why: SECURITY.md "Open311". Never the resident's text,
// room, name, phone, photos, rating comment or reasons, nor anyone's OPENID.
import { CATEGORIES, SERVICE_MENU, SPECIALTY_LABELS, type Category } from '../menu';
import { STATUS_GROUP, type Status } from '../wish/states';
import { PERSONAL_CATEGORIES } from '../wish/wall';
import type { Wish } from '../wish/wish';
import type { Open311Status, ServiceDefinition, ServiceRequest } from './spec';

/**
 * Categories whose stairwell is not published: the personal ones of the wall (PERSONAL_CATEGORIES:
 * health, legal advice, counselling, medicine, hospital escort). A stairwell plus such a need would
 * point at a household.
 */
export const PLACE_WITHHELD: ReadonlySet<Category> = new Set<Category>(PERSONAL_CATEGORIES);

/** Open311's open/closed: open while someone still has to act; served or ended is closed. */
export const OPEN311_STATUS: Record<Status, Open311Status> = Object.fromEntries(
  Object.entries(STATUS_GROUP).map(([s, g]) => [s, g === 'open' ? 'open' : 'closed']),
) as Record<Status, Open311Status>;

/** status_notes: fixed text per status (never a reason someone typed). */
export const STATUS_NOTES: Record<Status, string> = {
  submitted: 'Received; waiting to be dispatched to a volunteer team.',
  dispatched: 'Dispatched to a volunteer team; waiting for a volunteer.',
  claimed: 'A volunteer has taken it on.',
  in_service: 'A volunteer is serving it.',
  returned: 'Handed back by the team; waiting to be dispatched again.',
  reopened: 'Reopened after the service; waiting to be dispatched again.',
  completed: 'Served; waiting for the resident to confirm.',
  rated: 'Served and confirmed by the resident.',
  closed: 'Served and closed.',
  rejected: 'Not taken on by the service centre.',
  cancelled: 'Withdrawn.',
};

/** The statuses of the store behind an Open311 status filter. */
export function statusesOf(wanted: readonly Open311Status[]): Status[] {
  return (Object.keys(OPEN311_STATUS) as Status[]).filter((s) => wanted.includes(OPEN311_STATUS[s]));
}

export function isCategory(code: string): code is Category {
  return (CATEGORIES as readonly string[]).includes(code);
}

/** GET services: the service menu (菜单式服务), one definition per category. */
export function serviceList(): ServiceDefinition[] {
  return CATEGORIES.map((c) => ({
    service_code: c,
    service_name: SERVICE_MENU[c].label,
    description: `${SERVICE_MENU[c].label}（${SPECIALTY_LABELS[SERVICE_MENU[c].specialty]}）`,
    metadata: false,
    type: 'realtime',
    keywords: c.replace(/_/g, ', '),
    group: SPECIALTY_LABELS[SERVICE_MENU[c].specialty],
  }));
}

/** What the mapping needs to know about the world: public names only. */
export interface PublicNames {
  /** 社区 小区 楼栋: the stairwell's public address, undefined when unknown. */
  address(buildingId: string): string | undefined;
  /** The team's name, undefined when unknown or inactive. */
  team(teamId: string): string | undefined;
}

/** The public fields of a wish the store reads (a projection: nothing else is even loaded). */
export type PublicWish = Pick<Wish, '_id' | 'status' | 'category' | 'buildingId' | 'createdAt' | 'dueAt' | 'teamId'> & {
  /** The last change: the history's last entry (loaded as a slice of one). */
  history?: Array<{ at: Date }>;
};

const iso = (d: Date) => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function toServiceRequest(w: PublicWish, names: PublicNames): ServiceRequest {
  const out: ServiceRequest = {
    service_request_id: w._id,
    status: OPEN311_STATUS[w.status],
    status_notes: STATUS_NOTES[w.status],
    service_name: SERVICE_MENU[w.category].label,
    service_code: w.category,
  };
  const team = w.teamId === undefined ? undefined : names.team(w.teamId);
  if (team !== undefined) out.agency_responsible = team;
  out.requested_datetime = iso(w.createdAt);
  const last = w.history?.[w.history.length - 1]?.at;
  out.updated_datetime = iso(last ?? w.createdAt);
  out.expected_datetime = iso(w.dueAt);
  if (!PLACE_WITHHELD.has(w.category)) {
    const address = names.address(w.buildingId);
    if (address !== undefined) out.address = address;
    out.address_id = w.buildingId;
  }
  return out;
}
