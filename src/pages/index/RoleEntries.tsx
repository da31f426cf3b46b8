import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton } from '@/components';
import type { WhoamiState } from '@/hooks/useWhoami';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** Where this person can go: everyone has 我的心愿 and 成为志愿者; volunteers and dispatchers get their own areas. */
export function RoleEntries({ state }: { state: WhoamiState }) {
  const roles: readonly string[] = state.status === 'ready' ? state.data.roles : [];
  return (
    <View className='entries'>
      <BigButton kind='secondary' id='my-wishes' onClick={go('/pages/wish/mine/index')}>
        我的心愿
      </BigButton>
      {roles.includes('volunteer') ? (
        <BigButton kind='secondary' id='volunteer-hall' onClick={go('/volunteer/pages/hall/index')}>
          志愿者接单大厅
        </BigButton>
      ) : null}
      {roles.includes('dispatcher') ? (
        <BigButton kind='secondary' id='dispatcher-queue' onClick={go('/dispatcher/pages/queue/index')}>
          中心派单
        </BigButton>
      ) : null}
      {roles.includes('admin') || roles.includes('dispatcher') ? (
        <BigButton kind='secondary' id='posters-entry' onClick={go('/admin/pages/posters/index')}>
          楼道二维码海报
        </BigButton>
      ) : null}
      {roles.includes('admin') ? (
        <BigButton kind='secondary' id='admin-people' onClick={go('/admin/pages/people/index')}>
          人员与权限
        </BigButton>
      ) : null}
      <BigButton kind='plain' id='become-volunteer' onClick={go('/volunteer/pages/register/index')}>
        成为志愿者
      </BigButton>
    </View>
  );
}
