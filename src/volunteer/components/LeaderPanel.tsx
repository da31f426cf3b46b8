// For a team I lead: its members, pending applications with 批准, the team's orders (TeamOrders) and
// 组织活动 (the team's activities: publish, the on-site code, closing).
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, Card, Loading, Notice } from '@/components';
import { call } from '@/services';
import { skillsText } from './constants';
import { TeamOrders } from './TeamOrders';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';

export function LeaderPanel({ teamId, name }: { teamId: string; name: string }) {
  const load = useCallback(() => call('volunteer', { action: 'members' as const, teamId }), [teamId]);
  const { state, reload } = useRemote(load);
  const { busy, error, act } = useAct();

  const approve = async (membershipId: string, who: string) => {
    const r = await act(() => call('volunteer', { action: 'approve' as const, membershipId }), `已批准${who}加入`);
    if (r.ok || r.error.code === 'TEAM.NOT_FOUND') await reload();
  };

  const members = state.status === 'ready' ? state.data.members : [];
  const pending = members.filter((m) => m.status === 'pending');
  const active = members.filter((m) => m.status === 'active');
  return (
    <Card title={`${name} · 队务`} id={`leader-${teamId}`} className='leader-panel'>
      {state.status === 'loading' && <Loading text='正在读取队员…' />}
      {state.status === 'error' && (
        <Notice kind='error' code={state.code}>
          {state.message}
        </Notice>
      )}
      {error && (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      )}
      {state.status === 'ready' && (
        <Text className='meta'>
          在队队员 {active.length} 人 · 待批准 {pending.length} 人
        </Text>
      )}
      {pending.map((m) => (
        <View className='pending-member' key={m.membershipId} id={`pending-${m.membershipId}`}>
          <Text className='body-text'>
            {m.name} {m.phone}
          </Text>
          {m.skills.length > 0 && <Text className='meta'>擅长：{skillsText(m.skills)}</Text>}
          <BigButton
            className='approve-button'
            id={`approve-${m.membershipId}`}
            busy={busy}
            onClick={() => void approve(m.membershipId, m.name)}
          >
            批准
          </BigButton>
        </View>
      ))}
      {state.status === 'ready' && <TeamOrders teamId={teamId} members={active} />}
      <BigButton
        kind='secondary'
        id={`organise-${teamId}`}
        onClick={() => void Taro.navigateTo({ url: `/dispatcher/pages/activities/index?teamId=${encodeURIComponent(teamId)}` })}
      >
        组织活动（发布、签到、结项）
      </BigButton>
    </Card>
  );
}
