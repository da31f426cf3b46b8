// 月报 on 数据看板 (src/admin/components/insight/MonthReport) in jsdom: 生成月报 shows the month's two
// files and fetches the PDF at once, so 下载 PDF saves it within the click. An answer that arrives after
// another month was chosen is not shown under that month (it is only toasted); a PDF that cannot be
// fetched says 文件打不开.
import { afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { recordDownloads } from './downloads';

/** The answers to `call`, given by the test when it chooses. */
const calls: Array<{ event: Record<string, unknown>; answer: (r: unknown) => Promise<void> }> = [];
const mockCall = jest.fn(
  (_fn: string, event: Record<string, unknown>) =>
    new Promise((resolve) => calls.push({ event, answer: (r) => act(async () => resolve(r)) })),
);
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let MonthReport: typeof import('@/admin/components/insight/MonthReport').MonthReport;
beforeAll(async () => {
  ({ MonthReport } = await import('@/admin/components/insight/MonthReport'));
});

let fetched: string[] = [];
let saved: string[] = [];
let fetchOk = true;
beforeEach(() => {
  calls.length = 0;
  fetched = [];
  fetchOk = true;
  jest.mocked(Taro.showToast).mockClear();
  global.fetch = jest.fn(async (url: string | URL | Request) => {
    fetched.push(String(url));
    return { ok: fetchOk, blob: async () => new Blob(['%PDF-1.7']) } as Response;
  }) as typeof fetch;
  saved = recordDownloads();
});
afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

const el = (selector: string) => document.querySelector(selector);
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector) as Element));
const toasts = () => jest.mocked(Taro.showToast).mock.calls.map(([o]) => o?.title);
const files = (month: string, n: number) => ({
  ok: true,
  data: {
    month,
    scope: 'all',
    title: `洗马河街道${month}月报`,
    pdf: { fileID: `cloud://env.b/reports/${month}-${n}.pdf`, url: `http://127.0.0.1/reports/${month}-${n}.pdf` },
    xlsx: { fileID: `cloud://env.b/reports/${month}-${n}.xlsx`, url: `http://127.0.0.1/reports/${month}-${n}.xlsx` },
    madeAt: '2026-12-04T08:00:00.000Z',
    settled: true,
    reused: false,
  },
});

describe('MonthReport', () => {
  test('生成月报 shows the files; the PDF is fetched once and saved by 下载 PDF without another fetch', async () => {
    render(<MonthReport />);
    await tap('#month-report-make');
    const month = calls[0].event.month as string;
    await calls[0].answer(files(month, 1));
    expect(el('#month-report-pdf')?.getAttribute('data-url')).toBe(`http://127.0.0.1/reports/${month}-1.pdf`);
    expect(fetched).toEqual([`http://127.0.0.1/reports/${month}-1.pdf`]);
    await tap('#month-report-pdf');
    expect(saved).toEqual([`洗马河街道${month}月报.pdf`]);
    expect(fetched).toHaveLength(1);
  });

  test('an answer for a month no longer shown is toasted, not shown under the new month', async () => {
    render(<MonthReport />);
    const before = el('#period-label')?.textContent;
    await tap('#month-report-make');
    const asked = calls[0].event.month as string;
    await tap('#period-prev');
    expect(el('#period-label')?.textContent).not.toBe(before);
    await calls[0].answer(files(asked, 2));
    expect(el('#month-report-pdf')).toBeNull();
    expect(toasts()).toEqual(['月报已生成']);
    expect(fetched).toEqual([]);
    // The month now shown makes its own report.
    await tap('#month-report-make');
    expect(calls[1].event.month).not.toBe(asked);
    await calls[1].answer(files(calls[1].event.month as string, 3));
    expect(el('#month-report-pdf')?.getAttribute('data-url')).toContain(`${calls[1].event.month as string}-3.pdf`);
  });

  test('a PDF that cannot be fetched says 文件打不开 on 下载 PDF', async () => {
    fetchOk = false;
    render(<MonthReport />);
    await tap('#month-report-make');
    await calls[0].answer(files(calls[0].event.month as string, 4));
    await tap('#month-report-pdf');
    expect(saved).toEqual([]);
    expect(toasts()).toEqual(['文件打不开，请重新生成']);
  });

  test('a PDF answered without a link is not fetched (that would save this page): 文件打不开', async () => {
    render(<MonthReport />);
    await tap('#month-report-make');
    const answer = files(calls[0].event.month as string, 5);
    await calls[0].answer({ ...answer, data: { ...answer.data, pdf: { ...answer.data.pdf, url: '' } } });
    await tap('#month-report-pdf');
    expect(fetched).toEqual([]);
    expect(saved).toEqual([]);
    expect(toasts()).toEqual(['文件打不开，请重新生成']);
  });
});
