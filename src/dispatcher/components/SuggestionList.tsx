// Teams ranked for this wish, with the reasons a dispatcher reads, and one button per team.
import { Text, View } from '@tarojs/components';
import { BigButton } from '@/components';
import type { ActionOutput } from '@/domain/schemas';

export type Suggestion = ActionOutput<'dispatch', 'suggest'>['suggestions'][number];

interface Props {
  suggestions: Suggestion[];
  currentTeamId?: string;
  busy: boolean;
  onDispatch: (team: Suggestion) => void;
}

export function SuggestionList({ suggestions, currentTeamId, busy, onDispatch }: Props) {
  if (suggestions.length === 0) {
    return (
      <Text className='meta' id='suggestions-empty'>
        没有可派的服务队，请联系管理员添加服务队
      </Text>
    );
  }
  return (
    <View className='suggestion-list' id='suggestion-list'>
      {suggestions.map((s, i) => (
        <View
          className={`card suggestion-card${s.covers ? '' : ' suggestion-card--outside'}`}
          id={`suggestion-${s.teamId}`}
          key={s.teamId}
          data-rank={i + 1}
          data-covers={s.covers}
        >
          <View className='row'>
            <Text className='item-title suggestion-name'>{s.name}</Text>
            {s.recommended && <Text className='tag tag--good suggestion-recommended'>推荐</Text>}
            {s.teamId === currentTeamId && <Text className='tag tag--info'>当前承办</Text>}
          </View>
          <View className='row suggestion-reasons'>
            <Text className={`tag suggestion-reason${s.covers ? ' tag--good' : ''}`}>{s.covers ? '覆盖本社区' : '不在服务范围'}</Text>
            <Text className={`tag suggestion-reason${s.specialtyMatch ? ' tag--good' : ''}`}>
              {s.specialtyMatch ? '专长匹配' : '专长不符'}
            </Text>
            <Text className='tag suggestion-reason'>在办 {s.openLoad} 单</Text>
          </View>
          <BigButton
            kind={i === 0 ? 'primary' : 'secondary'}
            className='dispatch-button'
            id={`dispatch-${s.teamId}`}
            busy={busy}
            disabled={s.teamId === currentTeamId}
            onClick={() => onDispatch(s)}
          >
            派给这支队
          </BigButton>
        </View>
      ))}
    </View>
  );
}
