// 更正: a reason, then a confirmation that says what the reversal does. One request id per opened
// dialog, so a double tap or a retry reverses once.
import { Text } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { Dialog, FieldError, FormInput } from '@/components';
import { newRequestId } from '@/services';

export interface Correctable {
  entryId: string;
  memo: string;
  points: number;
}

interface Props {
  entry: Correctable;
  busy: boolean;
  onCorrect: (c: { entryId: string; reason: string; requestId: string }) => void;
  onCancel: () => void;
}

/** `#correct-dialog`: `#correct-reason`, `#correct-confirm`, `#correct-back`. */
export function CorrectDialog({ entry, busy, onCorrect, onCancel }: Props) {
  const requestId = useMemo(() => newRequestId(), []);
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string>();
  const confirm = () => {
    const r = reason.trim();
    if (r.length < 2) return setIssue('请填写更正原因（至少2个字）');
    setIssue(undefined);
    onCorrect({ entryId: entry.entryId, reason: r, requestId });
  };
  return (
    <Dialog
      id='correct-dialog'
      title='更正这笔记录？'
      confirmId='correct-confirm'
      cancelId='correct-back'
      confirmText='确认更正'
      cancelText='返回'
      danger
      busy={busy}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <Text className='body-text'>
        {`「${entry.memo}」将被冲正：记一笔方向相反的更正记录（${entry.points > 0 ? '-' : '+'}${Math.abs(entry.points)} 积分），原记录保留，双方账户都会显示。`}
      </Text>
      <Text className='field-label' id='correct-reason-label'>
        更正原因
      </Text>
      <FormInput
        id='correct-reason'
        label='更正原因'
        labelId='correct-reason-label'
        value={reason}
        maxlength={60}
        placeholder='如：重复录入'
        invalid={!!issue}
        describedBy={issue ? ['correct-reason-error'] : undefined}
        onInput={setReason}
      />
      {issue ? <FieldError field='reason' id='correct-reason-error' message={issue} /> : null}
    </Dialog>
  );
}
