import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo } from 'react';
import { decodeScene } from '../../domain/scene';
import { IdentityCard } from './IdentityCard';
import { SceneCard } from './SceneCard';
import { useWhoami } from './useWhoami';
import './index.scss';

/**
 * The resident landing page: a stairwell QR code opens it with `scene` (URL-encoded by
 * WeChat and passed through undecoded by Taro).
 */
export default function Index() {
  const { params } = useRouter();
  const scene = useMemo(() => decodeScene(params.scene), [params.scene]);
  const { state, reload } = useWhoami();

  return (
    <View className='index'>
      <Text className='title'>码上办</Text>
      <Text className='subtitle muted'>扫码提需求，志愿者上门办</Text>
      <SceneCard scene={scene} />
      <IdentityCard state={state} onRetry={reload} />
    </View>
  );
}
