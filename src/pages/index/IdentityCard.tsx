import { Text, View } from '@tarojs/components';
import { BigButton, Notice } from '@/components';
import { roleNames, shortenOpenid } from '@/services';
import type { WhoamiState } from '@/hooks/useWhoami';

/** The user's WeChat identity and roles as the cloud sees them (`.whoami-openid`, `.whoami-roles`). */
export function IdentityCard({ state, onRetry }: { state: WhoamiState; onRetry: () => void }) {
  if (state.status === 'loading') {
    return (
      <View className='identity'>
        <Text className='muted whoami-loading' id='whoami-loading'>
          正在确认您的身份…
        </Text>
      </View>
    );
  }
  if (state.status === 'error') {
    return (
      <View className='identity'>
        <Notice kind='error' code={state.code} id='whoami-error'>
          {state.message}
        </Notice>
        <BigButton kind='secondary' className='retry-button' id='retry-button' onClick={onRetry}>
          重试
        </BigButton>
      </View>
    );
  }
  return (
    <View className='identity'>
      <View className='identity-row'>
        <Text className='muted'>我的身份：</Text>
        <Text className='whoami-roles' id='whoami-roles'>
          {roleNames(state.data.roles)}
        </Text>
      </View>
      <View className='identity-row'>
        <Text className='muted'>微信编号：</Text>
        <Text className='whoami-openid' id='whoami-openid'>
          {shortenOpenid(state.data.openid)}
        </Text>
      </View>
    </View>
  );
}
