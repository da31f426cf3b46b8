// How the wish will be served when no single team holds it: on the community's wall (微心愿墙), or
// folded into an activity (活动) — then what, when and where, so the resident knows the day.
//
// `#wall-published`, `#activity-joined` (a notice while it waits to be claimed, a line afterwards).
import { Text } from '@tarojs/components';
import { Notice } from '@/components';
import type { WishView } from '@/domain/wish/view';
import { timeRange } from '@/services/activityText';

export function RouteNote({ wish, now }: { wish: WishView; now: number }) {
  const waiting = wish.status === 'dispatched';
  if (wish.wall)
    return waiting ? (
      <Notice kind='info' id='wall-published'>
        已发布到心愿墙：本社区的志愿者认领后会联系您（墙上不显示您的姓名、电话和门牌）。
      </Notice>
    ) : (
      <Text className='meta' id='wall-published'>
        已发布到心愿墙，由本社区志愿者认领
      </Text>
    );
  const a = wish.activity;
  if (!a) return null;
  const when = `${timeRange(a.startAt, a.endAt, new Date(now))}，${a.address}`;
  return waiting ? (
    <Notice kind='info' id='activity-joined'>
      {`已加入社区活动「${a.title}」：${when}。参加活动的志愿者会在活动中为您办理，认领后会联系您。`}
    </Notice>
  ) : (
    <Text className='meta' id='activity-joined'>{`在社区活动「${a.title}」中办理：${when}`}</Text>
  );
}
