// 补记积分 (the centre's decision after a redo): a service the resident sent back earns hours but no
// points, unless the centre awards them. Shown for a wish with a served, sent-back attempt; each
// attempt is awarded at most once (a repeat pays nothing more). Selectors: `#award-panel`,
// `.award-attempt`, `#award-points` (H5: `#award-points input`), `#award-reason`, `#award-button`,
// `#award-done`, `#award-error`.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, FieldError, FormInput, Notice } from '@/components';
import { AwardInput } from '@/domain/schemas/dispatch';
import type { WishView } from '@/domain/wish/view';
import { useAct } from '@/hooks/useAct';
import { checkForm, wholeNumber } from '@/domain/formCheck';
import { call, formatDateTime } from '@/services';

export function AwardPanel({ wish }: { wish: WishView }) {
  const attempts = (wish.attempts ?? []).filter((a) => a.summary !== undefined);
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<Record<string, string>>({});
  const { busy, error, done, act } = useAct();
  /** The attempt was awarded before: nothing more was paid. */
  const [repeat, setRepeat] = useState(false);
  if (attempts.length === 0) return null;
  const last = attempts[attempts.length - 1]!;

  const submit = async () => {
    const checked = checkForm(AwardInput, { action: 'award' as const, wishId: wish.id, points: wholeNumber(points), reason });
    if (!checked.ok) {
      const found = checked.issues;
      if (found.points && Number.isNaN(wholeNumber(points))) found.points = '请填写要补记的积分，如 10';
      setIssues(found);
      return;
    }
    setIssues({});
    const event = checked.data;
    const r = await act(() => call('dispatch', event), `已为志愿者补记 ${event.points} 积分`, { toast: false });
    setRepeat(r.ok && !r.data.created);
  };

  return (
    <Card title='补记积分（重办）' id='award-panel'>
      <View className='award-attempt'>
        <Text className='body-text'>上一次服务：{last.summary}</Text>
        <Text className='meta'>
          {formatDateTime(last.at)} · 居民评 {last.stars} 星 · 意见：{last.reason ?? '（没有写）'} · 已记时长 {last.minutes} 分钟
        </Text>
      </View>
      <Text className='meta'>退回重办的服务只记时长、不计积分。中心认定志愿者确实尽力了，可以补记积分（每次服务只能补记一次）。</Text>
      {done && (
        <Notice kind={repeat ? 'info' : 'success'} id='award-done'>
          {repeat ? '这次服务已经补记过积分了，不会重复发放' : done}
        </Notice>
      )}
      {error && (
        <Notice kind='error' code={error.code} id='award-error'>
          {error.message}
        </Notice>
      )}
      <Text className='field-label' id='award-points-label'>
        补记积分
      </Text>
      <FormInput
        id='award-points'
        label='补记积分'
        labelId='award-points-label'
        describedBy={['award-points-issue']}
        invalid={!!issues.points}
        required
        kind='number'
        value={points}
        maxlength={3}
        placeholder='1到100'
        onInput={setPoints}
      />
      <FieldError field='points' message={issues.points} id='award-points-issue' />
      <Text className='field-label' id='award-reason-label'>
        原因（志愿者在存折里能看到）
      </Text>
      <FormInput
        id='award-reason'
        label='原因'
        labelId='award-reason-label'
        describedBy={['award-reason-issue']}
        invalid={!!issues.reason}
        required
        value={reason}
        maxlength={100}
        placeholder='如：确已上门，是配件质量问题'
        onInput={setReason}
      />
      <FieldError field='reason' message={issues.reason} id='award-reason-issue' />
      <BigButton id='award-button' busy={busy} onClick={() => void submit()}>
        补记积分
      </BigButton>
    </Card>
  );
}
