import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { FieldError } from '@/components';
import { fieldId } from './formModel';

/** The ids inside a field's block: its label, hint and message, which name and describe its control. */
export function fieldIds(field: string) {
  const block = fieldId(field);
  return { block, label: `${block}-label`, hint: `${block}-hint`, error: `${block}-error` };
}

/** One labelled block of the form (`#field-<path>`), with its message under it. */
export function Field({
  field,
  label,
  hint,
  error,
  children,
}: PropsWithChildren<{ field: string; label: string; hint?: string; error?: string }>) {
  const ids = fieldIds(field);
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

/** The FormInput props that tie a control to its Field: label, hint and message. */
export function fieldInput(field: string, label: string, error?: string) {
  const ids = fieldIds(field);
  return { label, labelId: ids.label, describedBy: [ids.hint, ids.error], invalid: !!error, required: true };
}
