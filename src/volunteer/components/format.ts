// Display rules for the volunteer pages: overdue, short descriptions, hours.
import type { WishView } from '@/domain/wish/view';

/** Past its due time and not yet served. */
export function isOverdue(wish: Pick<WishView, 'dueAt' | 'group'>, now = Date.now()): boolean {
  return wish.group === 'open' && Date.parse(wish.dueAt) < now;
}

/** The first `max` characters (not UTF-16 units), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** 135 → `2.3`: hours with one decimal, trailing `.0` dropped. */
export function hoursOf(minutes: number): string {
  return String(Math.round((minutes / 60) * 10) / 10);
}
