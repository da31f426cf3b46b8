// Files in cloud storage: reading an uploaded sheet, publishing a template or an export for download
// (the sheets function and the elders' import of visit).
import { randomBytes } from 'node:crypto';
import type * as Cloud from 'wx-server-sdk';
import { fail, ok, type Result } from '../../src/domain/errors';
import { readSheet, type ReadSheet, type SheetFormat } from './sheets/read';

type CloudSdk = typeof Cloud;

/** 10,000 data rows at most in one file (and 20 MB). */
export const MAX_ROWS = 10_000;
const MAX_BYTES = 20 * 1024 * 1024;

export interface Upload {
  bytes: Buffer;
  sheet: ReadSheet;
}

/** Downloads and reads an uploaded sheet (the schema allowed only `imports/*.xlsx|csv`). */
export async function readUpload(cloud: CloudSdk, fileID: string): Promise<Result<Upload>> {
  const format: SheetFormat = fileID.endsWith('.csv') ? 'csv' : 'xlsx';
  let bytes: Buffer;
  try {
    const res = (await cloud.downloadFile({ fileID })) as { fileContent: Buffer };
    bytes = Buffer.from(res.fileContent);
  } catch {
    return fail('IMPORT.FILE_UNREADABLE', 'the file could not be downloaded');
  }
  if (bytes.length > MAX_BYTES) return fail('IMPORT.TOO_MANY_ROWS', 'the file is larger than 20 MB');
  let sheet: ReadSheet;
  try {
    sheet = await readSheet(bytes, format);
  } catch {
    return fail('IMPORT.FILE_UNREADABLE', `the file is not a readable ${format}`);
  }
  if (sheet.rows.length > MAX_ROWS) return fail('IMPORT.TOO_MANY_ROWS', `${sheet.rows.length} rows, at most ${MAX_ROWS}`);
  return ok({ bytes, sheet });
}

/** Puts a made file into storage under a random name and answers its fileID and a temporary download URL. */
export async function publish(
  cloud: CloudSdk,
  folder: 'templates' | 'exports',
  name: string,
  content: Buffer,
): Promise<{ fileID: string; url: string; name: string }> {
  const ext = name.slice(name.lastIndexOf('.'));
  const cloudPath = `${folder}/${randomBytes(8).toString('hex')}${ext}`;
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content });
  const { fileList } = (await cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: { tempFileURL: string }[] };
  return { fileID, url: fileList[0]?.tempFileURL ?? '', name };
}
