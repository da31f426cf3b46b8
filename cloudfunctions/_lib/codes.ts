// A reservation's one-time code: a QR token and six digits. The token is derived (HMAC of the
// reservation's id under the deployment's key BANK_CODE_KEY), so only its sha256 is stored: reading
// the database does not give the token, yet the owner's page can show it again. The six digits are
// random, unique among the shop's held reservations (reservationCodes/{shopId}:{digits}).
import crypto from 'node:crypto';
import { digitsOf } from '../../src/domain/bank/reservation';

/** A development key when none is configured (the local cloud); production sets BANK_CODE_KEY. */
const DEV_KEY = 'msb-dev-redemption-code-key';
const key = () => process.env.BANK_CODE_KEY || DEV_KEY;

export const codeToken = (reservationId: string): string =>
  crypto.createHmac('sha256', key()).update(`reservation:${reservationId}`).digest('base64url');
export const codeHash = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');
export const randomDigits = (): string => digitsOf(crypto.randomInt(0, 1_000_000));
export const codeDocId = (shopId: string, digits: string) => `${shopId}:${digits}`;

/** One reservation per volunteer and request: a retried reserve finds the first. */
export const reservationIdOf = (openid: string, requestId: string) =>
  `rsv_${crypto.createHash('sha256').update(`${openid}:${requestId}`).digest('hex').slice(0, 24)}`;
