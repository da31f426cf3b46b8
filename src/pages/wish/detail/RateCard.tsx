import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, FieldError, Notice, StarRating } from '@/components';
import { REOPEN_AT_OR_BELOW } from '@/domain/wish/machine';
import { call, messageFor } from '@/services';

interface Props {
  wishId: string;
  /** A dialog is open: hide weapp's native textarea, which would draw over it. */
  covered: boolean;
  onRated: () => void;
}

/** 群众评单: 5 big stars (`.star-1`…`.star-5`), optional words (`#rate-comment`), `#rate-submit`. */
export function RateCard({ wishId, covered, onRated }: Props) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code?: string; message: string }>();

  const submit = async () => {
    if (stars < 1) return setError({ message: '请先点星星打分' });
    setBusy(true);
    setError(undefined);
    const text = comment.trim();
    const r = await call('wish', { action: 'rate', wishId, stars, ...(text ? { comment: text } : {}) });
    setBusy(false);
    if (!r.ok) return setError({ code: r.error.code, message: r.error.issues?.[0]?.message ?? messageFor(r.error) });
    void Taro.showToast({ title: '谢谢您的评价', icon: 'success' });
    onRated();
  };

  return (
    <Card title='请为这次服务打分' className='rate-card' id='rate-card'>
      <StarRating value={stars} onChange={(n) => (setStars(n), setError(undefined))} id='rate-stars' />
      {stars > 0 && stars <= REOPEN_AT_OR_BELOW ? (
        <Notice kind='info' id='redo-note'>
          很抱歉没让您满意。提交后，社区会安排另一支服务队重新为您办理（重办）。
        </Notice>
      ) : null}
      <Text className='field-label'>想说的话（可不填）</Text>
      <View className='textarea-box'>
        {covered ? (
          <Text className='textarea-input textarea-shadow'>{comment}</Text>
        ) : (
          <Textarea
            id='rate-comment'
            className='textarea-input rate-comment'
            value={comment}
            maxlength={200}
            placeholder='比如：师傅很细心，谢谢！'
            placeholderClass='placeholder'
            onInput={(e) => setComment(e.detail.value)}
          />
        )}
      </View>
      <FieldError field='stars' message={error && !error.code ? error.message : undefined} />
      {error?.code ? (
        <Notice kind='error' code={error.code} id='rate-error'>
          {error.message}
        </Notice>
      ) : null}
      <BigButton id='rate-submit' busy={busy} onClick={() => void submit()}>
        提交评价
      </BigButton>
    </Card>
  );
}
