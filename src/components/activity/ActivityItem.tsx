// One activity in a list (organising, this community's, mine): title, status, what, when, where,
// places and points, and the caller's own sign-up. Tapping it opens the activity.
import { Text, View } from '@tarojs/components';
import { Tappable } from '@/components';
import type { ActivityCard } from '@/services/activities';
import { ACTIVITY_STATUS_LABELS, placesText, servicesText, SIGNUP_LABELS, timeRange } from '@/services/activityText';
import './activity.scss';

/** `.activity-item` / `#activity-<id>` (`data-status`, `data-mine`), `.activity-title`, `.activity-places`, `.activity-mine`. */
export function ActivityItem({ item, now, onOpen }: { item: ActivityCard; now: Date; onOpen: (id: string) => void }) {
  return (
    <View className='card activity-item' id={`activity-${item.id}`} data-status={item.status} data-mine={item.mine ?? ''}>
      <Tappable role='link' onClick={() => onOpen(item.id)}>
        <View className='activity-head'>
          <Text className='activity-title'>{item.title}</Text>
          <Text className={`activity-status activity-status--${item.status}`}>{ACTIVITY_STATUS_LABELS[item.status]}</Text>
        </View>
        <Text className='meta activity-services'>{servicesText(item.services)}</Text>
        <Text className='body-text activity-when'>{timeRange(item.startAt, item.endAt, now)}</Text>
        <Text className='meta activity-where'>{`${item.communityName} · ${item.address}`}</Text>
        <Text className='meta activity-places'>{`${placesText(item)} · 每人 ${item.points} 积分`}</Text>
        {item.mine ? <Text className='activity-mine'>{`我：${SIGNUP_LABELS[item.mine]}`}</Text> : null}
      </Tappable>
    </View>
  );
}
