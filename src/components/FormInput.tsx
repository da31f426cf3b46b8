import { Input, Text, Textarea, View } from '@tarojs/components';

const H5 = process.env.TARO_ENV === 'h5';

interface Props {
  id: string;
  /** The visible label's words: the field's name to a screen reader (WeChat's; H5's without `labelId`). */
  label: string;
  /** H5: the id of the visible label, which names the field (aria-labelledby). */
  labelId?: string;
  /** H5: ids of the hint and the message under the field (aria-describedby); absent ones are skipped. */
  describedBy?: string[];
  invalid?: boolean;
  required?: boolean;
  value: string;
  maxlength: number;
  placeholder?: string;
  /**
   * `phone`: digits, the phone keypad; `number`: whole numbers. On H5 both are text fields with a
   * numeric keypad (`inputmode`), not a number spinner: a phone number is no quantity. `decimal`: a
   * number with a fraction (4.5): Taro's `digit` (the keypad with a point; H5 lets one point through).
   */
  kind?: 'text' | 'phone' | 'number' | 'decimal';
  /** A Textarea in `.textarea-box`; otherwise an Input in `.input-box`. */
  multiline?: boolean;
  /** A dialog is over the page: weapp's native textarea would draw over it, so its text shows instead. */
  covered?: boolean;
  /** Extra classes: on the control, and on its box. */
  className?: string;
  boxClassName?: string;
  onInput: (value: string) => void;
}

/** What H5 puts on the real <input>/<textarea> inside Taro's custom element. */
function nativeProps({ label, labelId, describedBy = [], invalid, required, kind = 'text' }: Props): Record<string, string> {
  const out: Record<string, string> = labelId ? { 'aria-labelledby': labelId } : { 'aria-label': label };
  if (describedBy.length) out['aria-describedby'] = describedBy.join(' ');
  out['aria-invalid'] = invalid ? 'true' : 'false';
  if (required) out['aria-required'] = 'true';
  if (kind === 'phone') Object.assign(out, { type: 'tel', inputMode: 'numeric', autocomplete: 'tel' });
  if (kind === 'number') Object.assign(out, { type: 'text', inputMode: 'numeric' });
  if (kind === 'decimal') Object.assign(out, { type: 'text', inputMode: 'decimal' });
  return out;
}

/** A text field of a form, tied to its visible label, hint and message for a screen reader. */
export function FormInput(props: Props) {
  const { id, label, value, maxlength, placeholder, kind = 'text', multiline, covered, className = '', boxClassName = '', onInput } = props;
  const named = H5 ? { nativeProps: nativeProps(props) } : { 'aria-label': label };
  if (multiline) {
    return (
      <View className={`textarea-box ${boxClassName}`}>
        {covered ? (
          <Text className='textarea-input textarea-shadow'>{value}</Text>
        ) : (
          <Textarea
            id={id}
            className={`textarea-input ${className}`}
            value={value}
            maxlength={maxlength}
            placeholder={placeholder}
            placeholderClass='placeholder'
            onInput={(e) => onInput(e.detail.value)}
            {...named}
          />
        )}
      </View>
    );
  }
  return (
    <View className={`input-box ${boxClassName}`}>
      <Input
        id={id}
        className={`input-field ${className}`}
        // weapp: the number keypad, and digits only on both platforms (Taro's H5 Input filters them).
        type={kind === 'text' ? undefined : kind === 'decimal' ? 'digit' : 'number'}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass='placeholder'
        onInput={(e) => onInput(e.detail.value)}
        {...named}
      />
    </View>
  );
}
