// The teams tree: each team under its parent (indented by depth), its level, specialties, communities,
// masked leaders, member count and whether it is active; an admin may switch a team off or on.
import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components';
import { SPECIALTY_LABELS } from '@/domain/menu';
import type { ActionOutput } from '@/domain/schemas';
import { TEAM_KIND_LABELS } from '@/domain/team/team';

export type TeamNode = ActionOutput<'admin', 'teams'>['teams'][number];

/** One team's facts, as lines. */
export function teamFacts(t: TeamNode, communityNames: Readonly<Record<string, string>>): string[] {
  const communities = t.communities.map((c) => communityNames[c] ?? c);
  return [
    `专长：${t.specialties.map((s) => SPECIALTY_LABELS[s]).join('、') || '未填写'}`,
    `服务社区：${communities.join('、') || '不限社区'}`,
    `队长：${t.leaders.join('、') || '暂无'} · 在队 ${t.members} 人`,
  ];
}

interface Props {
  teams: TeamNode[];
  communityNames: Readonly<Record<string, string>>;
  /** Admins switch teams on and off. */
  onToggle?: (team: TeamNode) => void;
  busy?: boolean;
}

/**
 * `#team-tree`: `.tree-team` / `#tree-team-<id>` (`data-depth`, `data-active`), `.tree-team-name`,
 * `.tree-team-kind`, `.team-fact`, `#toggle-<id>` (停用 / 启用).
 */
export function TeamTree({ teams, communityNames, onToggle, busy }: Props) {
  return (
    <View id='team-tree' className='team-tree'>
      {teams.map((t) => (
        <View
          key={t.teamId}
          className={`card tree-team tree-depth-${Math.min(t.depth, 4)}${t.active ? '' : ' tree-team--off'}`}
          id={`tree-team-${t.teamId}`}
          data-depth={t.depth}
          data-active={t.active}
        >
          <View className='row tree-team-head'>
            <Text className='card-title tree-team-name'>{`${t.depth > 0 ? '└ ' : ''}${t.name}`}</Text>
            <Text className='tree-team-kind'>{`${t.kind ? TEAM_KIND_LABELS[t.kind] : '未分级'}${t.active ? '' : ' · 已停用'}`}</Text>
          </View>
          {teamFacts(t, communityNames).map((line) => (
            <Text key={line} className='meta team-fact'>
              {line}
            </Text>
          ))}
          {onToggle ? (
            <View className='row tree-team-actions'>
              <BigButton kind='plain' id={`toggle-${t.teamId}`} className='admin-button' busy={busy} onClick={() => onToggle(t)}>
                {t.active ? '停用' : '启用'}
              </BigButton>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
