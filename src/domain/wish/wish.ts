// The wish document (微心愿; an order 工单 once dispatched) and how a new one is made.
import type { Category, Urgency } from '../menu';
import type { RepairQuote } from '../money/price';
import type { HistoryEntry } from './actions';
import { phoneTailOf } from './queue';
import type { Attempt, Completion, Place, PlannedVisit, TimeWindow } from './service';
import type { Status } from './states';

export type { PlannedVisit, TimeWindow } from './service';

export interface Contact {
  name: string;
  phone: string;
}

export interface Wish {
  _id: string;
  status: Status;
  /** Bumped by every transition: the compare-and-set guard. */
  version: number;
  category: Category;
  description: string;
  urgency: Urgency;
  preferredTime: { date: string; window: TimeWindow };
  photos: string[];
  buildingId: string;
  communityId: string;
  /** Who pays the points (政府买单): the community's sponsor when the wish was filed. */
  sponsorId: string;
  room: string;
  contact: Contact;
  /**
   * The phone's last 4 digits, for the workbench's search (index phoneTail_1_status_1_dueAt_1). Set at
   * submit; wishes filed before it existed have none and are not found by phone.
   */
  phoneTail?: string;
  /** OPENID of whoever filed it: the resident, or a 帮办员 filing for an elder (proxy). */
  filedBy: string;
  proxy: boolean;
  /** 帮办: the elder has no phone; `contact.phone` is then the helper's. */
  noPhone?: boolean;
  /** 帮办: who filed it for the elder and how to reach them (from the form or their volunteer profile). */
  helper?: Contact;
  /** 帮办: when the helper confirmed that the elder was told and agreed (consent by proxy). */
  proxyConsentAt?: Date;
  createdAt: Date;
  dueAt: Date;
  teamId?: string;
  /** Teams that already had it and must not get it again (returned, or rated ≤2). */
  excludedTeamIds: string[];
  claimant?: string;
  claimedAt?: Date;
  /** 约定上门: set by the claimant (plan_visit), cleared with the claim whenever the order goes back to a pool. */
  plannedVisit?: PlannedVisit;
  checkedInAt?: Date;
  /** Where the claimant checked in, coarse, when they allowed it (staff only). */
  checkInPlace?: Place;
  completion?: Completion;
  /** Top-level copy of completion.at, indexed for the 7-day auto-close. */
  completedAt?: Date;
  /** The consent to the privacy notice this wish was filed under. */
  consentAt: Date;
  rating?: { stars: number; comment?: string; at: Date };
  rejectReason?: string;
  /** Staff only: an open wish with the same phone, stairwell and category (never shown to the filer). */
  duplicateOf?: string;
  /** Set once, in the same transaction as the journal entry that paid for it. */
  creditEntryId?: string;
  closedAt?: Date;
  /** Services the resident sent back (≤2★), oldest first: who served, what, the stars and the reason. */
  attempts?: Attempt[];
  /** A sent-back attempt's hours are not booked yet (index hoursPending_1; the hourly timer retries). */
  hoursPending?: boolean;
  /** Scheduled into the community's weekly service day (服务日, YYYY-MM-DD): `dueAt` is that day's end. */
  serviceDay?: string;
  /** Everyone who completed a service of it (the volunteer's 我的; index servers_1_createdAt_-1). */
  servers?: string[];
  history: HistoryEntry[];
  /** Repairs at cost: the price for this household, fixed when it was submitted (later price changes do not alter it). */
  quote?: RepairQuote;
  /** A quote not yet in the money book: set at submit, removed when the closed wish is settled (index moneyPending_1_status_1). */
  moneyPending?: boolean;
  /** 催办: the last reminder the dispatch timer sent about it (src/domain/wish/escalation.ts). */
  remindedAt?: Date;
  /** 升级: when an order dispatched but unclaimed past its due time was escalated (cleared by the next dispatch). */
  escalatedAt?: Date;
  /** 升级: the parent team it was escalated to (none when the team has no parent: the centre alone). */
  escalatedTo?: string;
  /** The resident agreed, when filing, that it may be published to the community's wall (微心愿墙); absent: not agreed. */
  wallConsent?: true;
  /** On the community's wall (publish_to_wall): any registered volunteer of `communityId` may claim it; no teamId. */
  wall?: true;
  /** When it went on the wall. */
  wallAt?: Date;
  /** Folded into an activity (the service day, attach_activity): its attendees may claim it; `dueAt` is the activity's end. */
  activityId?: string;
}

export interface NewWishInput {
  category: Category;
  description: string;
  urgency: Urgency;
  preferredTime: { date: string; window: TimeWindow };
  photos: string[];
  room: string;
  contact: Contact;
  proxy: boolean;
  noPhone?: boolean;
  helper?: Contact;
  proxyConsent?: boolean;
  wallConsent?: boolean;
}

/** A submitted wish, not yet stored (the store gives `_id`); `dueAt` from the SLA rules in force (sla.ts dueAtOf). */
export function newWish(
  input: NewWishInput,
  place: { buildingId: string; communityId: string; sponsorId: string },
  filedBy: string,
  now: Date,
  dueAt: Date,
): Omit<Wish, '_id'> {
  return {
    status: 'submitted',
    version: 1,
    category: input.category,
    description: input.description,
    urgency: input.urgency,
    preferredTime: input.preferredTime,
    photos: input.photos,
    buildingId: place.buildingId,
    communityId: place.communityId,
    sponsorId: place.sponsorId,
    room: input.room,
    // An elder without a phone is reached through the helper who filed for them.
    contact: input.proxy && input.noPhone && input.helper ? { name: input.contact.name, phone: input.helper.phone } : input.contact,
    phoneTail: phoneTailOf(input.proxy && input.noPhone && input.helper ? input.helper.phone : input.contact.phone),
    filedBy,
    proxy: input.proxy,
    ...(input.proxy && input.noPhone ? { noPhone: true } : {}),
    ...(input.proxy && input.helper ? { helper: input.helper } : {}),
    ...(input.proxy && input.proxyConsent ? { proxyConsentAt: now } : {}),
    ...(input.wallConsent ? { wallConsent: true as const } : {}),
    createdAt: now,
    dueAt,
    excludedTeamIds: [],
    consentAt: now,
    history: [],
  };
}
