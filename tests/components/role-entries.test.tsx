// The landing page's entries by role (src/pages/index/RoleEntries.tsx): nobody sees an empty page —
// the admin gets 管理后台, the merchant 我的店铺, the leader 队伍管理, the helper 帮居民提心愿.
import { describe, expect, jest, test } from '@jest/globals';
import { act, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { RoleEntries } from '@/pages/index/RoleEntries';
import type { Role } from '@/domain/roles';

const ids = () => [...document.querySelectorAll('.entries .big-button')].map((b) => b.id);
const ready = (roles: Role[]) => ({ status: 'ready' as const, data: { openid: 'x', roles } });

describe('RoleEntries', () => {
  const cases: Array<[string, Role[], string[]]> = [
    ['a resident', ['resident'], ['my-wishes', 'community-activities', 'become-volunteer']],
    [
      'a volunteer',
      ['resident', 'volunteer'],
      [
        'my-wishes',
        'community-activities',
        'volunteer-hall',
        'volunteer-wall',
        'volunteer-visits',
        'volunteer-activities',
        'volunteer-rewards',
        'become-volunteer',
      ],
    ],
    [
      'a leader',
      ['resident', 'volunteer', 'leader'],
      [
        'my-wishes',
        'community-activities',
        'volunteer-hall',
        'volunteer-wall',
        'volunteer-visits',
        'volunteer-activities',
        'volunteer-rewards',
        'leader-teams',
        'digest-entry',
        'become-volunteer',
      ],
    ],
    [
      'a helper',
      ['resident', 'helper'],
      ['helper-file', 'households-entry', 'elders-entry', 'my-wishes', 'community-activities', 'become-volunteer'],
    ],
    [
      'a dispatcher',
      ['dispatcher'],
      [
        'my-wishes',
        'community-activities',
        'dispatcher-queue',
        'dispatcher-activities',
        'digest-entry',
        'admin-home-entry',
        'become-volunteer',
      ],
    ],
    ['an admin', ['admin'], ['my-wishes', 'community-activities', 'admin-home-entry', 'become-volunteer']],
    ['a merchant', ['merchant'], ['my-wishes', 'community-activities', 'merchant-shop', 'become-volunteer']],
  ];
  for (const [who, roles, expected] of cases) {
    test(`${who}: ${expected.join(', ')}`, () => {
      render(<RoleEntries state={ready(roles)} onHelp={() => undefined} />);
      expect(ids()).toEqual(expected);
    });
  }

  test('each entry opens its page; 帮居民提心愿 asks the landing page', async () => {
    const onHelp = jest.fn();
    render(<RoleEntries state={ready(['admin', 'dispatcher', 'merchant', 'leader', 'helper'])} onHelp={onHelp} />);
    const urls: Record<string, string> = {
      'admin-home-entry': '/admin/pages/index/index',
      'merchant-shop': '/merchant/pages/shop/index',
      'leader-teams': '/volunteer/pages/teams/index',
      'volunteer-rewards': '/volunteer/pages/rewards/index',
      'dispatcher-queue': '/dispatcher/pages/queue/index',
      'households-entry': '/dispatcher/pages/households/index',
      'elders-entry': '/dispatcher/pages/elders/index',
      'dispatcher-activities': '/dispatcher/pages/activities/index',
      'volunteer-activities': '/volunteer/pages/activities/index',
      'community-activities': '/pages/activities/index',
    };
    for (const [id, url] of Object.entries(urls)) {
      await act(async () => void fireEvent.click(document.getElementById(id)!));
      expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url });
    }
    await act(async () => void fireEvent.click(document.getElementById('helper-file')!));
    expect(onHelp).toHaveBeenCalled();
  });

  test("社区活动 opens on the scanned stairwell's community", async () => {
    render(<RoleEntries state={ready(['resident'])} communityId='c-jinding' />);
    await act(async () => void fireEvent.click(document.getElementById('community-activities')!));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/activities/index?communityId=c-jinding' });
  });

  test('while loading: the entries everyone has', () => {
    render(<RoleEntries state={{ status: 'loading' }} />);
    expect(ids()).toEqual(['my-wishes', 'community-activities', 'become-volunteer']);
  });
});
