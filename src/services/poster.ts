// Opening a stairwell poster PDF: the mini-program downloads it from cloud storage and opens it (print
// or forward from the menu); H5 downloads it as a file. Running a batch: posterBatch.ts.
import Taro from '@tarojs/taro';

export interface PdfFile {
  fileID: string;
  url: string;
}

/** H5: fetch the PDF and save it under `name` (a blob link, so the browser downloads instead of showing it). */
async function downloadInBrowser(file: PdfFile, name: string): Promise<boolean> {
  try {
    const res = await fetch(file.url);
    if (!res.ok) return false;
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens or saves a poster PDF. Mini-program: cloud storage's downloadFile (no download domain to
 * configure), then openDocument with its menu (print, forward to a chat, save). H5: a download.
 */
export async function openPdf(file: PdfFile, name: string): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') return downloadInBrowser(file, name);
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: file.fileID });
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true });
    return true;
  } catch {
    return false;
  }
}
