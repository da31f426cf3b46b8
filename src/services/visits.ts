// The visit the volunteer opened from 我的巡访, kept for the record page (one visit at a time, in memory:
// the list is where a visit is chosen, so the record page goes back there when it has none).
import type { ActionOutput } from '../domain/schemas';

export type VisitItem = ActionOutput<'visit', 'my_visits'>['items'][number];

let opened: VisitItem | undefined;

export function openVisit(v: VisitItem): void {
  opened = v;
}

export function openedVisit(id: string | undefined): VisitItem | undefined {
  return opened && opened.id === id ? opened : undefined;
}
