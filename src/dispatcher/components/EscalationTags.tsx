// The dispatch timer's marks on a wish, for staff: 已升级 (escalated past its due time, unclaimed) and
// 催办 (reminded), with when. Selectors: `.<prefix>-escalated`, `.<prefix>-reminded`.
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/services';

interface Marks {
  escalatedAt?: string;
  remindedAt?: string;
  /** The digest's short form: flags without times. */
  escalated?: boolean;
  reminded?: boolean;
}

export function EscalationTags({ wish, prefix }: { wish: Marks; prefix: string }) {
  const escalated = wish.escalated ?? !!wish.escalatedAt;
  const reminded = wish.reminded ?? !!wish.remindedAt;
  if (!escalated && !reminded) return null;
  return (
    <View className='row'>
      {escalated ? (
        <Text className={`tag tag--alert ${prefix}-escalated`}>
          {wish.escalatedAt ? `已升级 ${formatDateTime(wish.escalatedAt)}` : '已升级'}
        </Text>
      ) : null}
      {reminded ? (
        <Text className={`tag tag--info ${prefix}-reminded`}>
          {wish.remindedAt ? `已催办 ${formatDateTime(wish.remindedAt)}` : '已催办'}
        </Text>
      ) : null}
    </View>
  );
}
