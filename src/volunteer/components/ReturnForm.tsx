// 退回中心 (leader only): the reason the centre reads before dispatching to another team.
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, FieldError } from '@/components';
import { ReturnInput } from '@/domain/schemas/volunteer';

export function ReturnForm({ busy, onReturn, onCancel }: { busy: boolean; onReturn: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string>();
  const submit = () => {
    const parsed = ReturnInput.shape.reason.safeParse(reason);
    setIssue(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) onReturn(parsed.data);
  };
  return (
    <Card title='退回中心' id='return-form'>
      <Text className='meta'>退回后由中心改派其他服务队，本队不会再收到这一单。</Text>
      <View className='textarea-box gap-top'>
        <Textarea
          className='textarea-input'
          id='return-reason'
          value={reason}
          maxlength={100}
          placeholder='必填，如：需要专业电工，本队暂无'
          onInput={(e) => setReason(e.detail.value)}
        />
      </View>
      <FieldError field='reason' message={issue} />
      <BigButton kind='danger' id='return-button' busy={busy} onClick={submit}>
        确认退回
      </BigButton>
      <BigButton kind='plain' id='return-cancel' onClick={onCancel}>
        不退回了
      </BigButton>
    </Card>
  );
}
