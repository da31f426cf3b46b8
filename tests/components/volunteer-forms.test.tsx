// The volunteer's pieces in jsdom: the completion form clears each error as its field becomes valid;
// a sent-back service of mine reads 已退回重办 with the reason; skills speak the menu's words.
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import type { WishView } from '@/domain/wish/view';
import { CompleteForm } from '@/volunteer/components/CompleteForm';
import { SentBackCard } from '@/volunteer/components/SentBackCard';
import { SkillPicker } from '@/volunteer/components/SkillPicker';

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const type = (selector: string, value: string) =>
  act(() => void el(selector).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })));
const tap = (selector: string) => act(() => void fireEvent.click(el(selector)));
const errorOf = (field: string) => document.querySelector(`.field-error[data-field="${field}"]`)?.textContent ?? '';

describe('CompleteForm', () => {
  test('each error goes away as its field becomes valid; the other stays until then', () => {
    const onSubmit = jest.fn();
    render(<CompleteForm wishId='w_1' busy={false} onSubmit={onSubmit} />);
    tap('#complete-button');
    expect([errorOf('summary') !== '', errorOf('minutes') !== '']).toEqual([true, true]);
    type('#complete-summary', '换'); // still too short: the error stays
    expect(errorOf('summary')).not.toBe('');
    type('#complete-summary', '更换了水龙头阀芯');
    expect([errorOf('summary'), errorOf('minutes') !== '']).toEqual(['', true]);
    type('#complete-minutes', '3'); // under 5 minutes: stays
    expect(errorOf('minutes')).not.toBe('');
    tap('.minute-chip[data-minutes="30"]');
    expect(errorOf('minutes')).toBe('');
    tap('#complete-button');
    expect(onSubmit).toHaveBeenCalledWith({ action: 'complete', wishId: 'w_1', summary: '更换了水龙头阀芯', minutes: 30 });
  });
});

describe('SentBackCard', () => {
  const order = (attempts: WishView['attempts']) => ({ attempts }) as WishView;
  test('my sent-back service: 已退回重办, the reason, the minutes kept without points', () => {
    render(
      <SentBackCard
        order={order([{ byMe: true, stars: 1, reason: '还是在滴水', minutes: 25, summary: '换阀芯', at: '2026-11-24T02:00:00.000Z' }])}
      />,
    );
    expect(el('#sent-back').textContent).toContain('已退回重办');
    expect(el('.sent-back-reason').textContent).toBe('居民的意见：还是在滴水');
    expect(el('#sent-back').textContent).toContain('服务 25 分钟已记入存折（不计积分）');
  });
  test("nothing for someone else's attempt or none", () => {
    const { container } = render(<SentBackCard order={order([{ byMe: false, stars: 2, minutes: 10, at: '2026-11-24T02:00:00.000Z' }])} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('SkillPicker', () => {
  test("skills are the service menu's names, not team brands", () => {
    render(<SkillPicker value={[]} onChange={() => undefined} />);
    const labels = [...document.querySelectorAll('.skill-chip')].map((c) => c.textContent);
    expect(labels).toContain('家电维修');
    expect(labels).toContain('健康检查、陪同就医');
    expect(labels.some((l) => /乐修匠|健康有约/.test(l ?? ''))).toBe(false);
  });
});
