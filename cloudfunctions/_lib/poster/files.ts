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

/** A URL anyone holding it may download from for a while (H5 downloads the PDF from it). */
export async function tempUrl(cloud: Cloud, fileID: string): Promise<string> {
  const res = await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: 2 * 60 * 60 }] });
  const url = res?.fileList?.[0]?.tempFileURL;
  if (!url) throw new Error('no temporary URL for a stored poster');
  return url;
}

/** Files per deleteFile call (CloudBase's limit). */
const DELETE_BATCH = 50;

/** Best effort: a leftover file only costs storage. */
export async function remove(cloud: Cloud, fileIDs: string[]): Promise<void> {
  for (let i = 0; i < fileIDs.length; i += DELETE_BATCH) {
    try {
      await cloud.deleteFile({ fileList: fileIDs.slice(i, i + DELETE_BATCH) });
    } catch {
      // kept: removed by hand if ever
    }
  }
}

export const codePath = (code: string) => `qrcodes/${code}.png`;
export const posterPath = (code: string) => `posters/${code}.pdf`;
export const partPath = (jobId: string, from: number) => `posters/${jobId}/part-${from}.pdf`;
export const batchPath = (jobId: string) => `posters/${jobId}.pdf`;
