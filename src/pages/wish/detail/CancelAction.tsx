import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Dialog, HotlineLine, Notice } from '@/components';
import { call, hotlineLabel, messageFor, saysCallCommunity } from '@/services';

interface Props {
  wishId: string;
  open: boolean;
  setOpen: (open: boolean) => void;
  onCancelled: () => void;
  /** The community's number, shown under a refusal that says to contact the community. */
  hotline?: string;
}

/** 取消心愿 with a confirmation: `#cancel-wish`, then `#cancel-confirm` or `#cancel-keep`; errors in `#cancel-error`. */
export function CancelAction({ wishId, open, setOpen, onCancelled, hotline }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; message: string }>();

  const confirm = async () => {
    setBusy(true);
    const r = await call('wish', { action: 'cancel', wishId });
    setBusy(false);
    setOpen(false);
    if (!r.ok) return setError({ code: r.error.code, message: messageFor(r.error) });
    setError(undefined);
    void Taro.showToast({ title: '已取消', icon: 'success' });
    onCancelled();
  };

  return (
    <>
      {error ? (
        <Notice kind='error' code={error.code} id='cancel-error'>
          {error.message}
        </Notice>
      ) : null}
      {error && hotline && saysCallCommunity(error.code) ? (
        <HotlineLine number={hotline} lead={hotlineLabel(true)} id='cancel-hotline' />
      ) : null}
      <BigButton kind='danger' id='cancel-wish' onClick={() => setOpen(true)}>
        取消这个心愿
      </BigButton>
      {open ? (
        <Dialog
          id='cancel-dialog'
          title='确定要取消吗？'
          confirmId='cancel-confirm'
          cancelId='cancel-keep'
          confirmText='确定取消'
          cancelText='不取消了'
          danger
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        >
          <Text>取消后志愿者就不会上门了。以后需要时可以重新提交。</Text>
        </Dialog>
      ) : null}
    </>
  );
}
