import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { FieldError } from '@/components';
import { fieldId } from './formModel';

/** One labelled block of the form (`#field-<path>`), with its message under it. */
export function Field({
  field,
  label,
  hint,
  error,
  children,
}: PropsWithChildren<{ field: string; label: string; hint?: string; error?: string }>) {
  return (
    <View className={`field ${error ? 'field--bad' : ''}`} id={fieldId(field)}>
      <Text className='field-label'>{label}</Text>
      {hint ? <Text className='field-hint'>{hint}</Text> : null}
      {children}
      <FieldError field={field} message={error} />
    </View>
  );
}
