import { Text, View } from '@tarojs/components';
import { Tappable } from '@/components';

/**
 * 帮别人提（帮办）: at the top of the form, for helpers and dispatchers. The whole row is the switch
 * (`#wish-proxy`, `data-on`), so a tap on its words turns it on too.
 */
export function ProxySwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <Tappable
      role='switch'
      checked={on}
      label='帮别人提（帮办），替没有智能手机的老人提交'
      className={`switch-row proxy-row ${on ? 'proxy-row--on' : ''}`}
      id='wish-proxy'
      data-on={on ? '1' : '0'}
      onClick={() => onChange(!on)}
    >
      <View className='proxy-text'>
        <Text className='field-label'>帮别人提（帮办）</Text>
        <Text className='field-hint'>替没有智能手机的老人提交</Text>
      </View>
      <View className={`switch-knob ${on ? 'switch-knob--on' : ''}`}>
        <Text className='switch-state'>{on ? '已开' : '已关'}</Text>
      </View>
    </Tappable>
  );
}
