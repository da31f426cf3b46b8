import { Input, Switch, Text, View } from '@tarojs/components';
import { Field } from './Field';
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
  return (
    <View>
      {mayProxy ? (
        <View className='switch-row proxy-row'>
          <View className='proxy-text'>
            <Text className='field-label'>帮别人提（帮办）</Text>
            <Text className='field-hint'>替没有智能手机的老人提交</Text>
          </View>
          <Switch id='wish-proxy' checked={values.proxy} color='#b71c1c' onChange={(e) => setProxy(e.detail.value)} />
        </View>
      ) : null}
      <Field field='contact.name' label={`4. ${whose}姓名`} error={errors['contact.name']}>
        <View className='input-box'>
          <Input
            id='wish-name'
            className='input-field'
            value={values.name}
            maxlength={20}
            placeholder='如：张秀兰'
            placeholderClass='placeholder'
            onInput={(e) => (set('name', e.detail.value), clearError('contact.name'))}
          />
        </View>
      </Field>
      <Field field='contact.phone' label={`${whose}手机号`} hint='只有接单的志愿者能看到完整号码' error={errors['contact.phone']}>
        <View className='input-box'>
          <Input
            id='wish-phone'
            className='input-field'
            type='number'
            value={values.phone}
            maxlength={11}
            placeholder='11位手机号'
            placeholderClass='placeholder'
            onInput={(e) => (set('phone', e.detail.value), clearError('contact.phone'))}
          />
        </View>
      </Field>
      <Field field='room' label='门牌号' hint='单元-房号，如 3-201' error={errors.room}>
        <View className='input-box'>
          <Input
            id='wish-room'
            className='input-field'
            value={values.room}
            maxlength={12}
            placeholder='如：3-201'
            placeholderClass='placeholder'
            onInput={(e) => (set('room', e.detail.value), clearError('room'))}
          />
        </View>
      </Field>
    </View>
  );
}
