// 指派给队员 (leader only): pick an active member of the team the order is with.
import { Text } from '@tarojs/components';
import { useCallback } from 'react';
import { BigButton, Card, Loading, Notice } from '@/components';
import { call } from '@/services';
import { skillsText } from './constants';
import { useRemote } from '@/hooks/useRemote';

interface Props {
  teamId: string;
  busy: boolean;
  onAssign: (membershipId: string, name: string) => void;
  onCancel: () => void;
}

export function AssignPanel({ teamId, busy, onAssign, onCancel }: Props) {
  const load = useCallback(() => call('volunteer', { action: 'members' as const, teamId }), [teamId]);
  const { state } = useRemote(load);
  const active = state.status === 'ready' ? state.data.members.filter((m) => m.status === 'active') : [];
  return (
    <Card title='指派给队员' id='assign-panel'>
      {state.status === 'loading' && <Loading text='正在读取队员…' />}
      {state.status === 'error' && (
        <Notice kind='error' code={state.code}>
          {state.message}
        </Notice>
      )}
      {state.status === 'ready' && active.length === 0 && <Notice kind='info'>队里还没有可指派的队员</Notice>}
      {active.length > 0 && <Text className='meta'>点选一位队员，这一单就由他（她）承办。每人后面是手上进行中的单数。</Text>}
      {active.map((m) => (
        <BigButton
          key={m.membershipId}
          kind='secondary'
          className='assign-member'
          id={`assign-${m.membershipId}`}
          busy={busy}
          onClick={() => onAssign(m.membershipId, m.name)}
        >
          {m.name}
          {m.role === 'leader' ? '（队长）' : ''}
          {m.skills.length > 0 ? ` · ${skillsText(m.skills)}` : ''}
          {` · 手上${m.load}单`}
        </BigButton>
      ))}
      <BigButton kind='plain' id='assign-cancel' onClick={onCancel}>
        取消
      </BigButton>
    </Card>
  );
}
