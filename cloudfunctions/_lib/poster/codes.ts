// Stairwell code images: asked of WeChat once (wxacode.getUnlimited, scene = the stairwell code, page =
// the landing page), kept in cloud storage at qrcodes/<code>.png and remembered in `qrcodes`, so every
// later poster and batch downloads the stored image instead of asking again.
import type cloudModule from 'wx-server-sdk';
import type { DB } from 'wx-server-sdk';
import { CODE_WIDTH, LANDING_PAGE } from '../../../src/domain/poster';
import { rememberCode, storedCodes } from '../collections/qrcodes';
import { codePath, download, upload } from './files';

type Cloud = typeof cloudModule;

/** getUnlimited failed (WeChat's errcode in the message): the batch stops here and continues on the next call. */
export class CodeFailed extends Error {}

async function askWeChat(cloud: Cloud, scene: string): Promise<Uint8Array> {
  try {
    // check_path false: the landing page is valid before the first release, too.
    const res = (await cloud.openapi.wxacode.getUnlimited({ scene, page: LANDING_PAGE, checkPath: false, width: CODE_WIDTH })) as {
      buffer?: Buffer;
    };
    if (!res.buffer || res.buffer.length === 0) throw new Error('empty image');
    return res.buffer;
  } catch (err) {
    const e = err as { errCode?: number; message?: string };
    throw new CodeFailed(`getUnlimited failed: ${e.errCode ?? ''} ${e.message ?? ''}`.trim());
  }
}

/** The code images of `codes` (PNG bytes): stored ones downloaded, the others made, stored and remembered. */
export async function codeImages(cloud: Cloud, db: DB.Database, codes: readonly string[], now: Date): Promise<Map<string, Uint8Array>> {
  const stored = await storedCodes(db, codes);
  const images = await Promise.all(
    codes.map(async (code): Promise<[string, Uint8Array]> => {
      const known = stored.get(code);
      if (known) return [code, await download(cloud, known.fileID)];
      const png = await askWeChat(cloud, code);
      const fileID = await upload(cloud, codePath(code), png);
      await rememberCode(db, { _id: code, fileID, page: LANDING_PAGE, width: CODE_WIDTH, createdAt: now });
      return [code, png];
    }),
  );
  return new Map(images);
}
