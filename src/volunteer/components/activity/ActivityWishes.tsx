// The wishes folded into an activity (the service day), for a signed-up volunteer: what each asks for,
// and 认领 (volunteer.claim, first claim wins) for one still waiting; a wish already mine opens its order.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BigButton, Card } from '@/components';
import { categoryLabel, clip } from '@/services';
import type { ActivityWish } from '@/services/activities';

interface Props {
  wishes: ActivityWish[];
  /** The caller holds a place (signed up, checked in or out): they may claim. */
  canClaim: boolean;
  busy: boolean;
  onClaim: (wishId: string) => void;
}

const openOrder = (wishId: string) => void Taro.navigateTo({ url: `/volunteer/pages/order/index?wishId=${encodeURIComponent(wishId)}` });

/** `#activity-wishes`, `.activity-wish` / `#activity-wish-<wishId>` (`data-status`), `#claim-wish-<wishId>`, `#open-wish-<wishId>`. */
export function ActivityWishes({ wishes, canClaim, busy, onClaim }: Props) {
  if (wishes.length === 0) return null;
  return (
    <Card title={`活动中要办的心愿（${wishes.length}）`} id='activity-wishes'>
      {!canClaim ? <Text className='meta'>报名后可以认领这些心愿。</Text> : null}
      {wishes.map((w) => (
        <View key={w.wishId} className='activity-wish roster-row' id={`activity-wish-${w.wishId}`} data-status={w.status}>
          <Text className='body-text'>{`${categoryLabel(w.category)}：${clip(w.description, 60)}`}</Text>
          {w.mine ? (
            <BigButton kind='secondary' id={`open-wish-${w.wishId}`} onClick={() => openOrder(w.wishId)}>
              我认领的，查看
            </BigButton>
          ) : canClaim && w.status === 'dispatched' ? (
            <BigButton id={`claim-wish-${w.wishId}`} busy={busy} onClick={() => onClaim(w.wishId)}>
              认领
            </BigButton>
          ) : (
            <Text className='meta'>{w.status === 'dispatched' ? '待认领' : '已有志愿者认领'}</Text>
          )}
        </View>
      ))}
    </Card>
  );
}
