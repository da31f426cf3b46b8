// The service itself: when the volunteer plans to come (约定上门), how long it took against the time
// since check-in, where the volunteer checked in (coarse), and the record a served attempt leaves when
// the resident sends it back (重办).

export type TimeWindow = 'morning' | 'afternoon' | 'evening' | 'any';

/** 约定上门: the day (YYYY-MM-DD, business time) and time window the claimant agreed with the resident. */
export interface PlannedVisit {
  date: string;
  window: TimeWindow;
}

/** Minutes a volunteer may claim beyond the time since check-in before the leader must confirm them. */
export const MINUTES_MARGIN = 30;

/** What the volunteer recorded on completion; `toConfirm` while the leader has not confirmed it. */
export interface Completion {
  summary: string;
  minutes: number;
  photo?: string;
  at: Date;
  /** More than the time since check-in + MINUTES_MARGIN: the credit waits for the leader. */
  toConfirm?: boolean;
  /** The most that counts without the leader (time since check-in + margin), set with toConfirm. */
  allowedMinutes?: number;
  /** The leader's decision on claimed minutes: what was claimed, why it was kept or corrected. */
  confirmed?: { claimed: number; reason: string; at: Date };
}

/** Where the volunteer checked in, rounded to about 100 m (3 decimals): for the centre and the leader only. */
export interface Place {
  lat: number;
  lng: number;
}

export const coarsePlace = (p: Place): Place => ({ lat: Math.round(p.lat * 1000) / 1000, lng: Math.round(p.lng * 1000) / 1000 });

/** One service of a wish that the resident sent back (≤2★): kept on the wish for the volunteer and the centre. */
export interface Attempt {
  claimant: string;
  teamId?: string;
  checkedInAt?: Date;
  completion?: Completion;
  stars: number;
  /** The resident's reason (the rating's comment). */
  reason?: string;
  at: Date;
}

/** The completion as decided on `now`: marked to confirm when the claim exceeds the time since check-in + margin. */
export function completionOf(
  input: { summary: string; minutes: number; photo?: string },
  checkedInAt: Date | undefined,
  now: Date,
): Completion {
  const base: Completion = { ...input, at: now };
  if (!checkedInAt) return base;
  const since = Math.max(0, Math.floor((now.getTime() - new Date(checkedInAt).getTime()) / 60_000));
  const allowed = since + MINUTES_MARGIN;
  return input.minutes > allowed ? { ...base, toConfirm: true, allowedMinutes: allowed } : base;
}

/** Minutes that count for this completion: the claim, or while unconfirmed only what the clock allows. */
export const countedMinutes = (c: Pick<Completion, 'minutes' | 'toConfirm' | 'allowedMinutes'> | undefined): number =>
  !c ? 0 : c.toConfirm ? Math.min(c.minutes, c.allowedMinutes ?? 0) : c.minutes;
