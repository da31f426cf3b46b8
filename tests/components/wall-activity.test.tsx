// The centre's 心愿墙与活动 card (src/dispatcher/components/WallActivityCard.tsx) in jsdom: 发布到心愿墙 is
// disabled and explained without the resident's consent; 加入活动 offers the community's open activities
// (from activity.list, scope organising) and folds the wish into the chosen one.
import { beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { WishView } from '@/domain/wish/view';

const answers = new Map<string, unknown>();
const mockCall = jest.fn(async (_fn: string, event: Record<string, unknown>) => answers.get(String(event.action)));
jest.mock('@/services', () => ({ ...jest.requireActual<object>('@/services'), call: mockCall }));

let WallActivityCard: typeof import('@/dispatcher/components/WallActivityCard').WallActivityCard;
beforeAll(async () => {
  ({ WallActivityCard } = await import('@/dispatcher/components/WallActivityCard'));
});

const NOW = Date.parse('2026-12-01T02:00:00Z');
const wish = (over: Partial<WishView> = {}) => ({ id: 'w_1', status: 'submitted', communityId: 'c-jinding', ...over }) as WishView;
const activity = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  status: 'published',
  title: `服务日${id}`,
  services: [],
  communityId: 'c-jinding',
  communityName: '金鼎社区',
  address: '广场',
  startAt: '2026-12-05T01:00:00.000Z',
  endAt: '2026-12-05T04:00:00.000Z',
  signUpBy: '2026-12-04T10:00:00.000Z',
  quota: 10,
  signedUp: 2,
  waiting: 0,
  points: 10,
  organising: true,
  ...over,
});
const el = (selector: string) => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const tap = async (selector: string) => act(async () => void fireEvent.click(el(selector)));

beforeEach(() => {
  mockCall.mockClear();
  answers.clear();
});

describe('WallActivityCard', () => {
  test('without consent: 发布到心愿墙 is disabled and explained; no activity: said so', async () => {
    answers.set('list', { ok: false, error: { code: 'ACTION.UNKNOWN', message: 'x' } });
    render(<WallActivityCard wish={wish()} now={NOW} onDone={() => undefined} />);
    expect(await screen.findByText(/本社区暂时没有可以加入的活动/)).toBeTruthy();
    expect(el('#wall-no-consent').textContent).toContain('没有同意发布到心愿墙');
    await tap('#publish-wall');
    expect(mockCall.mock.calls.some(([, e]) => e.action === 'publish_to_wall')).toBe(false);
  });

  test('with consent it publishes; it offers only open activities of the community and attaches to the chosen one', async () => {
    answers.set('list', {
      ok: true,
      data: {
        items: [
          activity('a1'),
          activity('a2', { communityId: 'c-qingyun' }),
          activity('a3', { status: 'closed' }),
          activity('a4', { endAt: '2026-11-30T04:00:00.000Z' }),
        ],
        page: 0,
        hasMore: false,
      },
    });
    answers.set('publish_to_wall', { ok: true, data: { wishId: 'w_1', status: 'dispatched', version: 2 } });
    answers.set('attach_to_activity', { ok: true, data: { wishId: 'w_1', status: 'dispatched', version: 2, activityId: 'a1' } });
    const onDone = jest.fn();
    render(<WallActivityCard wish={wish({ wallConsent: true })} now={NOW} onDone={onDone} />);
    await screen.findByText(/服务日a1/);
    expect(document.querySelectorAll('.activity-choice')).toHaveLength(1);
    expect(mockCall).toHaveBeenCalledWith('activity', { action: 'list', scope: 'organising', communityId: 'c-jinding', page: 0 });
    await tap('#publish-wall');
    expect(mockCall).toHaveBeenCalledWith('dispatch', { action: 'publish_to_wall', wishId: 'w_1' });
    await waitFor(() => expect(onDone).toHaveBeenLastCalledWith('已发布到社区微心愿墙'));
    await tap('#activity-a1');
    await tap('#attach-activity');
    expect(mockCall).toHaveBeenCalledWith('dispatch', { action: 'attach_to_activity', wishId: 'w_1', activityId: 'a1' });
    await waitFor(() => expect(onDone).toHaveBeenLastCalledWith('已加入「服务日a1」'));
    expect(onDone).toHaveBeenCalledTimes(2);
  });

  test('a wish already on the wall says so; nothing to decide', () => {
    render(<WallActivityCard wish={wish({ status: 'dispatched', wall: true })} now={NOW} onDone={() => undefined} />);
    expect(el('#wall-on').textContent).toContain('已发布到社区微心愿墙');
    expect(mockCall).not.toHaveBeenCalled();
  });
});
