// Choices the volunteer pages offer that are not (yet) served by a function.

/**
 * Communities a volunteer may register in.
 * TODO: an admin-maintained list (communities collection, through a function) replaces this;
 * these are the two demo communities of scripts/demo-data.ts.
 */
export const COMMUNITIES: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'c-jinding', name: '金鼎社区' },
  { id: 'c-qingyun', name: '青云社区' },
];

export function communityName(id: string): string {
  return COMMUNITIES.find((c) => c.id === id)?.name ?? id;
}

/** Quick picks for the service time, in minutes (any 5–480 may be typed: MAX_CREDITED_MINUTES). */
export const MINUTE_CHOICES = [30, 45, 60, 90, 120] as const;
