import { Text } from '@tarojs/components';

/** The message for one form field, shown right under it (`.field-error`, `data-field` = the field path). */
export function FieldError({ field, message }: { field: string; message?: string }) {
  if (!message) return null;
  return (
    <Text className='field-error' data-field={field}>
      {message}
    </Text>
  );
}
