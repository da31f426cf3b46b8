import { Text, View } from '@tarojs/components';
import type { Result } from '../../domain/errors';
import { messageFor } from '../../services';

/** Which stairwell code opened the page, or why it cannot be read. */
export function SceneCard({ scene }: { scene: Result<string | null> }) {
  if (!scene.ok) {
    return (
      <View className='card'>
        <Text className='error-message scene-error' id='scene-error'>
          {messageFor(scene.error)}
        </Text>
      </View>
    );
  }
  if (scene.data === null) {
    return (
      <View className='card'>
        <Text className='line muted scene-none' id='scene-none'>
          本页面不是通过扫描楼栋码打开的。扫描楼道里张贴的二维码，即可提交微心愿。
        </Text>
      </View>
    );
  }
  return (
    <View className='card'>
      <Text className='label'>楼栋码：</Text>
      <Text className='value scene-value' id='scene-value'>
        {scene.data}
      </Text>
    </View>
  );
}
