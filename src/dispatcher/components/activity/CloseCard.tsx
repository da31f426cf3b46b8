// 结项: after the activity ends, the organiser closes it: each volunteer who came is paid the points and
// their hours, those who signed up and never came are recorded as 未到场. A confirmation first says what
// will happen; the result says what did. 取消活动 (with a reason) while it has not ended.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Dialog } from '@/components';
import { ReasonForm } from '@/components/ReasonForm';
import { CancelInput } from '@/domain/schemas/activities';
import type { ActivityDetail } from '@/services/activities';
import { closePreview } from '@/services/activityText';

interface Props {
  a: ActivityDetail;
  busy: boolean;
  now: Date;
  onClose: () => Promise<void>;
  onCancel: (reason: string) => void;
}

/** `#close-activity`, `#close-dialog` (`#close-confirm`, `#close-keep`, `#close-dialog-body`), `#close-not-yet`, `#cancel-activity` → ReasonForm `cancel-activity-*`. */
export function CloseCard({ a, busy, now, onClose, onCancel }: Props) {
  const [asking, setAsking] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const ended = new Date(a.endAt).getTime() <= now.getTime();
  const preview = closePreview(a.roster ?? [], a.points);
  if (a.status !== 'published' && a.status !== 'closing') return null;
  return (
    <Card title='结项' id='close-card'>
      {ended ? (
        <Text className='meta'>活动结束了：结项后积分和服务时长会记入每位到场志愿者的积分存折。</Text>
      ) : (
        <Text className='meta' id='close-not-yet'>
          活动结束后才能结项。
        </Text>
      )}
      {ended ? (
        <BigButton id='close-activity' busy={busy} onClick={() => setAsking(true)}>
          {a.status === 'closing' ? '继续结项' : '结项并发放积分'}
        </BigButton>
      ) : null}
      {!ended && a.status === 'published' && !cancelling ? (
        <BigButton kind='plain' id='cancel-activity' onClick={() => setCancelling(true)}>
          取消活动
        </BigButton>
      ) : null}
      {cancelling ? (
        <ReasonForm
          id='cancel-activity'
          title='取消活动'
          hint='报名的志愿者会看到活动已取消。'
          placeholder='如：天气原因改期'
          confirm='确认取消活动'
          schema={CancelInput.shape.reason}
          busy={busy}
          onSubmit={onCancel}
          cancel={{ label: '不取消', onCancel: () => setCancelling(false) }}
        />
      ) : null}
      {asking ? (
        <Dialog
          id='close-dialog'
          title='确认结项？'
          confirmId='close-confirm'
          cancelId='close-keep'
          confirmText='确认结项'
          cancelText='再看看'
          busy={busy}
          onConfirm={() => void onClose().finally(() => setAsking(false))}
          onCancel={() => setAsking(false)}
        >
          <Text className='body-text'>{preview.text}</Text>
          <Text className='meta'>结项后不能再改签到时间。</Text>
        </Dialog>
      ) : null}
    </Card>
  );
}
