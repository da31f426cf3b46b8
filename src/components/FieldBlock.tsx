// One labelled block of a form: its label, an optional hint, the control, and its message under it;
// the ids (`<block>-label`, `-hint`, `-error`) name and describe the control for screen readers.
import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { FieldError } from './FieldError';

export const blockIds = (block: string) => ({ block, label: `${block}-label`, hint: `${block}-hint`, error: `${block}-error` });

export function FieldBlock({
  block,
  field,
  label,
  hint,
  error,
  children,
}: PropsWithChildren<{ block: string; field: string; label: string; hint?: string; error?: string }>) {
  const ids = blockIds(block);
  return (
    <View className={`field ${error ? 'field--bad' : ''}`} id={ids.block}>
      <Text className='field-label' id={ids.label}>
        {label}
      </Text>
      {hint ? (
        <Text className='field-hint' id={ids.hint}>
          {hint}
        </Text>
      ) : null}
      {children}
      <FieldError field={field} message={error} id={ids.error} />
    </View>
  );
}

/** The FormInput props that tie a control to its block: label, hint and message. */
export function blockInput(block: string, label: string, error?: string) {
  const ids = blockIds(block);
  return { label, labelId: ids.label, describedBy: [ids.hint, ids.error], invalid: !!error, required: true };
}
