import { Text } from '@tarojs/components';
import { Tappable } from '@/components';
import { setLargeTextEverywhere, useLargeText } from '@/hooks/usePrefs';

/** 大字模式 on/off for every page (`#large-text-toggle`, `data-on`): a switch to a screen reader. */
export function LargeTextToggle() {
  const on = useLargeText();
  return (
    <Tappable
      role='switch'
      label='大字模式'
      checked={on}
      className={`large-text-toggle ${on ? 'large-text-toggle--on' : ''}`}
      id='large-text-toggle'
      data-on={on ? '1' : '0'}
      onClick={() => setLargeTextEverywhere(!on)}
    >
      <Text className='large-text-toggle-label'>大字模式</Text>
      <Text className='large-text-toggle-state'>{on ? '已开启' : '已关闭'}</Text>
    </Tappable>
  );
}
