// 「请联系社区」 with a number: which failures tell the resident to contact the community (or its
// staff), and the line a page adds under such a message. The messages themselves stay in messages.ts.
import type { ActionOutput } from '../domain/schemas';
import type { ErrorCode } from '../domain/errors';

/** Codes whose message says to contact the community, its 居委会 or its staff. */
export const CALL_COMMUNITY_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'AUTH.NO_IDENTITY',
  'SCENE.INVALID',
  'BUILDING.NOT_FOUND',
  'BUILDING.RETIRED',
  'WISH.RATE_LIMITED',
  'WISH.CANNOT_CANCEL',
]);

/** Whether the message for `code` asks the resident to call someone (so the page shows the number). */
export const saysCallCommunity = (code: string | undefined): boolean => !!code && CALL_COMMUNITY_CODES.has(code);

export type Places = ActionOutput<'wish', 'places'>;

/**
 * The street office's number built into the app (`TARO_APP_STREET_HOTLINE` in `.env`): the number to
 * give when the cloud cannot be asked, e.g. when WeChat cannot say who the user is.
 */
export const BUILT_IN_STREET_HOTLINE: string | undefined = process.env.TARO_APP_STREET_HOTLINE || undefined;

/** The number to call: the community's when it is known and has one, else the street office's. */
export function hotlineOf(places: Places | undefined, communityId?: string, builtIn = BUILT_IN_STREET_HOTLINE): string | undefined {
  const community = communityId ? places?.communities.find((c) => c.communityId === communityId) : undefined;
  return community?.hotline ?? places?.streetHotline ?? builtIn;
}

/** 「社区电话：0871-63120012」, or 「街道电话：…」 when the community is not known. */
export const hotlineLabel = (communityKnown: boolean) => (communityKnown ? '社区电话' : '街道电话');
