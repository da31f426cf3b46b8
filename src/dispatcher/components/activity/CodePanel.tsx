// 现场签到码: the organiser's on-site code, a big QR of `code.qr` and its six digits (for a volunteer whose
// camera fails, or on H5), replaced as each new one begins (useCheckInCode).
import { Text, View } from '@tarojs/components';
import { Card, Loading, Notice } from '@/components';
import { QrCode } from '@/components/QrCode';
import { useCheckInCode } from '@/hooks/useActivity';
import { clockOf } from '@/services/activityText';
import '@/components/activity/activity.scss';
import './organiser.scss';

/** `#code-panel`, `#code-qr` (`data-qr`), `#code-digits`, `#code-until`. */
export function CodePanel({ activityId }: { activityId: string }) {
  const state = useCheckInCode(activityId, true);
  return (
    <Card title='现场签到码' id='code-panel'>
      <Text className='meta'>请志愿者用「码上办」扫码签到，离开时再扫一次签退；扫不了的输入下面的六位数字。</Text>
      {state.status === 'loading' ? <Loading text='正在生成签到码…' /> : null}
      {state.status === 'error' ? (
        <Notice kind='error' code={state.code}>
          {state.message}
        </Notice>
      ) : null}
      {state.status === 'ready' ? (
        <View className='code-box' data-qr={state.code.qr}>
          <View className='code-qr-wrap'>
            <QrCode id='code-qr' text={state.code.qr} label={`签到码，数字 ${state.code.digits.split('').join(' ')}`} cell={8} />
          </View>
          <Text className='activity-big-digits' id='code-digits'>
            {state.code.digits}
          </Text>
          <Text className='meta' id='code-until'>{`此码 ${clockOf(state.code.validUntil)} 前有效，每10分钟自动换新码`}</Text>
        </View>
      ) : null}
    </Card>
  );
}
