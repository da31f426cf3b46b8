// Display rules for the centre's pages: overdue, why a wish is back, short descriptions.
import type { WishView } from '@/domain/wish/view';

/** Past its due time and nobody has finished it yet. */
export function isOverdue(wish: Pick<WishView, 'dueAt' | 'group'>, now = Date.now()): boolean {
  return wish.group === 'open' && Date.parse(wish.dueAt) < now;
}

/**
 * Why a wish is back at the centre: the team's reason for returning it, or the resident's
 * rating that reopened it. Undefined for a fresh submission.
 */
export function backReason(wish: Pick<WishView, 'status' | 'history' | 'rating'>): string | undefined {
  if (wish.status !== 'returned' && wish.status !== 'reopened') return undefined;
  const last = [...wish.history].reverse().find((h) => h.to === wish.status);
  if (wish.status === 'returned') return `服务队退回：${last?.note ?? '未说明原因'}`;
  const stars = wish.rating ? `${wish.rating.stars}星` : '不满意';
  const words = last?.note ?? wish.rating?.comment;
  return `居民评价${stars}${words ? `：${words}` : ''}`;
}

/** The first `max` characters (not UTF-16 units), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
