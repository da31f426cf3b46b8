// 等待预算: a credit its sponsor's budget cannot pay waits in a visible queue (`waitingCredits/{wishId}`)
// instead of retrying silently. Its points are fixed when it first waits (the rules then in force);
// granting budget pays the queue oldest first and stops at the first credit the budget cannot cover,
// so a later, smaller credit never jumps ahead. Nothing goes negative: the posting rule refuses it.
import type { Category } from '../menu';

export type WaitingStatus = 'waiting' | 'paid' | 'dropped';

export interface WaitingCredit {
  /** The wish's id: one waiting credit per wish. */
  _id: string;
  sponsorId: string;
  volunteer: string;
  category: Category;
  points: number;
  rulesVersion: number;
  status: WaitingStatus;
  /** When it started waiting: the queue's order. */
  since: Date;
  paidAt?: Date;
}

export function waitingCredit(
  w: { wishId: string; sponsorId: string; volunteer: string; category: Category; points: number; rulesVersion: number },
  now: Date,
): WaitingCredit {
  return {
    _id: w.wishId,
    sponsorId: w.sponsorId,
    volunteer: w.volunteer,
    category: w.category,
    points: w.points,
    rulesVersion: w.rulesVersion,
    status: 'waiting',
    since: now,
  };
}
