// The places tree's upper part: street → community (station, hotline, sponsor, service day, counts) →
// its estates. Choosing a community opens its stairwells (beside it at the desk, below it on a phone).
import { Text, View } from '@tarojs/components';
import { Tappable } from '@/components';
import { headingProps } from '@/components/a11y';
import { weekdayText } from '@/domain/org/import/values';
import type { ActionOutput } from '@/domain/schemas';

export type StreetNode = ActionOutput<'admin', 'places'>['streets'][number];
export type CommunityNode = StreetNode['communities'][number];

/** One community's facts, as lines. */
export function communityFacts(c: CommunityNode): string[] {
  return [
    c.station ? `服务站：${c.station}` : '服务站：未填写',
    c.hotline ? `电话：${c.hotline}` : '电话：未填写',
    `赞助方：${c.sponsorName || c.sponsorId}`,
    c.serviceDay ? `服务日：${weekdayText(c.serviceDay)}` : '服务日：未设置（排进服务日时用工作日历的默认服务日）',
    `楼栋码 ${c.stairwells} 个${c.retired ? `（另有停用 ${c.retired} 个）` : ''}`,
  ];
}

interface Props {
  streets: StreetNode[];
  selectedId?: string;
  onPick: (communityId: string) => void;
}

/** `#place-tree`: `.tree-street` (`#street-<id>`), `.tree-community` / `#community-<id>` (`data-on`), `.community-facts`, `.tree-estate`. */
export function PlaceTree({ streets, selectedId, onPick }: Props) {
  return (
    <View id='place-tree' className='place-tree'>
      {streets.map((s) => (
        <View key={s.streetId || s.name} className='tree-street' id={s.streetId ? `street-${s.streetId}` : undefined}>
          <Text className='section-title tree-street-name' {...headingProps(2)}>
            {s.hotline ? `${s.name} · ${s.hotline}` : s.name}
          </Text>
          {s.communities.map((c) => (
            <Tappable
              key={c.communityId}
              role='link'
              className={`card tree-community${c.communityId === selectedId ? ' card--selected' : ''}`}
              id={`community-${c.communityId}`}
              data-on={c.communityId === selectedId}
              onClick={() => onPick(c.communityId)}
            >
              <Text className='card-title tree-community-name'>{c.name}</Text>
              <View className='community-facts'>
                {communityFacts(c).map((line) => (
                  <Text key={line} className='meta community-fact'>
                    {line}
                  </Text>
                ))}
              </View>
              <View className='tree-estates'>
                {c.estates.map((e) => (
                  <Text key={e.name} className='tree-estate'>{`${e.name}（${e.stairwells}）`}</Text>
                ))}
              </View>
            </Tappable>
          ))}
        </View>
      ))}
    </View>
  );
}
