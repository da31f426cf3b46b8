// 不予受理 with a reason the resident will read (2–100 characters, checked by the schema).
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, FieldError } from '@/components';
import { RejectInput } from '@/domain/schemas/dispatch';

export function RejectForm({ busy, onReject }: { busy: boolean; onReject: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string>();

  const submit = () => {
    const parsed = RejectInput.shape.reason.safeParse(reason);
    if (!parsed.success) {
      setIssue(parsed.error.issues[0]?.message ?? '请填写不予受理的原因');
      return;
    }
    setIssue(undefined);
    onReject(parsed.data);
  };

  return (
    <Card title='不予受理' id='reject-form'>
      <Text className='meta'>原因会告知居民，请写清楚，如「属于物业维修范围，请联系物业」。</Text>
      <View className='textarea-box gap-top'>
        <Textarea
          className='textarea-input'
          id='reject-reason'
          value={reason}
          maxlength={100}
          placeholder='必填，2到100个字'
          onInput={(e) => setReason(e.detail.value)}
        />
      </View>
      <FieldError field='reason' message={issue} />
      <BigButton kind='danger' id='reject-button' busy={busy} onClick={submit}>
        不予受理
      </BigButton>
    </Card>
  );
}
