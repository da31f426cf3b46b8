// `qrcodes/{code}`: a stairwell code's image, made once with wxacode.getUnlimited and kept in cloud storage.
// The next poster or batch downloads it instead of asking WeChat again (getUnlimited is rate-limited).
import type { DB } from 'wx-server-sdk';
import { getAll } from '../db';
import { collection } from './names';

export interface QrCodeDoc {
  /** The stairwell code (the `scene`). */
  _id: string;
  fileID: string;
  page: string;
  width: number;
  createdAt: Date;
}

/** The stored codes among `codes` (one request, by `_id`). */
export async function storedCodes(db: DB.Database, codes: readonly string[]): Promise<Map<string, QrCodeDoc>> {
  if (codes.length === 0) return new Map();
  const docs = await getAll<QrCodeDoc>(collection(db, 'qrcodes').where({ _id: db.command.in([...codes]) }));
  return new Map(docs.map((d) => [d._id, d]));
}

/** Remembers a code's image (set: a second maker of the same code writes the same thing). */
export async function rememberCode(db: DB.Database, doc: QrCodeDoc): Promise<void> {
  const { _id, ...data } = doc;
  await collection(db, 'qrcodes').doc(_id).set({ data });
}
