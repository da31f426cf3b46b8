import { View } from '@tarojs/components';
import { FormInput } from '@/components';
import { ROOM_ASK, type CodeFixes } from '@/domain/schemas/common';
import { Field, fieldInput } from './Field';
import type { FieldErrors, FormValues } from './formModel';
import { ProxyFields } from './ProxyFields';

interface Props {
  values: FormValues;
  errors: FieldErrors;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  clearError: (field: string) => void;
  /** What the stairwell code already says: the room field asks only for the rest. */
  fixes?: CodeFixes;
}

/**
 * Who and where: `#wish-name`, `#wish-phone`, `#wish-room` (inputs inside them on H5); when filing for
 * an elder (帮办) the elder's name and phone (mobile, landline, or `#wish-no-phone`) and ProxyFields.
 */
export function ContactFields({ values, errors, set, clearError, fixes }: Props) {
  const proxy = values.proxy;
  const nameLabel = proxy ? '4. 老人的姓名' : '4. 您的姓名';
  const phoneLabel = proxy ? '老人的电话（手机或座机）' : '您的手机号';
  const room = ROOM_ASK[fixes ?? 'unknown'];
  return (
    <View>
      <Field field='contact.name' label={nameLabel} error={errors['contact.name']}>
        <FormInput
          id='wish-name'
          {...fieldInput('contact.name', nameLabel, errors['contact.name'])}
          value={values.name}
          maxlength={20}
          placeholder='如：张秀兰'
          onInput={(v) => (set('name', v), clearError('contact.name'))}
        />
      </Field>
      {proxy && values.noPhone ? null : (
        <Field
          field='contact.phone'
          label={phoneLabel}
          hint={proxy ? '座机请带区号，如 0871-63120012' : '只有接单的志愿者能看到完整号码'}
          error={errors['contact.phone']}
        >
          <FormInput
            id='wish-phone'
            {...fieldInput('contact.phone', phoneLabel, errors['contact.phone'])}
            kind='phone'
            value={values.phone}
            maxlength={proxy ? 13 : 11}
            placeholder={proxy ? '手机或座机号码' : '11位手机号'}
            onInput={(v) => (set('phone', v), clearError('contact.phone'))}
          />
        </Field>
      )}
      {proxy ? <ProxyFields values={values} errors={errors} set={set} clearError={clearError} /> : null}
      <Field field='room' label='门牌号' hint={room.hint} error={errors.room}>
        <FormInput
          id='wish-room'
          {...fieldInput('room', '门牌号', errors.room)}
          value={values.room}
          maxlength={12}
          placeholder={room.placeholder}
          onInput={(v) => (set('room', v), clearError('room'))}
        />
      </Field>
    </View>
  );
}
