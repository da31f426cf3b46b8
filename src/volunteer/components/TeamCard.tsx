// One volunteer team: its specialties and communities, my standing, and 申请加入.
import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { communityName, skillLabel } from './constants';

export type TeamItem = ActionOutput<'volunteer', 'teams'>['items'][number];

const STANDING = { pending: '已申请，等待队长批准', active: '已加入' } as const;

export function TeamCard({
  team,
  leader,
  busy,
  onJoin,
}: {
  team: TeamItem;
  leader: boolean;
  busy: boolean;
  onJoin: (team: TeamItem) => void;
}) {
  return (
    <View className='card team-card' id={`team-${team.teamId}`} data-status={team.myStatus}>
      <View className='row'>
        <Text className='item-title team-name'>{team.name}</Text>
        {leader && <Text className='tag tag--info'>我是队长</Text>}
      </View>
      <View className='row'>
        {team.specialties.map((s) => (
          <Text key={s} className='tag tag--good'>
            {skillLabel(s)}
          </Text>
        ))}
      </View>
      <Text className='meta'>服务社区：{team.communities.map(communityName).join('、') || '—'}</Text>
      {team.myStatus === 'none' ? (
        <BigButton kind='secondary' className='join-button' id={`join-${team.teamId}`} busy={busy} onClick={() => onJoin(team)}>
          申请加入
        </BigButton>
      ) : (
        <Text className={`tag team-standing${team.myStatus === 'active' ? ' tag--good' : ''}`}>{STANDING[team.myStatus]}</Text>
      )}
    </View>
  );
}
