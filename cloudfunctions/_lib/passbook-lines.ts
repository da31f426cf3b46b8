// A period's journal entries as passbook lines: who (the passbook's owner), the points that moved on
// the passbook, and the entry's minutes (hours are on the entry; only its passbook counts them). Shared by
// bank (reviews, party hours, offices) and insight (party members by branch).
import type { JournalEntry } from '../../src/domain/bank/ledger';

export interface PassbookLine {
  openid: string;
  points: number;
  minutes: number;
  wishId?: string;
  activityId?: string;
}

/** The project a line served: its wish, or its activity (one project however many attended). */
export const projectOf = (l: Pick<PassbookLine, 'wishId' | 'activityId'>): string | undefined =>
  l.wishId ? `wish:${l.wishId}` : l.activityId ? `activity:${l.activityId}` : undefined;

export function passbookLines(entries: readonly Pick<JournalEntry, 'lines' | 'minutes' | 'wishId' | 'activityId'>[]): PassbookLine[] {
  const out: PassbookLine[] = [];
  for (const e of entries) {
    const books = [...new Set(e.lines.filter((l) => l.account.startsWith('passbook:')).map((l) => l.account))];
    for (const account of books) {
      const points = e.lines.filter((l) => l.account === account).reduce((s, l) => s + l.points, 0);
      out.push({
        openid: account.slice('passbook:'.length),
        points,
        minutes: e.minutes ?? 0,
        ...(e.wishId ? { wishId: e.wishId } : {}),
        ...(e.activityId ? { activityId: e.activityId } : {}),
      });
    }
  }
  return out;
}
