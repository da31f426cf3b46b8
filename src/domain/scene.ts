import { fail, ok, type Result } from './errors';

/**
 * The `scene` of an unlimited mini-program code (wxacode.getUnlimited): at most 32 visible
 * characters from this set. A stairwell code carries the building code, e.g. `B-0012`.
 */
export const SCENE_MAX_LENGTH = 32;
const SCENE_PATTERN = /^[0-9a-zA-Z!#$&'()*+,/:;=?@\-._~]+$/;

/** Whether a stairwell code can be a scene as it stands (no URL encoding): 1–32 allowed characters. */
export const isScene = (code: string): boolean => code.length <= SCENE_MAX_LENGTH && SCENE_PATTERN.test(code);

/**
 * Decode the scene that the page receives URL-encoded. Returns null when the page was
 * opened without a scene; SCENE.INVALID when it is malformed or outside the allowed set.
 */
export function decodeScene(raw: string | undefined | null): Result<string | null> {
  if (raw === undefined || raw === null || raw === '') return ok(null);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return fail('SCENE.INVALID', 'scene is not valid URL encoding');
  }
  if (decoded.length > SCENE_MAX_LENGTH || !SCENE_PATTERN.test(decoded)) {
    return fail('SCENE.INVALID', 'scene has characters or length outside the wxacode rules');
  }
  return ok(decoded);
}
