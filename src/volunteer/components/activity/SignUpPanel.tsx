// 报名 / 取消报名 for a volunteer: what they can do now, with the deadlines in words; a full activity
// takes them onto the waiting list (候补第 2 位); skills wanted are said, never required.
import { Text } from '@tarojs/components';
import { BigButton, Card } from '@/components';
import type { ActivityDetail } from '@/services/activities';
import { deadlineText, SIGNUP_LABELS, skillsText } from '@/services/activityText';

interface Props {
  a: ActivityDetail;
  now: Date;
  busy: boolean;
  onSignUp: () => void;
  onWithdraw: () => void;
}

const ACTIVE = ['signed_up', 'waiting'];

/** `#signup-card`, `#my-signup` (`data-status`), `#waiting-position`, `#sign-up`, `#withdraw`, `#signup-closed`, `#withdraw-closed`. */
export function SignUpPanel({ a, now, busy, onSignUp, onWithdraw }: Props) {
  const mine = a.mySignUp;
  const open = a.status === 'published' && new Date(a.signUpBy).getTime() > now.getTime();
  const canWithdraw = a.status === 'published' && new Date(a.withdrawBy).getTime() > now.getTime();
  const none = !mine || mine.status === 'withdrawn';
  const full = a.signedUp >= a.quota;
  return (
    <Card title='我的报名' id='signup-card'>
      {mine ? (
        <Text className='activity-mine' id='my-signup' data-status={mine.status}>
          {mine.status === 'waiting' && mine.position ? `候补第 ${mine.position} 位` : SIGNUP_LABELS[mine.status]}
        </Text>
      ) : null}
      {mine?.status === 'waiting' ? (
        <Text className='meta' id='waiting-position'>
          有人取消报名时，候补按顺序自动转为已报名，会通知您。
        </Text>
      ) : null}
      {none && a.skills.length > 0 ? <Text className='meta'>{`最好会：${skillsText(a.skills)}（没有也可以报名）`}</Text> : null}
      {none && open ? (
        <>
          <Text className='meta'>{deadlineText('报名', a.signUpBy, now)}</Text>
          <BigButton id='sign-up' busy={busy} onClick={onSignUp}>
            {full ? '名额已满，报名候补' : '我要报名'}
          </BigButton>
        </>
      ) : null}
      {none && !open ? (
        <Text className='meta' id='signup-closed'>
          {a.status === 'published' ? deadlineText('报名', a.signUpBy, now) : a.status === 'cancelled' ? '活动已取消' : '活动已结束报名'}
        </Text>
      ) : null}
      {mine && ACTIVE.includes(mine.status) ? (
        canWithdraw ? (
          <>
            <Text className='meta'>{`不能来请提前取消，把名额让给别人。${deadlineText('取消报名', a.withdrawBy, now)}`}</Text>
            <BigButton kind='plain' id='withdraw' busy={busy} onClick={onWithdraw}>
              取消报名
            </BigButton>
          </>
        ) : (
          <Text className='meta' id='withdraw-closed'>
            {`${deadlineText('取消报名', a.withdrawBy, now)}，如不能参加请直接告诉组织者。`}
          </Text>
        )
      ) : null}
    </Card>
  );
}
