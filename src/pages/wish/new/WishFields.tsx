import { Picker, Text, Textarea, View } from '@tarojs/components';
import { describeDate, shanghaiDate, TIME_WINDOW_LABELS, URGENCY_LABELS } from '@/services';
import { CategoryGrid, Choices } from './CategoryGrid';
import { Field } from './Field';
import { DESCRIPTION_MAX, type FieldErrors, type FormValues } from './formModel';

interface Props {
  values: FormValues;
  errors: FieldErrors;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  clearError: (field: string) => void;
  /** A dialog is open: weapp's native textarea would draw over it, so show its text instead. */
  covered: boolean;
}

/** What to do and when: category, description (`#wish-description`), date (`#wish-date`), time window, urgency. */
export function WishFields({ values, errors, set, clearError, covered }: Props) {
  const now = new Date();
  return (
    <View>
      <Field field='category' label='1. 需要办什么事？' error={errors.category}>
        <CategoryGrid value={values.category} onChange={(c) => (set('category', c), clearError('category'))} />
      </Field>
      <Field field='description' label='2. 请说说具体情况' hint='比如：厨房水龙头一直漏水' error={errors.description}>
        <View className='textarea-box'>
          {covered ? (
            <Text className='textarea-input textarea-shadow'>{values.description}</Text>
          ) : (
            <Textarea
              id='wish-description'
              className='textarea-input'
              value={values.description}
              maxlength={DESCRIPTION_MAX}
              placeholder='至少写5个字'
              placeholderClass='placeholder'
              onInput={(e) => (set('description', e.detail.value), clearError('description'))}
            />
          )}
        </View>
        <Text className='desc-counter' id='description-counter'>{`${[...values.description].length}/${DESCRIPTION_MAX}字`}</Text>
      </Field>
      <Field field='preferredTime.date' label='3. 希望哪天来？' error={errors['preferredTime.date']}>
        <Picker
          mode='date'
          value={values.date}
          start={shanghaiDate(now)}
          end={shanghaiDate(now, 60)}
          onChange={(e) => set('date', String(e.detail.value))}
        >
          <View className='picker-box' id='wish-date'>
            <Text className='picker-value'>{describeDate(values.date, now)}</Text>
            <Text className='picker-action'>改日期 ›</Text>
          </View>
        </Picker>
      </Field>
      <Field field='preferredTime.window' label='什么时间方便？' error={errors['preferredTime.window']}>
        <Choices options={TIME_WINDOW_LABELS} value={values.window} prefix='window' onChange={(w) => set('window', w)} />
      </Field>
      <Field field='urgency' label='急不急？' hint='急事选「紧急」，会优先安排' error={errors.urgency}>
        <Choices options={URGENCY_LABELS} value={values.urgency} prefix='urgency' onChange={(u) => set('urgency', u)} />
      </Field>
    </View>
  );
}
