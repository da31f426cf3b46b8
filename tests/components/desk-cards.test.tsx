// Staff cards and the centre's confirmations in jsdom: the hall card (小区 楼栋 without the room before
// the claim, the preferred time, 中心留言), the workbench card (重办原因) and the dispatch dialogs (a
// team outside the area is asked about a second time).
import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { DecisionDialog } from '@/dispatcher/components/DecisionDialog';
import { QueueCard } from '@/dispatcher/components/QueueCard';
import type { Suggestion } from '@/dispatcher/components/SuggestionList';
import { WishFacts } from '@/components/wish/WishFacts';
import type { WishView } from '@/domain/wish/view';
import { OrderCard } from '@/volunteer/components/OrderCard';

const NOW = Date.parse('2026-11-30T02:00:00Z');
const wish = (over: Partial<WishView>): WishView => ({
  id: 'w_0001',
  status: 'dispatched',
  group: 'open',
  version: 2,
  category: 'repairs',
  description: '厨房水龙头一直漏水',
  urgency: 'normal',
  preferredTime: { date: '2026-12-02', window: 'morning' },
  photos: [],
  buildingId: 'B-0012',
  communityId: 'c-jinding',
  place: { communityName: '金鼎社区', estateName: '翠湖小区', buildingName: '3栋2单元' },
  contact: { name: '张**', phone: '139****5678', masked: true },
  proxy: false,
  createdAt: '2026-11-30T01:00:00.000Z',
  dueAt: '2026-12-01T01:00:00.000Z',
  claimedByMe: false,
  hasClaimant: false,
  history: [
    {
      at: '2026-11-30T01:30:00.000Z',
      action: 'dispatch',
      as: 'dispatcher',
      from: 'submitted',
      to: 'dispatched',
      note: '请先电话联系',
      byMe: false,
    },
  ],
  ...over,
});
const text = (sel: string) => document.querySelector(sel)?.textContent;

describe('hall card', () => {
  test('the place without the room before the claim, the preferred time, the centre’s note', () => {
    render(<OrderCard order={wish({})} now={NOW} busy={false} onOpen={() => undefined} onClaim={() => undefined} />);
    expect(text('.order-place')).toBe('地点：翠湖小区 3栋2单元 · 接单后可见门牌');
    expect(text('.order-time')).toBe('希望时间：12月2日 周三（后天） 上午');
    expect(text('.order-note')).toBe('中心留言：请先电话联系');
    expect(document.body.textContent).not.toContain('B-0012');
  });

  test('the room once it is mine', () => {
    render(
      <OrderCard
        order={wish({ room: '3-201', claimedByMe: true, hasClaimant: true, status: 'claimed' })}
        now={NOW}
        busy={false}
        onOpen={() => undefined}
      />,
    );
    expect(text('.order-place')).toBe('地点：翠湖小区 3栋2单元 · 3-201室');
  });
});

describe('wish facts', () => {
  test('约定上门 once the claimant wrote it down, for the centre (`wish-`) and the team (`order-`)', () => {
    for (const prefix of ['wish', 'order'] as const) {
      const { unmount } = render(
        <WishFacts
          wish={wish({ status: 'claimed', plannedVisit: { date: '2026-12-02', window: 'afternoon' } })}
          now={NOW}
          prefix={prefix}
        />,
      );
      expect([...document.querySelectorAll(`.${prefix}-visit .info-part`)].map((p) => p.textContent)).toEqual([
        '12月2日 周三（后天）',
        '下午',
      ]);
      unmount();
    }
    render(<WishFacts wish={wish({})} now={NOW} prefix='wish' />);
    expect(document.querySelector('.wish-visit')).toBeNull();
  });
});

describe('workbench card', () => {
  test('重办原因 from a ≤2★ rating', () => {
    const reopened = wish({
      status: 'reopened',
      room: '3-201',
      rating: { stars: 2, comment: '没修好', at: '2026-11-30T01:50:00.000Z' },
      history: [
        {
          at: '2026-11-30T01:50:00.000Z',
          action: 'rate',
          as: 'owner',
          from: 'completed',
          to: 'reopened',
          note: '没修好',
          stars: 2,
          byMe: false,
        },
      ],
    });
    render(<QueueCard wish={reopened} now={NOW} onOpen={() => undefined} />);
    expect(text('.queue-reason')).toBe('重办原因：居民评价2星，「没修好」');
    expect(text('.queue-building')).toBe('翠湖小区 3栋2单元 · 3-201室');
  });
});

describe('dispatch dialogs', () => {
  const team = (covers: boolean): Suggestion => ({
    teamId: 't-1',
    name: '青云跑腿代办队',
    score: 1,
    covers,
    specialtyMatch: false,
    openLoad: 0,
    recommended: false,
  });
  const handlers = () => ({ onOutside: jest.fn(), onDispatch: jest.fn(), onReject: jest.fn(), onCancel: jest.fn() });

  test('a team in the area: one yes dispatches, naming the team and the note', () => {
    const h = handlers();
    render(<DecisionDialog pending={{ kind: 'dispatch', team: team(true), note: '请先电话联系', outside: false }} busy={false} {...h} />);
    expect(text('#dispatch-dialog-title')).toBe('派给「青云跑腿代办队」？');
    expect(text('#dispatch-dialog-body')).toContain('中心留言：请先电话联系');
    fireEvent.click(screen.getByText('确定派单'));
    expect(h.onDispatch).toHaveBeenCalledWith(team(true), '请先电话联系');
    expect(h.onOutside).not.toHaveBeenCalled();
  });

  test('a team outside the area: the first yes asks again; the second dispatches', () => {
    const h = handlers();
    const { rerender } = render(
      <DecisionDialog pending={{ kind: 'dispatch', team: team(false), note: '', outside: false }} busy={false} {...h} />,
    );
    expect(text('#dispatch-dialog-body')).toContain('不在本社区服务范围');
    fireEvent.click(screen.getByText('确定派单'));
    expect(h.onDispatch).not.toHaveBeenCalled();
    expect(h.onOutside).toHaveBeenCalledWith(team(false), '');
    rerender(<DecisionDialog pending={{ kind: 'dispatch', team: team(false), note: '', outside: true }} busy={false} {...h} />);
    expect(text('#outside-dialog-title')).toBe('这支队不在服务范围');
    fireEvent.click(screen.getByText('仍然派给这支队'));
    expect(h.onDispatch).toHaveBeenCalledWith(team(false), '');
  });

  test('不予受理 shows the reason; 再想想 decides nothing', () => {
    const h = handlers();
    render(<DecisionDialog pending={{ kind: 'reject', reason: '属于物业维修范围' }} busy={false} {...h} />);
    expect(text('#reject-dialog-body')).toBe('居民会收到这个原因：「属于物业维修范围」');
    fireEvent.click(screen.getByText('再想想'));
    expect(h.onCancel).toHaveBeenCalled();
    expect(h.onReject).not.toHaveBeenCalled();
  });
});
