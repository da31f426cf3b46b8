// One labelled block of the publish form (`#publish-field-<name>`), its hint and its message under it.
import { Text, View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { FieldError } from '@/components';

export const fieldIds = (name: string) => ({
  block: `publish-field-${name}`,
  label: `publish-field-${name}-label`,
  hint: `publish-field-${name}-hint`,
  error: `publish-field-${name}-error`,
});

/** The FormInput props that tie a control to its block: label, hint and message. */
export function inputProps(name: string, label: string, error?: string) {
  const ids = fieldIds(name);
  return { label, labelId: ids.label, describedBy: [ids.hint, ids.error], invalid: !!error, required: true };
}

export function PublishField({
  name,
  label,
  hint,
  error,
  children,
}: PropsWithChildren<{ name: string; label: string; hint?: string; error?: string }>) {
  const ids = fieldIds(name);
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
      <FieldError field={name} message={error} id={ids.error} />
    </View>
  );
}
