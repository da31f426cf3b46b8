// The due time in words on every page that shows a wish, in jsdom: the resident's 我的心愿 and detail
// (预计 周五 前上门), the centre's workbench card and the team's hall card (办理时限：周五 17:30 前), the
// facts of an order (the words, then the exact time), a late wish marked in words (已超时 2 天, the tag
// 已超时) and not by colour alone, nothing once served; and 排进服务日 (ServiceDayCard).
import { beforeAll, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import type { WishView } from '@/domain/wish/view';

const answers: unknown[] = [];
const mockCall = jest.fn(async (_fn: string, _event: Record<string, unknown>) => answers.shift());
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

type Components = {
  QueueCard: typeof import('@/dispatcher/components/QueueCard').QueueCard;
  OrderCard: typeof import('@/volunteer/components/OrderCard').OrderCard;
  WishFacts: typeof import('@/components/wish/WishFacts').WishFacts;
  WishInfo: typeof import('@/pages/wish/detail/WishInfo').WishInfo;
  WishItem: typeof import('@/pages/wish/mine/WishItem').WishItem;
  ServiceDayCard: typeof import('@/components/wish/ServiceDayCard').ServiceDayCard;
};
const C = {} as Components;
beforeAll(async () => {
  ({ QueueCard: C.QueueCard } = await import('@/dispatcher/components/QueueCard'));
  ({ OrderCard: C.OrderCard } = await import('@/volunteer/components/OrderCard'));
  ({ WishFacts: C.WishFacts } = await import('@/components/wish/WishFacts'));
  ({ WishInfo: C.WishInfo } = await import('@/pages/wish/detail/WishInfo'));
  ({ WishItem: C.WishItem } = await import('@/pages/wish/mine/WishItem'));
  ({ ServiceDayCard: C.ServiceDayCard } = await import('@/components/wish/ServiceDayCard'));
});

// Tuesday 1 December 2026, 10:00 in Shanghai.
const NOW = Date.parse('2026-12-01T02:00:00Z');
const FRIDAY_1730 = '2026-12-04T09:30:00.000Z';
const SUNDAY_BEFORE = '2026-11-29T01:00:00.000Z';
const wish = (over: Partial<WishView> = {}): WishView => ({
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
  room: '201',
  contact: { name: '张**', phone: '139****5678', masked: true },
  proxy: false,
  createdAt: '2026-11-30T01:00:00.000Z',
  dueAt: FRIDAY_1730,
  claimedByMe: false,
  hasClaimant: false,
  history: [],
  ...over,
});
const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const noop = () => undefined;

/** Each page's due line: how to render it, and where its words are. */
const PAGES: Array<[string, (w: WishView) => JSX.Element, string, string]> = [
  ['workbench card', (w) => <C.QueueCard wish={w} now={NOW} onOpen={noop} />, '.queue-due', '办理时限：周五 17:30 前'],
  ['hall card', (w) => <C.OrderCard order={w} now={NOW} busy={false} onOpen={noop} />, '.order-due', '办理时限：周五 17:30 前'],
  ['我的心愿', (w) => <C.WishItem wish={w} now={NOW} />, '.wish-item-due', '预计 周五 前上门'],
];

describe('due text on each page', () => {
  test.each(PAGES)('%s: in words while open', (_page, view, selector, words) => {
    render(view(wish()));
    expect(el(selector).textContent).toBe(words);
    expect(el(selector).getAttribute('data-overdue')).toBe('false');
  });

  test.each(PAGES)('%s: late is said in words, marked, and flagged 已超时', (_page, view, selector) => {
    render(view(wish({ dueAt: SUNDAY_BEFORE })));
    expect(el(selector).textContent).toContain('已超时 2 天');
    expect(el(selector).textContent).toContain('⚠');
    expect(el(selector).getAttribute('data-overdue')).toBe('true');
    expect(document.querySelector('[class*="-overdue"].tag')?.textContent).toBe('已超时');
  });

  test.each(PAGES)('%s: nothing once served', (_page, view, selector) => {
    render(view(wish({ status: 'completed', group: 'done', dueAt: SUNDAY_BEFORE })));
    expect(document.querySelector(selector)).toBeNull();
    expect(document.body.textContent).not.toContain('已超时');
  });

  test('the resident’s detail: 上门时限 in the resident’s words; late: the community is on it', () => {
    const { unmount } = render(<C.WishInfo wish={wish({ dueAt: '2026-12-01T09:30:00.000Z' })} now={NOW} />);
    expect(el('.info-due').textContent).toBe('预计 今天 17:30 前上门');
    unmount();
    render(<C.WishInfo wish={wish({ dueAt: SUNDAY_BEFORE })} now={NOW} />);
    expect(el('.info-due').textContent).toBe('⚠ 已超时 2 天，社区正在督办');
    expect(el('.info-due').className).toContain('due-overdue');
  });

  test('an order’s facts: the words, then the exact time; a service day by its name', () => {
    const { unmount } = render(<C.WishFacts wish={wish()} now={NOW} prefix='order' />);
    expect([...document.querySelectorAll('.order-due .info-part')].map((p) => p.textContent)).toEqual(['周五 17:30 前', '12月4日 17:30']);
    unmount();
    render(<C.WishFacts wish={wish({ serviceDay: '2026-12-09', dueAt: '2026-12-09T09:30:00.000Z' })} now={NOW} prefix='wish' />);
    expect(el('.wish-due .info-part').textContent).toBe('服务日 周三 12月9日');
  });
});

describe('ServiceDayCard (排进服务日)', () => {
  test('nothing once the volunteer has started', () => {
    const { container } = render(<C.ServiceDayCard wish={wish({ status: 'in_service' })} onDone={noop} />);
    expect(container.innerHTML).toBe('');
  });

  test('one tap schedules it and the page reloads; a wish already in a service day says which', async () => {
    const reloaded: string[] = [];
    answers.push({
      ok: true,
      data: { wishId: 'w_0001', status: 'dispatched', version: 3, serviceDay: '2026-12-02', dueAt: '2026-12-02T09:30:00.000Z' },
    });
    const { unmount } = render(<C.ServiceDayCard wish={wish()} onDone={() => reloaded.push('reload')} />);
    await act(async () => void fireEvent.click(el('#service-day-button')));
    expect(mockCall).toHaveBeenCalledWith('dispatch', { action: 'schedule_service_day', wishId: 'w_0001' });
    expect(reloaded).toEqual(['reload']);
    // The answer's day shows at once, before the reloaded wish carries it.
    expect(el('#service-day-done').textContent).toBe('已排进服务日 周三 12月2日');
    unmount();
    render(<C.ServiceDayCard wish={wish({ serviceDay: '2026-12-02' })} onDone={noop} />);
    expect(el('#service-day-current').textContent).toBe('已排进服务日 周三 12月2日，那天下班前办好。');
    expect(document.querySelector('#service-day-button')).toBeNull();
  });

  test('a refusal shows its Chinese message', async () => {
    answers.push({ ok: false, error: { code: 'ORDER.ALREADY_SCHEDULED', message: 'already' } });
    render(<C.ServiceDayCard wish={wish()} onDone={noop} />);
    await act(async () => void fireEvent.click(el('#service-day-button')));
    expect(el('#service-day-error').textContent).toContain('这件心愿已经排进这个服务日了');
  });
});
