// The keyed half of the rotating check-in code (src/domain/activity/code.ts holds the window maths
// and the format): a random key per activity, and HMAC-SHA256 over `${activityId}:${window}`.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { digitsOf, judgeCode, macMessage, parseCode, qrText, validUntil, windowOf } from '../../src/domain/activity/code';
import type { ErrorCode } from '../../src/domain/errors';

export const newCodeKey = () => randomBytes(32).toString('base64url');

const macOf = (codeKey: string, activityId: string, window: number) =>
  createHmac('sha256', codeKey).update(macMessage(activityId, window)).digest('hex');

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The code the organiser shows at `now`: the QR's text, six digits, and when it stops working. */
export function currentCode(a: { _id: string; codeKey: string }, now: Date) {
  const window = windowOf(now);
  const mac = macOf(a.codeKey, a._id, window);
  return { qr: qrText(a._id, window, mac), digits: digitsOf(mac), validUntil: validUntil(window).toISOString() };
}

/** The activity a scanned QR names (undefined for six digits or something unreadable). */
export const activityOfCode = (raw: string) => {
  const code = parseCode(raw);
  return code?.kind === 'qr' ? code.activityId : undefined;
};

/** Is `raw` a good code of this activity at `now`? undefined when it is, else the refusal. */
export function checkCode(a: { _id: string; codeKey: string }, raw: string, now: Date): ErrorCode | undefined {
  const code = parseCode(raw);
  if (!code) return 'ACTIVITY.CODE_INVALID';
  return judgeCode(code, a._id, now, (w) => macOf(a.codeKey, a._id, w), same);
}
