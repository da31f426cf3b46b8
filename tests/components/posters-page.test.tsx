// The posters page (src/admin/pages/posters) in jsdom at phone width: the community's stairwells with
// the retired one marked, 生成全社区海报 calling batch until done with the progress shown, then 下载 PDF.
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';

const answers: unknown[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift());
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let PostersPage: typeof import('@/admin/pages/posters/index').default;
beforeAll(async () => {
  ({ default: PostersPage } = await import('@/admin/pages/posters/index'));
});

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));
const progress = (done: number, total: number) => ({
  ok: true,
  data: {
    jobId: 'posters_c-jinding_0123abcd',
    communityId: 'c-jinding',
    status: done >= total ? 'done' : 'running',
    done,
    total,
    ...(done >= total ? { file: { fileID: 'cloud://env.b/posters/x.pdf', url: 'http://127.0.0.1/x.pdf', pages: total } } : {}),
  },
});

describe('PostersPage', () => {
  test('lists the stairwells, runs the batch to the end with progress, then offers the PDF', async () => {
    answers.push({
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
    render(<PostersPage />);
    await act(async () => undefined);
    expect(el('#posters-community-c-jinding').getAttribute('data-on')).toBe('true');
    expect(el('#posters-stairwell-B-0099').getAttribute('data-retired')).toBe('true');
    expect(el('#posters-stairwell-B-0099').textContent).toContain('已停用');
    expect(document.querySelector('#poster-make-B-0099')).toBeNull();
    expect(el('#posters-batch-panel').textContent).toContain('共 1 个在用楼栋码');

    answers.push(progress(10, 23), progress(20, 23), progress(23, 23));
    await tap('#posters-batch');
    expect(mockCall).toHaveBeenCalledTimes(4);
    expect(mockCall).toHaveBeenLastCalledWith('poster', { action: 'batch', communityId: 'c-jinding' });
    expect(el('#posters-progress').getAttribute('data-status')).toBe('done');
    expect(el('#posters-progress').textContent).toContain('23 / 23');
    expect(el('#posters-batch-open').textContent).toContain('下载 PDF（23 页）');
  });
});
