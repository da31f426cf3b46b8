// Stairwell posters (楼道二维码海报): who may make them for which community, which stairwells get one,
// and how a community's batch is cut into chunks. Pure: the `poster` function loads and persists.
import { dispatcherCommunities, type Grant } from './org/grants';
import type { Role } from './roles';

/** The page a stairwell code opens (with `scene` = the stairwell code). */
export const LANDING_PAGE = 'pages/index/index';
/** The code image's width in px (WeChat's default; about 10.6 cm printed, scannable from a metre). */
export const CODE_WIDTH = 430;
/** Posters rendered per call of a batch: a chunk stays well inside the function's timeout. */
export const POSTER_CHUNK = 10;

/** The communities a caller makes posters for: an admin (the street's) all, a dispatcher their own. */
export function posterCommunities(roles: readonly Role[], grants: readonly Grant[]): 'all' | string[] {
  if (roles.includes('admin')) return 'all';
  return roles.includes('dispatcher') ? dispatcherCommunities(grants) : [];
}

export const mayMakePosters = (scope: 'all' | readonly string[], communityId: string): boolean =>
  scope === 'all' || scope.includes(communityId);

/** Retired stairwells keep their code but get no poster. */
export const activeStairwells = <B extends { retired?: boolean }>(buildings: readonly B[]): B[] => buildings.filter((b) => !b.retired);

/** Stairwells in poster order: 小区, then the stairwell's name (numbers as numbers), then the code. */
export function posterOrder<B extends { _id: string; estateName: string; name: string }>(buildings: readonly B[]): B[] {
  const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
  return [...buildings].sort(
    (a, b) =>
      collator.compare(a.estateName, b.estateName) || collator.compare(a.name, b.name) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0),
  );
}

/** FNV-1a (32 bit) in hex: a short, stable fingerprint of what a batch prints. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A batch's job id: the community and a fingerprint of everything its pages show. Asked again while
 * it runs, the same community continues the same job; once done, the same PDF is handed out again
 * until a stairwell, a name or the hotline changes (then a new job prints the new pages).
 */
export const batchJobId = (communityId: string, pages: readonly unknown[]): string =>
  `posters_${communityId}_${fingerprint(JSON.stringify(pages))}`;

/** The next chunk of a batch: pages [from, to). */
export function nextChunk(done: number, total: number, size = POSTER_CHUNK): { from: number; to: number } {
  return { from: done, to: Math.min(total, done + size) };
}
