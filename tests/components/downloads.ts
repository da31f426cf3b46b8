// H5 saves a file through a blob link (`<a download>`): in jsdom the object URL is stubbed and each
// link's click records the file name it would save, instead of navigating.
import { jest } from '@jest/globals';

/** Call in beforeEach (jest.restoreAllMocks in afterEach undoes the click spy); answers the names saved, in order. */
export function recordDownloads(): string[] {
  const saved: string[] = [];
  URL.createObjectURL = jest.fn(() => 'blob:file');
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}
