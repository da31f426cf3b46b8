// What each viewer sees of a wish. The resident's name, phone and room (门牌) are masked until the
// viewer holds the claim (or is the owner or the centre); the place's names (小区, 楼栋) are not;
// photos show the problem, so every viewer sees them; the timeline shows roles, never who (OPENIDs) acted.
import { HELD, STATUS_GROUP, type Status, type StatusGroup } from './states';
import type { Relation, WishAction } from './actions';
import { countedMinutes, type Completion, type Place } from './service';
import type { PlannedVisit, Wish } from './wish';
import { quoteText, type QuoteBasis } from '../money/price';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  // A landline (帮办 for an elder) keeps only its last 4 digits: 0871-63120012 → ****0012.
  return /^(0\d{2,3}-?)?[2-9]\d{6,7}$/.test(phone) ? `****${phone.slice(-4)}` : '****';
}

/** 张阿姨 → 张**: enough to greet, not enough to identify. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(Math.min(chars.length - 1, 2));
}

export interface WishView {
  id: string;
  status: Status;
  group: StatusGroup;
  version: number;
  category: Wish['category'];
  description: string;
  urgency: Wish['urgency'];
  preferredTime: Wish['preferredTime'];
  photos: string[];
  buildingId: string;
  communityId: string;
  /** The names of the place, from the reference data (absent when the stairwell is no longer known). */
  place?: PlaceNames;
  /** 门牌: only for the owner, the claimant and the centre; absent for anyone else (「接单后可见门牌」). */
  room?: string;
  contact: { name: string; phone: string; masked: boolean };
  proxy: boolean;
  /** 帮办: the elder has no phone; `contact.phone` is the helper's. */
  noPhone?: boolean;
  /** 帮办: who filed it for the elder, masked like the contact (never shown to strangers: they see no wish). */
  helper?: { name: string; phone: string; masked: boolean };
  /** Instants cross the wire as ISO strings. */
  createdAt: string;
  dueAt: string;
  /** Scheduled into the community's weekly service day (服务日): `dueAt` is that day's end. */
  serviceDay?: string;
  teamId?: string;
  wallConsent?: boolean;
  wall?: boolean;
  wallAt?: string;
  activityId?: string;
  /** The activity it is folded into: what, when and where it will be served. */
  activity?: { title: string; address: string; startAt: string; endAt: string };
  claimedByMe: boolean;
  hasClaimant: boolean;
  /** 约定上门: the day and window the claimant agreed with the resident (the owner and staff). */
  plannedVisit?: PlannedVisit;
  completion?: Omit<Completion, 'at' | 'confirmed'> & { at: string; confirmed?: { claimed: number; reason: string; at: string } };
  /** The centre and the team's leader: where the volunteer checked in (coarse). */
  checkInPlace?: Place;
  /** Sent-back services: the centre sees all, a volunteer who served one only their own. */
  attempts?: Array<{ byMe: boolean; stars: number; reason?: string; minutes: number; summary?: string; at: string }>;
  rating?: { stars: number; comment?: string; at: string };
  rejectReason?: string;
  /** Dispatchers only: an open wish with the same phone, stairwell and category. */
  duplicateOf?: string;
  /** The resident's view once someone holds the wish: who serves it and how to reach them. */
  servedBy?: ServedBy;
  /** Staff only: 升级 (escalated past its due time, unclaimed) and the last 催办 (reminder) of the timer. */
  escalatedAt?: string;
  remindedAt?: string;
  /** Repairs at cost: what the household pays, fixed at submit (for whoever sees the wish). */
  price?: { payFen: number; basis: QuoteBasis; text: string };
  history: Array<{
    at: string;
    action: WishAction;
    as: Relation;
    from: Status;
    to: Status;
    note?: string;
    stars?: number;
    /** A rating a 帮办员 gave on the elder's behalf. */
    onBehalf?: boolean;
    /** plan_visit: the day and window written down. */
    visit?: PlannedVisit;
    /** schedule_service_day: the service day. */
    serviceDay?: string;
    byMe: boolean;
  }>;
}

/** Shown to the resident: the volunteer's masked name, the team, and the community's hotline to call. */
export interface ServedBy {
  name: string;
  teamName: string;
  hotline?: string;
}

/** 社区 + 小区 + 楼栋/单元, as staff read a place (never the stairwell code alone). */
export interface PlaceNames {
  communityName: string;
  estateName: string;
  buildingName: string;
}

/** What the function looked up: the place (cached reference data), for the owner's view the volunteer, the team, the community, and the activity a wish is folded into. */
export interface ServiceFacts {
  place?: PlaceNames;
  volunteerName?: string;
  teamName?: string;
  hotline?: string;
  /** The activity the wish is folded into (read only for such a wish). */
  activity?: { title: string; address: string; startAt: Date | string; endAt: Date | string };
}

/** Notes written for the team (or the wall's claimant) and the centre only (a dispatcher's note, 「服务队可见」). */
const TEAM_ONLY_NOTES: readonly WishAction[] = ['dispatch', 'publish_to_wall'];
const STAFF: readonly Relation[] = ['dispatcher', 'member', 'leader', 'claimant'];

/** A name and phone in full, or masked (张**, 139****5678; a landline keeps only its last 4 digits). */
const masked = (c: { name: string; phone: string }, full: boolean) =>
  full ? { name: c.name, phone: c.phone, masked: false } : { name: maskName(c.name), phone: maskPhone(c.phone), masked: true };

export function viewOf(wish: Wish, viewer: string, relations: readonly Relation[], facts: ServiceFacts = {}): WishView {
  const full = relations.includes('owner') || relations.includes('claimant') || relations.includes('dispatcher');
  const staff = relations.some((r) => STAFF.includes(r));
  const served = relations.includes('owner') && HELD.includes(wish.status) && facts.volunteerName !== undefined;
  const centre = relations.includes('dispatcher');
  const attempts = (wish.attempts ?? []).filter((a) => centre || a.claimant === viewer);
  return {
    id: wish._id,
    status: wish.status,
    group: STATUS_GROUP[wish.status],
    version: wish.version,
    category: wish.category,
    description: wish.description,
    urgency: wish.urgency,
    preferredTime: wish.preferredTime,
    photos: wish.photos,
    buildingId: wish.buildingId,
    communityId: wish.communityId,
    ...(facts.place ? { place: facts.place } : {}),
    ...(full ? { room: wish.room } : {}),
    contact: masked(wish.contact, full),
    proxy: wish.proxy,
    ...(wish.noPhone ? { noPhone: true } : {}),
    ...(wish.helper ? { helper: masked(wish.helper, full) } : {}),
    createdAt: iso(wish.createdAt),
    dueAt: iso(wish.dueAt),
    ...(wish.serviceDay ? { serviceDay: wish.serviceDay } : {}),
    ...(wish.teamId ? { teamId: wish.teamId } : {}),
    ...(wish.wallConsent ? { wallConsent: true } : {}),
    ...(wish.wall ? { wall: true, ...(wish.wallAt ? { wallAt: iso(wish.wallAt) } : {}) } : {}),
    ...(wish.activityId ? { activityId: wish.activityId } : {}),
    ...(wish.activityId && facts.activity
      ? {
          activity: {
            title: facts.activity.title,
            address: facts.activity.address,
            startAt: iso(facts.activity.startAt),
            endAt: iso(facts.activity.endAt),
          },
        }
      : {}),
    claimedByMe: wish.claimant === viewer,
    hasClaimant: !!wish.claimant,
    ...(wish.plannedVisit && (staff || relations.includes('owner')) ? { plannedVisit: { ...wish.plannedVisit } } : {}),
    ...(wish.completion ? { completion: completionView(wish.completion) } : {}),
    ...(wish.checkInPlace && (centre || relations.includes('leader')) ? { checkInPlace: wish.checkInPlace } : {}),
    ...(attempts.length
      ? {
          attempts: attempts.map((a) => ({
            byMe: a.claimant === viewer,
            stars: a.stars,
            ...(a.reason ? { reason: a.reason } : {}),
            minutes: countedMinutes(a.completion),
            ...(a.completion ? { summary: a.completion.summary } : {}),
            at: iso(a.at),
          })),
        }
      : {}),
    ...(wish.rating ? { rating: { ...wish.rating, at: iso(wish.rating.at) } } : {}),
    ...(wish.rejectReason ? { rejectReason: wish.rejectReason } : {}),
    ...(wish.duplicateOf && relations.includes('dispatcher') ? { duplicateOf: wish.duplicateOf } : {}),
    ...(served
      ? {
          servedBy: {
            name: maskName(facts.volunteerName!),
            teamName: facts.teamName ?? '',
            ...(facts.hotline ? { hotline: facts.hotline } : {}),
          },
        }
      : {}),
    ...(wish.escalatedAt && staff ? { escalatedAt: iso(wish.escalatedAt) } : {}),
    ...(wish.remindedAt && staff ? { remindedAt: iso(wish.remindedAt) } : {}),
    ...(wish.quote ? { price: { payFen: wish.quote.householdFen, basis: wish.quote.basis, text: quoteText(wish.quote) } } : {}),
    // Who acted is shown as "me" or by role, never as another person's OPENID.
    history: wish.history.map((h) => ({
      at: iso(h.at),
      action: h.action,
      as: h.as,
      from: h.from,
      to: h.to,
      ...(h.note && (staff || !TEAM_ONLY_NOTES.includes(h.action)) ? { note: h.note } : {}),
      ...(h.stars ? { stars: h.stars } : {}),
      ...(h.onBehalf ? { onBehalf: true } : {}),
      ...(h.visit ? { visit: { date: h.visit.date, window: h.visit.window } } : {}),
      ...(h.serviceDay ? { serviceDay: h.serviceDay } : {}),
      ...(h.activityId ? { activityId: h.activityId } : {}),
      byMe: h.by === viewer,
    })),
  };
}

function completionView({ at, confirmed, ...rest }: Completion): NonNullable<WishView['completion']> {
  return { ...rest, at: iso(at), ...(confirmed ? { confirmed: { ...confirmed, at: iso(confirmed.at) } } : {}) };
}
