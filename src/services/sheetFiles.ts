// Spreadsheet files for the admin's import page: choosing one and uploading it to cloud storage under
// imports/ (the only folder sheets.check / apply read), and opening a made file (template, export).
//   weapp: wx.chooseMessageFile (a file sent in a chat) → Taro.cloud.uploadFile; Taro.downloadFile → openDocument
//   H5:    a file input → POST /__dev/upload on the local cloud (dev only); the temporary URL opened as a download
import Taro from '@tarojs/taro';
import { fail, ok, type Result } from '../domain/errors';
import { newRequestId } from './requestId';

export interface ChosenSheet {
  /** The file's own name, to show. */
  name: string;
  fileID: string;
}

type Ext = 'xlsx' | 'csv';
const extOf = (name: string): Ext | undefined => {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return ext === 'xlsx' || ext === 'csv' ? ext : undefined;
};

/** Lets the admin pick an .xlsx or .csv and uploads it; `undefined` when they cancel. */
export async function chooseAndUploadSheet(): Promise<Result<ChosenSheet> | undefined> {
  return process.env.TARO_ENV === 'weapp' ? chooseWeapp() : chooseH5();
}

async function chooseWeapp(): Promise<Result<ChosenSheet> | undefined> {
  let file: { path: string; name: string };
  try {
    const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx', 'csv'] });
    file = chosen.tempFiles[0] as { path: string; name: string };
  } catch {
    return undefined;
  }
  const ext = extOf(file.name);
  if (!ext) return fail('IMPORT.FILE_UNREADABLE', `not xlsx or csv: ${file.name}`);
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath: `imports/${newRequestId()}.${ext}`, filePath: file.path });
    return ok({ name: file.name, fileID: res.fileID });
  } catch (err) {
    return fail('NETWORK.UNAVAILABLE', `upload failed: ${String(err)}`);
  }
}

function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,.csv';
    input.id = 'import-file-input';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

async function chooseH5(): Promise<Result<ChosenSheet> | undefined> {
  const file = await pickFile();
  if (!file) return undefined;
  const ext = extOf(file.name);
  if (!ext) return fail('IMPORT.FILE_UNREADABLE', `not xlsx or csv: ${file.name}`);
  try {
    const res = await fetch(`/__dev/upload?ext=${ext}`, { method: 'POST', credentials: 'same-origin', body: file });
    const body = (await res.json()) as { fileID?: string };
    if (!res.ok || !body.fileID) return fail('NETWORK.UNAVAILABLE', `upload answered HTTP ${res.status}`);
    return ok({ name: file.name, fileID: body.fileID });
  } catch (err) {
    return fail('NETWORK.UNAVAILABLE', `upload failed: ${String(err)}`);
  }
}

/** Opens a made file: a download in the browser; in WeChat the document viewer (with 转发/保存 in its menu). */
export async function openSheetFile(url: string, name: string): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    return;
  }
  const { tempFilePath } = await Taro.downloadFile({ url });
  // The viewer opens xlsx; a CSV is opened by its extension (openDocument has no csv fileType).
  await Taro.openDocument({ filePath: tempFilePath, showMenu: true, ...(name.endsWith('.xlsx') ? { fileType: 'xlsx' as const } : {}) });
}
