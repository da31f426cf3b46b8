import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, HotlineLine, Loading, Notice } from '@/components';
import { hotlineLabel, hotlineOf, messageFor, type Places } from '@/services';
import { PlacePicker } from './PlacePicker';
import type { BuildingState } from './useBuilding';

type RetiredBuilding = Extract<BuildingState, { status: 'ready' }>['building'];

/** The stairwell code as scanned (`.scene-value`), shown in every state that has one. */
function SceneLine({ scene }: { scene?: string }) {
  if (!scene) return null;
  return (
    <View className='scene-line'>
      <Text className='muted'>楼栋码 </Text>
      <Text className='scene-value' id='scene-value'>
        {scene}
      </Text>
    </View>
  );
}

/** The wish form for a stairwell; `proxy`: a helper files for an elder (帮办 starts on). */
export function openForm(buildingId: string, proxy = false) {
  void Taro.navigateTo({ url: `/pages/wish/new/index?buildingId=${encodeURIComponent(buildingId)}${proxy ? '&proxy=1' : ''}` });
}

interface Props {
  state: BuildingState;
  onRetry: () => void;
  /** The place list: the hand-picked place, and the street's number while the community is unknown. */
  places?: Places;
}

/** The number to call with the community unknown (`#building-hotline`): the street office's. */
function StreetHotline({ places }: { places?: Places }) {
  const hotline = hotlineOf(places);
  if (!hotline) return <Text className='how-line'>有急事请直接给社区居委会打电话。</Text>;
  return (
    <>
      <Text className='how-line'>有急事请直接打街道电话，会帮您转到社区：</Text>
      <HotlineLine number={hotline} lead={hotlineLabel(false)} id='building-hotline' />
    </>
  );
}

/** No code scanned: how to scan, or choose the place by hand (`#pick-place` → PlacePicker). */
function NoScene({ places }: { places?: Places }) {
  const [picking, setPicking] = useState(false);
  return (
    <>
      <Card className='how-to-scan' id='scene-none'>
        <Text className='card-title'>怎样提心愿？</Text>
        <Text className='how-line'>1. 打开微信的「扫一扫」。</Text>
        <Text className='how-line'>2. 对准楼道里的「码上办」二维码。</Text>
        <Text className='how-line'>3. 写下需要的帮助，志愿者上门来办。</Text>
        {picking ? null : (
          <BigButton kind='secondary' id='pick-place' onClick={() => setPicking(true)}>
            没有二维码？自己选择楼栋
          </BigButton>
        )}
      </Card>
      {picking ? <PlacePicker places={places} onChoose={openForm} /> : null}
    </>
  );
}

/** An old poster's code (`#building-retired`): 「此二维码已停用」, the community's number, and the place by hand. */
function RetiredCode({ building, scene, places }: { building: RetiredBuilding; scene: string; places?: Places }) {
  const hotline = building.hotline ?? hotlineOf(places);
  return (
    <>
      <Card className='building-error' id='building-retired'>
        <Notice kind='error' code='BUILDING.RETIRED'>
          {`此二维码已停用（${building.communityName} · ${building.estateName} · ${building.name}）。`}
        </Notice>
        {hotline ? <HotlineLine number={hotline} lead={hotlineLabel(!!building.hotline)} id='retired-hotline' /> : null}
        <SceneLine scene={scene} />
      </Card>
      <NoScene places={places} />
    </>
  );
}

/** What the stairwell code says: the building and 「我要提心愿」, or a kind explanation with a number to call. */
export function BuildingCard({ state, onRetry, places }: Props) {
  if (state.status === 'none') return <NoScene places={places} />;
  if (state.status === 'loading') {
    return (
      <Card className='building-card'>
        <Loading text='正在查找您的楼栋…' />
        <SceneLine scene={state.scene} />
      </Card>
    );
  }
  if (state.status === 'error') {
    const retryable = !['BUILDING.NOT_FOUND', 'SCENE.INVALID', 'AUTH.NO_IDENTITY'].includes(state.code);
    return (
      <>
        <Card className='building-error' id='building-error'>
          <Notice kind='error' code={state.code}>
            {messageFor(state.code)}
          </Notice>
          <StreetHotline places={places} />
          <SceneLine scene={state.scene} />
          {retryable ? (
            <BigButton kind='secondary' id='building-retry' onClick={onRetry}>
              重试
            </BigButton>
          ) : null}
        </Card>
        {/* A code nobody knows: the place can still be chosen by hand. */}
        {retryable ? null : <NoScene places={places} />}
      </>
    );
  }
  const b = state.building;
  if (b.retired) return <RetiredCode building={b} scene={state.scene} places={places} />;
  return (
    <Card className='building-card' id='building-card'>
      <Text className='building-hint'>您所在的位置</Text>
      <View className='building-row'>
        <Text className='building-label'>社区</Text>
        <Text className='building-value building-community'>{b.communityName}</Text>
      </View>
      <View className='building-row'>
        <Text className='building-label'>小区</Text>
        <Text className='building-value building-estate'>{b.estateName}</Text>
      </View>
      <View className='building-row'>
        <Text className='building-label'>楼栋</Text>
        <Text className='building-value building-name'>{b.name}</Text>
      </View>
      <SceneLine scene={state.scene} />
      <BigButton id='new-wish' className='new-wish-button' onClick={() => openForm(b.buildingId)}>
        我要提心愿
      </BigButton>
      <Text className='free-line'>免费服务 · 志愿者上门帮您办</Text>
    </Card>
  );
}
