// 拨付预算: points and a reason for one sponsor, then a confirmation. The request id is made once per
// opened form, so a double tap or a retry after a timeout grants once.
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { BigButton, Card, Dialog, FieldError, FormInput } from '@/components';
import { MAX_GRANT_POINTS } from '@/domain/bank/budget';
import { GrantBudgetInput } from '@/domain/schemas/admin';
import { newRequestId } from '@/services/requestId';

export interface GrantRequest {
  sponsorId: string;
  points: number;
  reason: string;
  requestId: string;
}

interface Props {
  sponsor: { sponsorId: string; name: string; balance: number };
  busy: boolean;
  onGrant: (g: GrantRequest) => void;
  onClose: () => void;
}

/** `#grant-form`: `#grant-points`, `#grant-reason` (H5: their `input`), `#grant-submit`, `#grant-cancel`; `#grant-dialog` (`#grant-confirm`, `#grant-back`). */
export function GrantForm({ sponsor, busy, onGrant, onClose }: Props) {
  const requestId = useMemo(() => newRequestId(), []);
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<GrantRequest>();
  const check = () => {
    const g = { sponsorId: sponsor.sponsorId, points: Number(points), reason: reason.trim(), requestId };
    const parsed = GrantBudgetInput.safeParse({ action: 'grant_budget', ...g });
    if (!/^\d+$/.test(points.trim())) return setErrors({ points: '请填写整数积分' });
    // The first message of each field says what is wrong (empty before too short).
    if (!parsed.success)
      return setErrors(Object.fromEntries([...parsed.error.issues].reverse().map((i) => [String(i.path[0]), i.message])));
    setErrors({});
    setConfirming(g);
  };
  return (
    <Card title={`给「${sponsor.name}」拨付预算`} id='grant-form' className='grant-form'>
      <Text className='field-label' id='grant-points-label'>
        拨付积分
      </Text>
      <FormInput
        id='grant-points'
        label='拨付积分'
        labelId='grant-points-label'
        kind='number'
        value={points}
        maxlength={7}
        placeholder={`1 到 ${MAX_GRANT_POINTS}`}
        invalid={!!errors.points}
        describedBy={errors.points ? ['grant-points-error'] : undefined}
        onInput={setPoints}
      />
      {errors.points ? <FieldError field='points' id='grant-points-error' message={errors.points} /> : null}
      <Text className='field-label' id='grant-reason-label'>
        拨付原因
      </Text>
      <FormInput
        id='grant-reason'
        label='拨付原因'
        labelId='grant-reason-label'
        value={reason}
        maxlength={60}
        placeholder='如：第四季度服务预算'
        invalid={!!errors.reason}
        describedBy={errors.reason ? ['grant-reason-error'] : undefined}
        onInput={setReason}
      />
      {errors.reason ? <FieldError field='reason' id='grant-reason-error' message={errors.reason} /> : null}
      <View className='row grant-buttons'>
        <BigButton id='grant-submit' busy={busy} onClick={check}>
          拨付
        </BigButton>
        <BigButton kind='plain' id='grant-cancel' onClick={onClose}>
          取消
        </BigButton>
      </View>
      {confirming ? (
        <Dialog
          id='grant-dialog'
          title='确认拨付预算？'
          confirmId='grant-confirm'
          cancelId='grant-back'
          confirmText={`确认拨付 ${confirming.points} 积分`}
          cancelText='返回修改'
          busy={busy}
          onConfirm={() => onGrant(confirming)}
          onCancel={() => setConfirming(undefined)}
        >
          <Text className='body-text'>
            {`从公益银行总行拨给「${sponsor.name}」${confirming.points} 积分，原因：${confirming.reason}。拨付后余额为 ${sponsor.balance + confirming.points} 积分。记账后不能修改，只能冲正。`}
          </Text>
        </Dialog>
      ) : null}
    </Card>
  );
}
