// What a volunteer sees of a visit order. The elder's name, room, phone and guardian only for the
// order's named volunteer or a member of its team (those who make the call or the visit); anyone
// else who could ever see an order sees the name masked, the tags, the age and the place's names.
import { maskName, type PlaceNames } from '../wish/view';
import { ageOf, type Elder } from './elder';
import type { VisitOrder } from './order';

export interface VisitViewData {
  id: string;
  kind: VisitOrder['kind'];
  dueDate: string;
  dueAt: string;
  status: VisitOrder['status'];
  overdue: boolean;
  mine: boolean;
  outcome?: VisitOrder['outcome'];
  wishId?: string;
  elder: {
    name: string;
    age: number;
    tags: Elder['tags'];
    place: string;
    room?: string;
    phone?: string;
    guardian?: { name: string; phone: string; relation?: string };
  };
}

export const placeText = (p: PlaceNames | undefined) => (p ? `${p.communityName} · ${p.estateName} · ${p.buildingName}` : '');

export function visitViewOf(
  order: VisitOrder,
  elder: Elder,
  place: PlaceNames | undefined,
  viewer: { openid: string; teamIds: readonly string[] },
  now: Date,
): VisitViewData {
  const mine = order.volunteerOpenid === viewer.openid;
  const full = mine || (!!order.teamId && viewer.teamIds.includes(order.teamId));
  return {
    id: order._id,
    kind: order.kind,
    dueDate: order.dueDate,
    dueAt: new Date(order.dueAt).toISOString(),
    status: order.status,
    overdue: order.status !== 'done' && new Date(order.dueAt).getTime() <= now.getTime(),
    mine,
    ...(order.outcome ? { outcome: order.outcome } : {}),
    ...(order.wishId ? { wishId: order.wishId } : {}),
    elder: {
      name: full ? elder.name : maskName(elder.name),
      age: ageOf(elder.birthYear, now),
      tags: elder.tags,
      place: placeText(place),
      ...(full ? { room: elder.room } : {}),
      ...(full && elder.phone ? { phone: elder.phone } : {}),
      ...(full && elder.guardian ? { guardian: elder.guardian } : {}),
    },
  };
}

/** The named volunteer's and the pools' orders merged, due soonest first, one page of them. */
export function mergePage<T extends { _id: string; dueAt: Date }>(
  lists: readonly T[][],
  page: number,
  size: number,
): { items: T[]; hasMore: boolean } {
  const seen = new Map<string, T>();
  for (const list of lists) for (const o of list) seen.set(o._id, o);
  const all = [...seen.values()].sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime() || a._id.localeCompare(b._id));
  return { items: all.slice(page * size, page * size + size), hasMore: all.length > page * size + size };
}

/** When a visit is due, in words (the elderly-friendly list says it, not only a colour): 今天到期, 已超期 3 天… */
export function dueInWords(dueDate: string, today: string): string {
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return `已超期 ${-days} 天`;
  return days === 0 ? '今天到期' : days === 1 ? '明天到期' : `还有 ${days} 天`;
}
