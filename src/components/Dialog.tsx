import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { useModalFocus } from '@/hooks/useModalFocus';
import { regionProps } from './a11y';
import { BigButton } from './BigButton';

interface Props {
  /** `#<id>` is the mask; `#<id>-box` the dialog itself, `<id>-title`, `<id>-body`. */
  id: string;
  title: string;
  /** Ids of the two buttons, for tests (e.g. `cancel-confirm`, `cancel-keep`). */
  confirmId: string;
  cancelId: string;
  confirmText: string;
  cancelText: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  /** The cancel button, and Escape on H5. */
  onCancel: () => void;
}

/**
 * A large-text confirmation over the page (showModal's text is too small for elderly eyes): a modal
 * dialog named by its title, described by its text, holding focus while open (H5).
 */
export function Dialog({
  id,
  title,
  confirmId,
  cancelId,
  confirmText,
  cancelText,
  danger,
  busy,
  onConfirm,
  onCancel,
  children,
}: PropsWithChildren<Props>) {
  useModalFocus(`${id}-box`, onCancel);
  return (
    <View className='dialog-mask' id={id}>
      <View
        className='dialog'
        id={`${id}-box`}
        {...regionProps({
          role: 'dialog',
          modal: true,
          label: title,
          labelledBy: `${id}-title`,
          describedBy: `${id}-body`,
          focusTarget: true,
        })}
      >
        <Text className='dialog-title' id={`${id}-title`}>
          {title}
        </Text>
        <View className='dialog-body' id={`${id}-body`}>
          {children}
        </View>
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
