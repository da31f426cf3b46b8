// Without a code (the mini-program opened from a chat or the menu), the resident chooses their place
// by hand: community → estate → stairwell, from the `wish`/`places` list; the stairwell opens the form.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Choice, ChoiceGroup, Loading } from '@/components';
import type { Places } from '@/services';

interface Props {
  places: Places | undefined;
  onChoose: (buildingId: string) => void;
}

const STEPS = ['1. 您住在哪个社区？', '2. 哪个小区？', '3. 哪个楼栋？'] as const;

/** `#place-picker`: `.pick-community-<id>`, `.pick-estate-<n>`, `.pick-building-<code>`, `#pick-back`. */
export function PlacePicker({ places, onChoose }: Props) {
  const [communityId, setCommunityId] = useState<string>();
  const [estate, setEstate] = useState<string>();
  if (!places) return <Loading text='正在读取社区和楼栋…' />;
  const community = places.communities.find((c) => c.communityId === communityId);
  const estates = community?.estates ?? [];
  const buildings = estates.find((e) => e.name === estate)?.buildings ?? [];
  const step = !community ? 0 : !estate ? 1 : 2;
  const back = () => (step === 2 ? setEstate(undefined) : setCommunityId(undefined));
  return (
    <Card title='选择您的楼栋' className='place-picker' id='place-picker'>
      {community ? (
        <View className='picked'>
          <Text className='picked-part'>{community.name}</Text>
          {estate ? <Text className='picked-part'>{` · ${estate}`}</Text> : null}
        </View>
      ) : null}
      <ChoiceGroup label={STEPS[step]} className='pick-list'>
        <Text className='field-label'>{STEPS[step]}</Text>
        {step === 0
          ? places.communities.map((c) => (
              <Choice
                key={c.communityId}
                checked={false}
                className={`option pick-option pick-community-${c.communityId}`}
                onChoose={() => setCommunityId(c.communityId)}
              >
                <Text>{c.name}</Text>
              </Choice>
            ))
          : step === 1
            ? estates.map((e, i) => (
                <Choice key={e.name} checked={false} className={`option pick-option pick-estate-${i}`} onChoose={() => setEstate(e.name)}>
                  <Text>{e.name}</Text>
                </Choice>
              ))
            : buildings.map((b) => (
                <Choice
                  key={b.buildingId}
                  checked={false}
                  className={`option pick-option pick-building-${b.buildingId}`}
                  onChoose={() => onChoose(b.buildingId)}
                >
                  <Text>{b.name}</Text>
                </Choice>
              ))}
      </ChoiceGroup>
      {step > 0 ? (
        <BigButton kind='plain' id='pick-back' onClick={back}>
          返回上一步
        </BigButton>
      ) : null}
    </Card>
  );
}
