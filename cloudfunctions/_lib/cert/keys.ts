// The certificate's keyed values, under the deployment's CERT_KEY: the check characters of a number (so
// numbers cannot be guessed from the sequence) and the hash of an identity number (never the number).
import crypto from 'node:crypto';
import { certNumber, checkCharsOf } from '../../../src/domain/cert/certificate';

/** A development key when none is configured (the local cloud); production sets CERT_KEY. */
const DEV_KEY = 'msb-dev-certificate-key';
const key = () => process.env.CERT_KEY || DEV_KEY;
const mac = (what: string) => crypto.createHmac('sha256', key()).update(what).digest();

export const numberOf = (year: number, seq: number) => certNumber(year, seq, checkCharsOf(mac(`cert-number:${year}:${seq}`)));
export const idHashOf = (idNumber: string) => mac(`id-number:${idNumber}`).toString('base64url');
/** One certificate per volunteer and period: its _id. */
export const certIdOf = (openid: string, from: string, to: string) =>
  `cert_${crypto.createHash('sha256').update(`${openid}:${from}:${to}`).digest('hex').slice(0, 24)}`;
