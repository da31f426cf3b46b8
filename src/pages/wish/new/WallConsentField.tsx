// 同意发布到社区微心愿墙: ticked by default for everyday help, unticked for health and personal help
// (wallConsentDefault), until the resident (or the helper, 帮办) changes it. `#wish-wall-consent` (`aria-checked`).
import { Text, View } from '@tarojs/components';
import { Tick } from './ProxyFields';
import { wallConsentOf, type FormValues } from './formModel';

interface Props {
  values: FormValues;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
}

export function WallConsentField({ values, set }: Props) {
  const on = wallConsentOf(values);
  return (
    <View className='field' id='field-wallConsent'>
      <Tick
        id='wish-wall-consent'
        on={on}
        text='同意发布到社区微心愿墙，由本社区志愿者认领（不显示姓名、电话和门牌）'
        onChange={(next) => set('wallConsent', next)}
      />
      <Text className='meta'>不勾选时，中心只派给服务队办理。</Text>
    </View>
  );
}
