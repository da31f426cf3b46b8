import { Text, View } from '@tarojs/components';
import { regionProps } from './a11y';

interface Props {
  field: string;
  message?: string;
  /** For `aria-describedby` on the field it is about. */
  id?: string;
  /** Said aloud as it appears (a form of one field, with no message of its own above the button). */
  announce?: boolean;
}

/** The message for one form field, shown right under it (`.field-error`, `data-field` = the field path). */
export function FieldError({ field, message, id, announce }: Props) {
  if (!message) return null;
  return (
    <View className='field-error' data-field={field} id={id} {...(announce ? regionProps({ role: 'alert', live: 'assertive' }) : {})}>
      <Text>{message}</Text>
    </View>
  );
}
