// The system's steps where people read them, in jsdom: the timeline shows 催办, 升级 and 自动释放 by
// 系统 with the reason (what the released volunteer and the centre read); the workbench card and the
// digest carry 已升级 / 已催办 with when.
import { describe, expect, test } from '@jest/globals';
import { render } from '@testing-library/react';
import { WishTimeline } from '@/components/wish/WishTimeline';
import { EscalationTags } from '@/dispatcher/components/EscalationTags';
import type { WishView } from '@/domain/wish/view';

const step = (action: WishView['history'][number]['action'], from: string, to: string, note: string, at: string) =>
  ({ at, action, as: 'system', from, to, note, byMe: false }) as WishView['history'][number];

describe('the system steps in the timeline', () => {
  test('each by 系统, with its title and reason', () => {
    const history = [
      step('remind', 'submitted', 'submitted', '到中心已4小时仍未派单，已提醒派单员', '2026-11-20T06:00:00.000Z'),
      step('escalate', 'dispatched', 'dispatched', '已过完成时限仍无人接单，已升级至上级队伍和中心', '2026-11-23T06:00:00.000Z'),
      step('auto_release', 'claimed', 'dispatched', '接单后48小时仍未开始服务，系统已收回这一单，等待重新接单', '2026-11-26T06:00:00.000Z'),
    ];
    render(<WishTimeline wish={{ createdAt: '2026-11-20T02:00:00.000Z', proxy: false, history }} />);
    const steps = [...document.querySelectorAll('.timeline-step')].map((s) => ({
      title: s.querySelector('.timeline-title')?.textContent,
      actor: s.querySelector('.timeline-actor')?.textContent,
      note: s.querySelector('.timeline-note')?.textContent,
    }));
    expect(steps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: '超时未处理，系统已催办', note: '到中心已4小时仍未派单，已提醒派单员' }),
        expect.objectContaining({ title: '超时无人接单，已升级至上级队伍和中心' }),
        expect.objectContaining({
          title: '接单后未按时开始服务，系统已收回，等待重新接单',
          note: '接单后48小时仍未开始服务，系统已收回这一单，等待重新接单',
        }),
      ]),
    );
    for (const s of steps.filter((x) => x.note)) expect(s.actor).toMatch(/系统/);
  });
});

describe('EscalationTags', () => {
  test('已升级 and 已催办 with when; nothing for a wish without marks', () => {
    const { container, rerender } = render(
      <EscalationTags wish={{ escalatedAt: '2026-11-23T06:00:00.000Z', remindedAt: '2026-11-24T06:00:00.000Z' }} prefix='queue' />,
    );
    expect(container.querySelector('.queue-escalated')?.textContent).toMatch(/^已升级 (2026年)?11月23日 14:00$/);
    expect(container.querySelector('.queue-reminded')?.textContent).toMatch(/^已催办 (2026年)?11月24日 14:00$/);
    rerender(<EscalationTags wish={{}} prefix='queue' />);
    expect(container.textContent).toBe('');
  });
});
