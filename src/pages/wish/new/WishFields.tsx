import { Text, View } from '@tarojs/components';
import { Choices, DateChoice, FormInput } from '@/components';
import { TIME_WINDOW_LABELS, URGENCY_LABELS } from '@/services';
import { CategoryGrid } from './CategoryGrid';
import { Field, fieldInput } from './Field';
import { DESCRIPTION_MAX, type FieldErrors, type FormValues } from './formModel';

interface Props {
  values: FormValues;
  errors: FieldErrors;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  clearError: (field: string) => void;
  /** A dialog is open: weapp's native textarea would draw over it, so show its text instead. */
  covered: boolean;
}

const LABELS = {
  category: '1. 需要办什么事？',
  description: '2. 请说说具体情况',
  date: '3. 希望哪天来？',
  window: '什么时间方便？',
  urgency: '急不急？',
};

/** What to do and when: category, description (`#wish-description`), date (DateChoice), time window, urgency. */
export function WishFields({ values, errors, set, clearError, covered }: Props) {
  return (
    <View>
      <Field field='category' label={LABELS.category} error={errors.category}>
        <CategoryGrid value={values.category} label={LABELS.category} onChange={(c) => (set('category', c), clearError('category'))} />
      </Field>
      <Field field='description' label={LABELS.description} hint='比如：厨房水龙头一直漏水' error={errors.description}>
        <FormInput
          id='wish-description'
          {...fieldInput('description', LABELS.description, errors.description)}
          multiline
          covered={covered}
          value={values.description}
          maxlength={DESCRIPTION_MAX}
          placeholder='至少写5个字'
          onInput={(v) => (set('description', v), clearError('description'))}
        />
        <Text className='desc-counter' id='description-counter'>{`${[...values.description].length}/${DESCRIPTION_MAX}字`}</Text>
      </Field>
      <Field field='preferredTime.date' label={LABELS.date} error={errors['preferredTime.date']}>
        <DateChoice value={values.date} label={LABELS.date} onChange={(d) => set('date', d)} />
      </Field>
      <Field field='preferredTime.window' label={LABELS.window} error={errors['preferredTime.window']}>
        <Choices
          options={TIME_WINDOW_LABELS}
          value={values.window}
          prefix='window'
          label={LABELS.window}
          onChange={(w) => set('window', w)}
        />
      </Field>
      <Field field='urgency' label={LABELS.urgency} hint='急事选「紧急」，会优先安排' error={errors.urgency}>
        <Choices
          options={URGENCY_LABELS}
          value={values.urgency}
          prefix='urgency'
          label={LABELS.urgency}
          onChange={(u) => set('urgency', u)}
        />
      </Field>
    </View>
  );
}
