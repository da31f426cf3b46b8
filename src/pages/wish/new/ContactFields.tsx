import { Switch, Text, View } from '@tarojs/components';
import { FormInput } from '@/components';
import { Field, fieldInput } from './Field';
import type { FieldErrors, FormValues } from './formModel';

interface Props {
  values: FormValues;
  errors: FieldErrors;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  setProxy: (on: boolean) => void;
  clearError: (field: string) => void;
  /** Helpers and dispatchers may file for an elder without a smartphone (帮办). */
  mayProxy: boolean;
}

/** Who and where: `#wish-proxy` (帮办 switch), `#wish-name`, `#wish-phone`, `#wish-room` (inputs inside them on H5). */
export function ContactFields({ values, errors, set, setProxy, clearError, mayProxy }: Props) {
  const whose = values.proxy ? '被帮助人的' : '您的';
  const nameLabel = `4. ${whose}姓名`;
  const phoneLabel = `${whose}手机号`;
  return (
    <View>
      {mayProxy ? (
        <View className='switch-row proxy-row'>
          <View className='proxy-text'>
            <Text className='field-label' id='wish-proxy-label'>
              帮别人提（帮办）
            </Text>
            <Text className='field-hint' id='wish-proxy-hint'>
              替没有智能手机的老人提交
            </Text>
          </View>
          <Switch
            id='wish-proxy'
            checked={values.proxy}
            color='#b71c1c'
            onChange={(e) => setProxy(e.detail.value)}
            // H5: the real checkbox inside, as a switch named by the words beside it (WeChat's is native).
            {...(process.env.TARO_ENV === 'h5'
              ? { nativeProps: { role: 'switch', 'aria-labelledby': 'wish-proxy-label', 'aria-describedby': 'wish-proxy-hint' } }
              : {})}
          />
        </View>
      ) : null}
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
      <Field field='contact.phone' label={phoneLabel} hint='只有接单的志愿者能看到完整号码' error={errors['contact.phone']}>
        <FormInput
          id='wish-phone'
          {...fieldInput('contact.phone', phoneLabel, errors['contact.phone'])}
          kind='phone'
          value={values.phone}
          maxlength={11}
          placeholder='11位手机号'
          onInput={(v) => (set('phone', v), clearError('contact.phone'))}
        />
      </Field>
      <Field field='room' label='门牌号' hint='单元-房号，如 3-201' error={errors.room}>
        <FormInput
          id='wish-room'
          {...fieldInput('room', '门牌号', errors.room)}
          value={values.room}
          maxlength={12}
          placeholder='如：3-201'
          onInput={(v) => (set('room', v), clearError('room'))}
        />
      </Field>
    </View>
  );
}
