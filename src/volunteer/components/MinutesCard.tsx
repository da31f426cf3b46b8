// Minutes claimed beyond the time since check-in + 30 min (MINUTES_MARGIN) wait for the leader: the
// volunteer reads what happens next; the team's leader keeps or corrects them, with a reason (the centre,
// through volunteer.confirm_minutes, for a wish no team holds: from the wall or an activity).
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, FieldError, FormInput, Notice } from '@/components';
import { ConfirmMinutesInput } from '@/domain/schemas/volunteer';
import type { WishView } from '@/domain/wish/view';
import { MINUTES_MARGIN } from '@/domain/wish/service';
import { checkForm, wholeNumber } from '@/domain/formCheck';

interface Props {
  order: WishView;
  leader: boolean;
  busy: boolean;
  onConfirm: (minutes: number, reason: string) => void;
}

export function MinutesCard({ order, leader, busy, onConfirm }: Props) {
  const c = order.completion;
  const [minutes, setMinutes] = useState(String(c?.minutes ?? ''));
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<Record<string, string>>({});
  if (!c?.toConfirm) return null;
  const facts = `填写 ${c.minutes} 分钟，签到后到完成只过了约 ${Math.max(0, (c.allowedMinutes ?? 0) - MINUTES_MARGIN)} 分钟。`;
  if (!leader)
    return (
      <Notice kind='info' id='minutes-to-confirm'>
        {order.teamId
          ? `${facts}多出${MINUTES_MARGIN}分钟以上，需要队长确认。确认前积分先不存入存折；队长确认或改正时长后就会存入。`
          : `${facts}多出${MINUTES_MARGIN}分钟以上，需要社区中心确认。确认前积分先不存入存折；中心确认或改正时长后就会存入。`}
      </Notice>
    );
  const submit = () => {
    const checked = checkForm(ConfirmMinutesInput, { action: 'confirm_minutes', wishId: order.id, minutes: wholeNumber(minutes), reason });
    if (checked.ok) return onConfirm(checked.data.minutes, checked.data.reason);
    const found = checked.issues;
    if (found.minutes && Number.isNaN(wholeNumber(minutes))) found.minutes = '请填写分钟数，如 60';
    setIssues(found);
  };
  return (
    <Card title='确认服务时长' id='confirm-minutes-form'>
      <Text className='meta'>{`${facts}请核实后确认，或改成实际时长（不能多于填写的时长），并写明原因。`}</Text>
      <Text className='field-label' id='confirm-minutes-label'>
        确认的时长（分钟）
      </Text>
      <FormInput
        id='confirm-minutes'
        label='确认的时长（分钟）'
        labelId='confirm-minutes-label'
        describedBy={['confirm-minutes-issue']}
        invalid={!!issues.minutes}
        required
        kind='number'
        value={minutes}
        maxlength={3}
        onInput={setMinutes}
      />
      <FieldError field='minutes' message={issues.minutes} id='confirm-minutes-issue' />
      <Text className='field-label' id='confirm-reason-label'>
        原因
      </Text>
      <FormInput
        id='confirm-reason'
        label='原因'
        labelId='confirm-reason-label'
        describedBy={['confirm-reason-issue']}
        invalid={!!issues.reason}
        required
        value={reason}
        maxlength={100}
        placeholder='如：路上去买配件用了一小时'
        onInput={setReason}
      />
      <FieldError field='reason' message={issues.reason} id='confirm-reason-issue' />
      <BigButton id='confirm-minutes-button' busy={busy} onClick={submit}>
        确认时长
      </BigButton>
    </Card>
  );
}
