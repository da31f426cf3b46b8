// 帮办: what only a helper filing for an elder fills in — 「老人没有电话」, the helper's own name and
// mobile (shown to the centre and the team), and the elder's consent given through the helper.
import { Text, View } from '@tarojs/components';
import { FieldError, FormInput, Tappable } from '@/components';
import { Field, fieldIds, fieldInput } from './Field';
import type { FieldErrors, FormValues } from './formModel';

interface Props {
  values: FormValues;
  errors: FieldErrors;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  clearError: (field: string) => void;
}

/** A big tick box whose whole row is tappable. */
export function Tick({ id, on, text, onChange }: { id: string; on: boolean; text: string; onChange: (on: boolean) => void }) {
  return (
    <Tappable
      role='checkbox'
      checked={on}
      label={text}
      id={id}
      className={`tick-row ${on ? 'tick-row--on' : ''}`}
      onClick={() => onChange(!on)}
    >
      <View className={`tick-box ${on ? 'tick-box--on' : ''}`}>
        <Text className='tick-mark'>{on ? '✓' : ''}</Text>
      </View>
      <Text className='tick-text'>{text}</Text>
    </Tappable>
  );
}

/** `#wish-no-phone`, `#wish-helper-name`, `#wish-helper-phone`, `#wish-proxy-consent` (`aria-checked`). */
export function ProxyFields({ values, errors, set, clearError }: Props) {
  const nameLabel = '您（帮办人）的姓名';
  const phoneLabel = '您（帮办人）的手机号';
  const consent = fieldIds('proxyConsent');
  return (
    <View className='proxy-fields'>
      <Tick
        id='wish-no-phone'
        on={values.noPhone}
        text='老人没有电话（由我转达）'
        onChange={(on) => {
          set('noPhone', on);
          if (on) set('phone', '');
          clearError('contact.phone');
        }}
      />
      <Field field='helper.name' label={nameLabel} hint='社区和志愿者会通过您联系老人' error={errors['helper.name'] ?? errors.helper}>
        <FormInput
          id='wish-helper-name'
          {...fieldInput('helper.name', nameLabel, errors['helper.name'])}
          value={values.helperName}
          maxlength={20}
          placeholder='如：周丽'
          onInput={(v) => (set('helperName', v), clearError('helper.name'), clearError('helper'))}
        />
      </Field>
      <Field field='helper.phone' label={phoneLabel} error={errors['helper.phone']}>
        <FormInput
          id='wish-helper-phone'
          {...fieldInput('helper.phone', phoneLabel, errors['helper.phone'])}
          kind='phone'
          value={values.helperPhone}
          maxlength={11}
          placeholder='11位手机号'
          onInput={(v) => (set('helperPhone', v), clearError('helper.phone'))}
        />
      </Field>
      <View className={`field ${errors.proxyConsent ? 'field--bad' : ''}`} id={consent.block}>
        <Tick
          id='wish-proxy-consent'
          on={values.proxyConsent}
          text='我已向老人说明并征得同意'
          onChange={(on) => (set('proxyConsent', on), clearError('proxyConsent'))}
        />
        <FieldError field='proxyConsent' message={errors.proxyConsent} id={consent.error} />
      </View>
    </View>
  );
}
