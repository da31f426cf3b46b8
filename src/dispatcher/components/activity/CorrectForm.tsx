// 改签到时间: the organiser corrects one volunteer's check-in and check-out (forgot to scan, phone flat),
// on the activity's own day(s), with the reason kept in the sign-up's history.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, FieldError, FormInput } from '@/components';
import { CorrectTimesInput } from '@/domain/schemas/activities';
import { shanghaiDate } from '@/services';
import type { ActivityDetail, RosterRow } from '@/services/activities';
import { clockOf } from '@/services/activityText';
import { instantOf } from './publishModel';

interface Props {
  a: ActivityDetail;
  row: RosterRow;
  busy: boolean;
  onSubmit: (fields: { checkInAt: string; checkOutAt: string; reason: string }) => void;
  onCancel: () => void;
}

/** `#correct-form`, `#correct-in`, `#correct-out`, `#correct-reason`, `.field-error[data-field]`, `#correct-submit`, `#correct-cancel`. */
export function CorrectForm({ a, row, busy, onSubmit, onCancel }: Props) {
  const [inText, setIn] = useState(clockOf(row.checkInAt ?? a.startAt));
  const [outText, setOut] = useState(clockOf(row.checkOutAt ?? a.endAt));
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<Record<string, string>>({});
  const submit = () => {
    const checkIn = instantOf(shanghaiDate(new Date(a.startAt)), inText);
    const checkOut = instantOf(shanghaiDate(new Date(a.endAt)), outText);
    const why = CorrectTimesInput.shape.reason.safeParse(reason);
    const next: Record<string, string> = {};
    if (!checkIn) next.checkInAt = '请按 09:05 的格式填写签到时间';
    if (!checkOut) next.checkOutAt = '请按 11:20 的格式填写签退时间';
    if (checkIn && checkOut && checkOut.getTime() <= checkIn.getTime()) next.checkOutAt = '签退要晚于签到';
    if (!why.success) next.reason = why.error.issues[0]?.message ?? '请填写原因';
    setIssues(next);
    if (checkIn && checkOut && why.success && Object.keys(next).length === 0)
      onSubmit({ checkInAt: checkIn.toISOString(), checkOutAt: checkOut.toISOString(), reason: why.data });
  };
  return (
    <Card title={`改签到时间：${row.name}`} id='correct-form'>
      <Text className='meta'>按活动当天的实际时间填写；志愿者的服务时长按改后的时间计算。</Text>
      <Text className='field-label'>签到时间</Text>
      <FormInput id='correct-in' label='签到时间' invalid={!!issues.checkInAt} value={inText} maxlength={5} onInput={setIn} />
      <FieldError field='checkInAt' message={issues.checkInAt} />
      <Text className='field-label'>签退时间</Text>
      <FormInput id='correct-out' label='签退时间' invalid={!!issues.checkOutAt} value={outText} maxlength={5} onInput={setOut} />
      <FieldError field='checkOutAt' message={issues.checkOutAt} />
      <Text className='field-label'>原因</Text>
      <FormInput
        id='correct-reason'
        label='改时间的原因'
        invalid={!!issues.reason}
        value={reason}
        maxlength={100}
        placeholder='如：手机没电，忘记签退'
        onInput={setReason}
      />
      <FieldError field='reason' message={issues.reason} />
      <BigButton id='correct-submit' busy={busy} onClick={submit}>
        保存时间
      </BigButton>
      <BigButton kind='plain' id='correct-cancel' onClick={onCancel}>
        不改了
      </BigButton>
    </Card>
  );
}
