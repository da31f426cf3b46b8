// Wish photos (weapp only): choose from the album or camera, upload to cloud storage, keep the fileID.
import Taro from '@tarojs/taro';
import { newRequestId } from './requestId';

export const MAX_PHOTOS = 3;

/** Photo picking needs Taro.cloud storage, which exists only in the mini-program. */
export const PHOTOS_SUPPORTED = process.env.TARO_ENV === 'weapp';

export type PhotoResult = { ok: true; fileIds: string[] } | { ok: false; cancelled: boolean };

/** Let the user pick up to `room` photos and upload each to `wish-photos/<random>.jpg`. */
export async function chooseAndUploadPhotos(room: number): Promise<PhotoResult> {
  if (!PHOTOS_SUPPORTED || room <= 0) return { ok: false, cancelled: true };
  let paths: string[];
  try {
    const chosen = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    paths = chosen.tempFilePaths.slice(0, room);
  } catch {
    return { ok: false, cancelled: true };
  }
  try {
    const fileIds: string[] = [];
    for (const filePath of paths) {
      const res = await Taro.cloud.uploadFile({ cloudPath: `wish-photos/${newRequestId()}.jpg`, filePath });
      fileIds.push(res.fileID);
    }
    return { ok: true, fileIds };
  } catch {
    return { ok: false, cancelled: false };
  }
}
