// Opening a stairwell poster PDF: the mini-program downloads it from cloud storage and opens it (print
// or forward from the menu); H5 downloads it as a file. Running a batch: posterBatch.ts.
import Taro from '@tarojs/taro';

export interface PdfFile {
  fileID: string;
  url: string;
}

/** PDFs fetched or being fetched on H5, by URL; a few only, since a community's batch runs to megabytes. */
const fetched = new Map<string, Promise<Blob | undefined>>();
const KEEP = 4;

async function fetchBlob(url: string): Promise<Blob | undefined> {
  try {
    const res = await fetch(url);
    return res.ok ? await res.blob() : undefined;
  } catch {
    return undefined;
  }
}

function pdfBlob(file: PdfFile): Promise<Blob | undefined> {
  // No link (a stored file answered without one): fetching '' would save this page, not the PDF.
  if (!file.url) return Promise.resolve(undefined);
  const known = fetched.get(file.url);
  if (known) return known;
  const blob = fetchBlob(file.url);
  fetched.set(file.url, blob);
  // A failed fetch is not kept: the next 下载 tries again.
  void blob.then((b) => b || (fetched.get(file.url) === blob && fetched.delete(file.url)));
  for (const url of fetched.keys()) if (fetched.size > KEEP) fetched.delete(url);
  return blob;
}

/**
 * H5: fetches a PDF the user has just made (settles when fetched or failed), so that 下载, offered
 * once this settles, saves it within the click itself. A download started seconds after the click,
 * once a slow fetch ends, can be held back by the browser as one the user did not ask for (a page's
 * second download needs the click's activation). The mini-program downloads on open, as before.
 */
export async function prefetchPdf(file: PdfFile): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') await pdfBlob(file);
}

/** H5: save the PDF under `name` (a blob link, so the browser downloads instead of showing it). */
async function downloadInBrowser(file: PdfFile, name: string): Promise<boolean> {
  const blob = await pdfBlob(file);
  if (!blob) return false;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return true;
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
