import { Button, Text, View } from '@tarojs/components';
import { roleNames, shortenOpenid } from '../../services';
import type { WhoamiState } from './useWhoami';

/** The user's WeChat identity and roles as the cloud sees them. */
export function IdentityCard({ state, onRetry }: { state: WhoamiState; onRetry: () => void }) {
  if (state.status === 'loading') {
    return (
      <View className='card'>
        <Text className='line muted whoami-loading' id='whoami-loading'>
          正在确认您的身份…
        </Text>
      </View>
    );
  }
  if (state.status === 'error') {
    return (
      <View className='card'>
        <Text className='error-message whoami-error' id='whoami-error' data-code={state.code}>
          {state.message}
        </Text>
        <Button className='big-button retry-button' id='retry-button' onClick={onRetry}>
          重试
        </Button>
      </View>
    );
  }
  return (
    <View className='card'>
      <View className='row'>
        <Text className='label'>微信身份：</Text>
        <Text className='value whoami-openid' id='whoami-openid'>
          {shortenOpenid(state.data.openid)}
        </Text>
      </View>
      <View className='row'>
        <Text className='label'>我的角色：</Text>
        <Text className='value whoami-roles' id='whoami-roles'>
          {roleNames(state.data.roles)}
        </Text>
      </View>
    </View>
  );
}
