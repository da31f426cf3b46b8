/**
 * The resident landing page. A stairwell QR code opens it with `scene` (URL-encoded by WeChat, passed
 * through undecoded by Taro): the building is looked up and 「我要提心愿」 opens the form for it.
 *
 * For browser tests:
 *   `#building-card` (`.building-community`, `.building-estate`, `.building-name`), `.scene-value`,
 *   `#new-wish` (我要提心愿), `#building-error` (`.error-message[data-code]`, `#building-hotline`),
 *   `#scene-none` (no scene; `#pick-place` → `#place-picker`, see PlacePicker),
 *   the entries by role (RoleEntries): `#helper-file` (→ `#helper-picker` without a scanned stairwell), `#my-wishes`,
 *   `#community-activities` (社区活动, with the stairwell's community), `#volunteer-hall`, `#volunteer-activities`, `#dispatcher-activities`, `#leader-teams`, `#dispatcher-queue`, `#admin-home-entry`, `#merchant-shop`, `#become-volunteer`,
 *   `#large-text-toggle` (`data-on`), `.whoami-roles`, `#whoami-error`, `#retry-button` (no WeChat id is shown).
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { PageRoot } from '@/components';
import { headingProps } from '@/components/a11y';
import { decodeScene } from '@/domain/scene';
import { BuildingCard, openForm } from './BuildingCard';
import { IdentityCard } from './IdentityCard';
import { LargeTextToggle } from './LargeTextToggle';
import { PlacePicker } from './PlacePicker';
import { RoleEntries } from './RoleEntries';
import { useBuilding } from './useBuilding';
import { usePlaces } from '@/hooks/useHotline';
import { hotlineOf } from '@/services';
import { useWhoami } from '@/hooks/useWhoami';
import './index.scss';

export default function Index() {
  const { params } = useRouter();
  const scene = useMemo(() => decodeScene(params.scene), [params.scene]);
  const building = useBuilding(scene);
  const { state, reload } = useWhoami();
  const places = usePlaces();
  // 帮居民提心愿: the scanned stairwell's form with 帮办 on, or choose the elder's stairwell first.
  const [helping, setHelping] = useState(false);
  const help = () => {
    const s = building.state;
    if (s.status === 'ready' && !s.building.retired) openForm(s.building.buildingId, true);
    else setHelping(true);
  };

  return (
    <PageRoot className='index'>
      <View className='masthead'>
        <Text className='title' {...headingProps(1)}>
          码上办
        </Text>
        <LargeTextToggle />
      </View>
      <Text className='subtitle'>扫码提心愿，志愿者上门办</Text>
      <BuildingCard state={building.state} onRetry={() => void building.reload()} places={places} />
      <RoleEntries
        state={state}
        onHelp={help}
        communityId={
          building.state.status === 'ready' && !building.state.building.retired ? building.state.building.communityId : undefined
        }
      />
      {helping ? (
        <View id='helper-picker'>
          <PlacePicker places={places} onChoose={(id) => openForm(id, true)} />
        </View>
      ) : null}
      <IdentityCard state={state} onRetry={() => void reload()} hotline={hotlineOf(places)} />
    </PageRoot>
  );
}
