// The dispatcher's 补记积分 panel (src/dispatcher/components/AwardPanel.tsx) in jsdom: shown only for a
// sent-back served attempt, checks its fields before calling, and says so when the attempt was awarded before.
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { WishView } from '@/domain/wish/view';

const answers: Array<{ ok: true; data: { entryId: string; points: number; created: boolean } }> = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift()!);
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let AwardPanel: typeof import('@/dispatcher/components/AwardPanel').AwardPanel;
beforeAll(async () => {
  ({ AwardPanel } = await import('@/dispatcher/components/AwardPanel'));
});

const wish = (attempts: WishView['attempts']) => ({ id: 'w_1', attempts }) as WishView;
const served = { byMe: false, stars: 1, reason: '还在漏', minutes: 25, summary: '换了阀芯', at: '2026-11-24T02:00:00.000Z' };
const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));

describe('AwardPanel', () => {
  test('nothing without a served, sent-back attempt', () => {
    const { container } = render(<AwardPanel wish={wish([{ ...served, summary: undefined }])} />);
    expect(container.innerHTML).toBe('');
  });

  test('checks the fields, awards once, and tells a repeat apart', async () => {
    render(<AwardPanel wish={wish([served])} />);
    expect(el('.award-attempt').textContent).toContain('还在漏');
    await tap('#award-button');
    expect(mockCall).not.toHaveBeenCalled();
    expect(document.querySelector('.field-error[data-field="points"]')?.textContent).toBe('请填写要补记的积分，如 10');
    type('#award-points', '10');
    type('#award-reason', '确已上门，配件问题');
    answers.push({ ok: true, data: { entryId: 'award:w_1:0', points: 10, created: true } });
    await tap('#award-button');
    expect(mockCall).toHaveBeenCalledWith('dispatch', { action: 'award', wishId: 'w_1', points: 10, reason: '确已上门，配件问题' });
    expect((await screen.findByText('已为志愿者补记 10 积分')).closest('#award-done')).not.toBeNull();
    answers.push({ ok: true, data: { entryId: 'award:w_1:0', points: 10, created: false } });
    await tap('#award-button');
    expect(await screen.findByText('这次服务已经补记过积分了，不会重复发放')).toBeTruthy();
  });
});
