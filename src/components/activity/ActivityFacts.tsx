// What an activity is, for the organiser and the volunteer alike: what, when, where, who is wanted,
// the places taken, the points, and the deadlines in words.
import { Text } from '@tarojs/components';
import { Card, InfoRow } from '@/components';
import type { ActivityDetail } from '@/services/activities';
import { ACTIVITY_STATUS_LABELS, deadlineText, placesText, servicesText, skillsText, timeParts } from '@/services/activityText';
import './activity.scss';

/** `#activity-facts`, `.activity-status` (`data-status`), `#activity-content`, `#activity-places`, `#activity-deadlines`. */
export function ActivityFacts({ a, now }: { a: ActivityDetail; now: Date }) {
  return (
    <Card title={a.title} id='activity-facts'>
      <Text className={`activity-status activity-status--${a.status}`} data-status={a.status}>
        {ACTIVITY_STATUS_LABELS[a.status]}
      </Text>
      <Text className='body-text activity-content' id='activity-content'>
        {a.content}
      </Text>
      <InfoRow label='服务' value={servicesText(a.services)} />
      <InfoRow label='时间' value={timeParts(a.startAt, a.endAt, now)} className='activity-when' />
      <InfoRow label='地点' value={`${a.communityName} · ${a.address}`} className='activity-where' />
      {a.skills.length > 0 ? <InfoRow label='需要' value={skillsText(a.skills)} /> : null}
      <InfoRow label='名额' value={placesText(a)} className='activity-places-value' />
      <InfoRow label='积分' value={`每人 ${a.points} 积分（结项后发放，时长按签到签退计）`} />
      <Text className='meta activity-deadlines' id='activity-deadlines'>
        {`${deadlineText('报名', a.signUpBy, now)}；${deadlineText('取消报名', a.withdrawBy, now)}`}
      </Text>
    </Card>
  );
}
