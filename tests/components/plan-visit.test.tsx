// 约定上门 in jsdom: the card shows only on an order I hold before check-in; it says what is planned (or
// that nothing is); the day buttons and time choices give the date and window that 记下 sends.
import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import type { WishView } from '@/domain/wish/view';
import { PlanVisitCard } from '@/volunteer/components/PlanVisitCard';

const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const tap = (selector: string) => act(() => void fireEvent.click(el(selector)));

// 2026-11-30 20:00 UTC is 12月1日 04:00 in Shanghai: "today" there is 2026-12-01.
const NOW = new Date('2026-11-30T20:00:00Z');
const order = (over: Partial<WishView> = {}) =>
  ({
    id: 'w_1',
    status: 'claimed',
    claimedByMe: true,
    preferredTime: { date: '2026-12-03', window: 'afternoon' },
    ...over,
  }) as WishView;

describe('PlanVisitCard', () => {
  const hidden: Array<[string, Partial<WishView>]> = [
    ['claimed by someone else', { claimedByMe: false }],
    ['in service', { status: 'in_service' }],
    ['still in the hall', { status: 'dispatched', claimedByMe: false }],
  ];
  for (const [name, over] of hidden) {
    test(`nothing when ${name}`, () => {
      const { container } = render(<PlanVisitCard order={order(over)} busy={false} onPlan={() => undefined} now={NOW} />);
      assert.equal(container.innerHTML, '');
    });
  }

  test('no plan yet: says so; 记下 sends the resident’s wish by default, then the day and window chosen', () => {
    const sent: string[] = [];
    render(<PlanVisitCard order={order()} busy={false} onPlan={(d, w) => sent.push(`${d} ${w}`)} now={NOW} />);
    assert.equal(el('#plan-visit-current').textContent, '还没有约定，和居民通话后在这里记下');
    tap('#plan-visit-button');
    assert.deepEqual(sent, ['2026-12-03 afternoon']);
    tap('.date-2026-12-02');
    tap('.window-morning');
    assert.equal(el('.date-2026-12-02').getAttribute('aria-checked'), 'true');
    tap('#plan-visit-button');
    assert.deepEqual(sent, ['2026-12-03 afternoon', '2026-12-02 morning']);
  });

  test('a plan: shown in words and chosen; a past preferred day starts at today (Shanghai)', () => {
    const planned = order({ plannedVisit: { date: '2026-12-02', window: 'evening' } });
    const first = render(<PlanVisitCard order={planned} busy={false} onPlan={() => undefined} now={NOW} />);
    assert.equal(el('#plan-visit-current').textContent, '已约定：12月2日 周三（明天） 晚上');
    assert.equal(el('.window-evening').getAttribute('aria-checked'), 'true');
    first.unmount();

    const sent: string[] = [];
    const past = order({ preferredTime: { date: '2026-11-28', window: 'any' } });
    render(<PlanVisitCard order={past} busy={false} onPlan={(d, w) => sent.push(`${d} ${w}`)} now={NOW} />);
    tap('#plan-visit-button');
    assert.deepEqual(sent, ['2026-12-01 any']);
  });
});
