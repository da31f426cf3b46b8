// The posters page (src/admin/pages/posters) in jsdom at phone width: the community's stairwells with
// the retired one marked, 生成全社区海报 calling batch until done with the progress shown, then 下载 PDF.
// A PDF is fetched as soon as it is made and 下载 is offered once it is, so the click saves it (no
// fetch after it); a fetch that failed is tried again on 下载, which says 文件打不开 when it fails too.
import { afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { recordDownloads } from './downloads';

const answers: unknown[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift());
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let PostersPage: typeof import('@/admin/pages/posters/index').default;
beforeAll(async () => {
  ({ default: PostersPage } = await import('@/admin/pages/posters/index'));
});

/** The PDFs' fetches, answered by the test; the links clicked to save them. */
let fetches: Array<{ url: string; answer: (ok: boolean) => void }> = [];
let saved: string[] = [];
beforeEach(() => {
  fetches = [];
  answers.length = 0;
  mockCall.mockClear();
  jest.mocked(Taro.showToast).mockClear();
  global.fetch = jest.fn(
    (url: string | URL | Request) =>
      new Promise<Response>((resolve) => {
        const answer = (ok: boolean) => resolve({ ok, blob: async () => new Blob(['%PDF-1.7']) } as Response);
        fetches.push({ url: String(url), answer });
      }),
  ) as typeof fetch;
  saved = recordDownloads();
});
afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));
const progress = (done: number, total: number, url = 'http://127.0.0.1/x.pdf') => ({
  ok: true,
  data: {
    jobId: 'posters_c-jinding_0123abcd',
    communityId: 'c-jinding',
    status: done >= total ? 'done' : 'running',
    done,
    total,
    ...(done >= total ? { file: { fileID: 'cloud://env.b/posters/x.pdf', url, pages: total } } : {}),
  },
});

const communities = () => ({
  ok: true,
  data: {
    communities: [
      {
        communityId: 'c-jinding',
        name: '金鼎社区',
        stairwells: [
          { code: 'B-0012', estateName: '翠湖小区', name: '3栋2单元', retired: false },
          { code: 'B-0099', estateName: '翠湖小区', name: '9栋1单元', retired: true },
        ],
      },
    ],
  },
});

describe('PostersPage', () => {
  test('lists the stairwells, runs the batch to the end with progress, then offers the PDF', async () => {
    answers.push(communities());
    render(<PostersPage />);
    await act(async () => undefined);
    expect(el('#posters-community-c-jinding').getAttribute('data-on')).toBe('true');
    expect(el('#posters-stairwell-B-0099').getAttribute('data-retired')).toBe('true');
    expect(el('#posters-stairwell-B-0099').textContent).toContain('已停用');
    expect(document.querySelector('#poster-make-B-0099')).toBeNull();
    expect(el('#posters-batch-panel').textContent).toContain('共 1 个在用楼栋码');

    answers.push(progress(10, 23), progress(20, 23), progress(23, 23));
    await tap('#posters-batch');
    // The last chunk is shown, with 下载, once its PDF is fetched.
    expect(el('#posters-progress').textContent).toContain('20 / 23');
    expect(document.querySelector('#posters-batch-open')).toBeNull();
    await act(async () => fetches[0]!.answer(true));
    expect(mockCall).toHaveBeenCalledTimes(4);
    expect(mockCall).toHaveBeenLastCalledWith('poster', { action: 'batch', communityId: 'c-jinding' });
    expect(el('#posters-progress').getAttribute('data-status')).toBe('done');
    expect(el('#posters-progress').textContent).toContain('23 / 23');
    expect(el('#posters-batch-open').textContent).toContain('下载 PDF（23 页）');
  });

  test('the community PDF is fetched once, when the batch ends, before 下载 PDF is offered; 下载 saves it with no fetch after the click', async () => {
    answers.push(communities());
    render(<PostersPage />);
    await act(async () => undefined);
    // Not the first test's file: the page keeps fetched PDFs by URL.
    answers.push(progress(10, 23, 'http://127.0.0.1/y.pdf'), progress(23, 23, 'http://127.0.0.1/y.pdf'));
    await tap('#posters-batch');
    expect(fetches.map((f) => f.url)).toEqual(['http://127.0.0.1/y.pdf']);
    expect(document.querySelector('#posters-batch-open')).toBeNull();
    await act(async () => fetches[0]!.answer(true));
    await tap('#posters-batch-open');
    expect(saved).toEqual(['楼道二维码-金鼎社区.pdf']);
    await tap('#posters-batch-open');
    expect(saved).toHaveLength(2);
    expect(fetches).toHaveLength(1);
  });

  test("one stairwell's poster: a failed fetch is tried again on 下载, which says 文件打不开 when that fails too", async () => {
    answers.push(communities());
    render(<PostersPage />);
    await act(async () => undefined);
    answers.push({ ok: true, data: { fileID: 'cloud://env.b/posters/B-0012.pdf', url: 'http://127.0.0.1/B-0012.pdf', pages: 1 } });
    await tap('#poster-make-B-0012');
    expect(mockCall).toHaveBeenLastCalledWith('poster', { action: 'poster', code: 'B-0012' });
    expect(fetches.map((f) => f.url)).toEqual(['http://127.0.0.1/B-0012.pdf']);
    expect(document.querySelector('#poster-open-B-0012')).toBeNull();
    // The early fetch failed: 下载 fetches again, and says so when that fails too.
    await act(async () => fetches[0]!.answer(false));
    await tap('#poster-open-B-0012');
    expect(fetches).toHaveLength(2);
    await act(async () => fetches[1]!.answer(false));
    expect(saved).toEqual([]);
    expect(jest.mocked(Taro.showToast)).toHaveBeenLastCalledWith({ title: '文件打不开，请重新生成', icon: 'none' });
    await tap('#poster-open-B-0012');
    expect(fetches).toHaveLength(3);
    await act(async () => fetches[2]!.answer(true));
    expect(saved).toEqual(['楼道二维码-B-0012.pdf']);
  });
});
