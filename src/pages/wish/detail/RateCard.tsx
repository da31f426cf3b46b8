import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, FieldError, FormInput, Notice, StarRating } from '@/components';
import { useFocusRequest } from '@/hooks/useFocusRequest';
import { REOPEN_AT_OR_BELOW } from '@/domain/wish/machine';
import { call, messageFor } from '@/services';

interface Props {
  wishId: string;
  /** Filed by a 帮办员 for an elder: they rate on the elder's behalf (代老人评价). */
  proxy?: boolean;
  /** A dialog is open: hide weapp's native textarea, which would draw over it. */
  covered: boolean;
  /** After the rating is saved (the page reloads and thanks the resident, lastingly: RateThanks). */
  onRated: () => void;
}

/** 群众评单: 5 big stars (`.star-1`…`.star-5`), optional words (`#rate-comment`), `#rate-submit`. */
export function RateCard({ wishId, proxy, covered, onRated }: Props) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code?: string; message: string }>();
  const focusBlock = useFocusRequest();

  const redo = stars > 0 && stars <= REOPEN_AT_OR_BELOW;
  const commentLabel = redo ? '哪里没有做好（必填）' : '想说的话（可不填）';
  const submit = async () => {
    if (stars < 1) {
      setError({ message: '请先点星星打分' });
      return focusBlock('rate-stars');
    }
    if (redo && comment.trim().length < 2) {
      setError({ message: '请写一写哪里没有做好（至少2个字），社区会安排重新办理' });
      return focusBlock('rate-comment');
    }
    // Sending it back is a big step for both sides: ask once more.
    if (redo) {
      const sure = await Taro.showModal({
        title: '确认重新办理？',
        content: `您打了${stars}星。提交后社区会安排另一支服务队重新为您办理。`,
        confirmText: '确认提交',
        cancelText: '再想想',
      });
      if (!sure.confirm) return;
    }
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
    <Card title={proxy ? '代老人评价：请问问老人，为这次服务打分' : '请为这次服务打分'} className='rate-card' id='rate-card'>
      <StarRating value={stars} onChange={(n) => (setStars(n), setError(undefined))} id='rate-stars' />
      {redo ? (
        <Notice kind='info' id='redo-note'>
          很抱歉没让您满意。请写下哪里没有做好，提交后社区会安排另一支服务队重新为您办理（重办）。
        </Notice>
      ) : null}
      <Text className='field-label' id='rate-comment-label'>
        {commentLabel}
      </Text>
      <FormInput
        id='rate-comment'
        className='rate-comment'
        label={commentLabel}
        labelId='rate-comment-label'
        multiline
        covered={covered}
        value={comment}
        maxlength={200}
        placeholder={redo ? '比如：水龙头还在漏水' : '比如：师傅很细心，谢谢！'}
        onInput={setComment}
      />
      <FieldError field='stars' message={error && !error.code ? error.message : undefined} announce />
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
