import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { BigButton } from './BigButton';

interface Props {
  title: string;
  /** Ids of the two buttons, for tests (e.g. `cancel-confirm`, `cancel-keep`). */
  confirmId: string;
  cancelId: string;
  confirmText: string;
  cancelText: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  id?: string;
}

/** A large-text confirmation over the page (showModal's text is too small for elderly eyes). */
export function Dialog({
  title,
  confirmId,
  cancelId,
  confirmText,
  cancelText,
  danger,
  busy,
  onConfirm,
  onCancel,
  id,
  children,
}: PropsWithChildren<Props>) {
  return (
    <View className='dialog-mask' id={id}>
      <View className='dialog'>
        <Text className='dialog-title'>{title}</Text>
        <View className='dialog-body'>{children}</View>
        <BigButton id={confirmId} kind={danger ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
          {confirmText}
        </BigButton>
        <BigButton id={cancelId} kind='plain' onClick={onCancel}>
          {cancelText}
        </BigButton>
      </View>
    </View>
  );
}
