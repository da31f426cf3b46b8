import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton } from '@/components';
import type { WhoamiState } from '@/hooks/useWhoami';

const go = (url: string) => () => void Taro.navigateTo({ url });

interface Props {
  state: WhoamiState;
  /** 帮居民提心愿 (helpers): file for an elder — the landing page knows the stairwell, or offers the picker. */
  onHelp?: () => void;
  /** The scanned stairwell's community: 社区活动 opens on it (else the resident chooses there). */
  communityId?: string;
}

/**
 * Where this person can go, by their roles: everyone has 我的心愿, 社区活动 and 成为志愿者; a volunteer the hall, 微心愿墙, 我的巡访,
 * 志愿活动 and 爱心兑换; a leader also 队伍管理; a helper 帮居民提心愿, 困难户登记 and 巡访看板; a dispatcher 中心派单 and 活动组织; an
 * admin or a dispatcher 管理后台; a merchant 我的店铺; a dispatcher or a leader 服务周报 (the weekly digest).
 */
export function RoleEntries({ state, onHelp, communityId }: Props) {
  const roles: readonly string[] = state.status === 'ready' ? state.data.roles : [];
  const has = (...r: string[]) => r.some((x) => roles.includes(x));
  return (
    <View className='entries'>
      {has('helper') && onHelp ? (
        <BigButton kind='secondary' id='helper-file' onClick={onHelp}>
          帮居民提心愿
        </BigButton>
      ) : null}
      {has('helper') ? (
        <BigButton kind='secondary' id='households-entry' onClick={go('/dispatcher/pages/households/index')}>
          困难户登记
        </BigButton>
      ) : null}
      {has('helper') ? (
        <BigButton kind='secondary' id='elders-entry' onClick={go('/dispatcher/pages/elders/index')}>
          巡访看板
        </BigButton>
      ) : null}
      <BigButton kind='secondary' id='my-wishes' onClick={go('/pages/wish/mine/index')}>
        我的心愿
      </BigButton>
      <BigButton
        kind='secondary'
        id='community-activities'
        onClick={go(`/pages/activities/index${communityId ? `?communityId=${encodeURIComponent(communityId)}` : ''}`)}
      >
        社区活动
      </BigButton>
      {has('volunteer', 'leader') ? (
        <BigButton kind='secondary' id='volunteer-hall' onClick={go('/volunteer/pages/hall/index')}>
          志愿者接单大厅
        </BigButton>
      ) : null}
      {has('volunteer', 'leader') ? (
        <BigButton kind='secondary' id='volunteer-wall' onClick={go('/volunteer/pages/wall/index')}>
          社区微心愿墙
        </BigButton>
      ) : null}
      {has('volunteer', 'leader') ? (
        <BigButton kind='secondary' id='volunteer-visits' onClick={go('/volunteer/pages/visits/index')}>
          我的巡访
        </BigButton>
      ) : null}
      {has('volunteer', 'leader') ? (
        <BigButton kind='secondary' id='volunteer-activities' onClick={go('/volunteer/pages/activities/index')}>
          志愿活动
        </BigButton>
      ) : null}
      {has('volunteer', 'leader') ? (
        <BigButton kind='secondary' id='volunteer-rewards' onClick={go('/volunteer/pages/rewards/index')}>
          爱心兑换
        </BigButton>
      ) : null}
      {has('leader') ? (
        <BigButton kind='secondary' id='leader-teams' onClick={go('/volunteer/pages/teams/index')}>
          队伍管理
        </BigButton>
      ) : null}
      {has('dispatcher') ? (
        <BigButton kind='secondary' id='dispatcher-queue' onClick={go('/dispatcher/pages/queue/index')}>
          中心派单
        </BigButton>
      ) : null}
      {has('dispatcher') ? (
        <BigButton kind='secondary' id='dispatcher-activities' onClick={go('/dispatcher/pages/activities/index')}>
          活动组织
        </BigButton>
      ) : null}
      {has('dispatcher', 'leader') ? (
        <BigButton kind='secondary' id='digest-entry' onClick={go('/dispatcher/pages/digest/index')}>
          服务周报
        </BigButton>
      ) : null}
      {has('admin', 'dispatcher') ? (
        <BigButton kind='secondary' id='admin-home-entry' onClick={go('/admin/pages/index/index')}>
          管理后台
        </BigButton>
      ) : null}
      {has('merchant') ? (
        <BigButton kind='secondary' id='merchant-shop' onClick={go('/merchant/pages/shop/index')}>
          我的店铺
        </BigButton>
      ) : null}
      <BigButton kind='plain' id='become-volunteer' onClick={go('/volunteer/pages/register/index')}>
        成为志愿者
      </BigButton>
    </View>
  );
}
