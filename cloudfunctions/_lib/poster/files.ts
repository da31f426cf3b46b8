// Cloud storage for the posters: upload bytes at a stable path, download them, and a temporary URL.
import type cloudModule from 'wx-server-sdk';

type Cloud = typeof cloudModule;

/** Uploads (or overwrites) `cloudPath`; answers the fileID. */
export async function upload(cloud: Cloud, cloudPath: string, bytes: Uint8Array): Promise<string> {
  const res = await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return res.fileID;
}

export async function download(cloud: Cloud, fileID: string): Promise<Buffer> {
  return (await cloud.downloadFile({ fileID })).fileContent;
}

/** How long a temporary URL works: a page left open for two hours must make its file again. */
const MAX_AGE = 2 * 60 * 60;
/** Files per getTempFileURL or deleteFile call (CloudBase's limit). */
const BATCH = 50;

/** A URL anyone holding it may download from for a while (H5 downloads the PDF from it). */
export async function tempUrl(cloud: Cloud, fileID: string): Promise<string> {
  const url = (await tempUrls(cloud, [fileID])).get(fileID);
  if (!url) throw new Error('no temporary URL for a stored file');
  return url;
}

/** Temporary URLs for many files, by fileID, in as few calls as the limit allows; a file without one is absent. */
export async function tempUrls(cloud: Cloud, fileIDs: string[]): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (let i = 0; i < fileIDs.length; i += BATCH) {
    const fileList = fileIDs.slice(i, i + BATCH).map((fileID) => ({ fileID, maxAge: MAX_AGE }));
    const res = await cloud.getTempFileURL({ fileList });
    for (const f of res?.fileList ?? []) if (f.tempFileURL) urls.set(f.fileID, f.tempFileURL);
  }
  return urls;
}

/** Best effort: a leftover file only costs storage. */
export async function remove(cloud: Cloud, fileIDs: string[]): Promise<void> {
  for (let i = 0; i < fileIDs.length; i += BATCH) {
    try {
      await cloud.deleteFile({ fileList: fileIDs.slice(i, i + BATCH) });
    } catch {
      // kept: removed by hand if ever
    }
  }
}

export const codePath = (code: string) => `qrcodes/${code}.png`;
export const posterPath = (code: string) => `posters/${code}.pdf`;
export const partPath = (jobId: string, from: number) => `posters/${jobId}/part-${from}.pdf`;
export const batchPath = (jobId: string) => `posters/${jobId}.pdf`;
