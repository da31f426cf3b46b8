// The wish document (微心愿; an order 工单 once dispatched) and how a new one is made.
import { dueAt, type Category, type Urgency } from '../menu';
import type { HistoryEntry } from './actions';
import type { Status } from './states';

export type TimeWindow = 'morning' | 'afternoon' | 'evening' | 'any';

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
  checkedInAt?: Date;
  completion?: { summary: string; minutes: number; photo?: string; at: Date };
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
  history: HistoryEntry[];
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
}

/** A submitted wish, not yet stored (the store gives `_id`). */
export function newWish(
  input: NewWishInput,
  place: { buildingId: string; communityId: string; sponsorId: string },
  filedBy: string,
  now: Date,
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
    filedBy,
    proxy: input.proxy,
    ...(input.proxy && input.noPhone ? { noPhone: true } : {}),
    ...(input.proxy && input.helper ? { helper: input.helper } : {}),
    ...(input.proxy && input.proxyConsent ? { proxyConsentAt: now } : {}),
    createdAt: now,
    dueAt: dueAt(now, input.category, input.urgency),
    excludedTeamIds: [],
    consentAt: now,
    history: [],
  };
}
