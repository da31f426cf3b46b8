import { Text, View } from '@tarojs/components';
import { BigButton, HotlineLine, Notice } from '@/components';
import { hotlineLabel, roleNames, saysCallCommunity } from '@/services';
import type { WhoamiState } from '@/hooks/useWhoami';

/**
 * The user's roles as the cloud sees them (`.whoami-roles`); never the raw WeChat id. When the cloud
 * cannot tell who they are, a number to call (`#whoami-hotline`).
 */
export function IdentityCard({ state, onRetry, hotline }: { state: WhoamiState; onRetry: () => void; hotline?: string }) {
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
        {hotline && saysCallCommunity(state.code) ? <HotlineLine number={hotline} lead={hotlineLabel(false)} id='whoami-hotline' /> : null}
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
          {roleNames(state.data.roles, state.data.scopes)}
        </Text>
      </View>
    </View>
  );
}
