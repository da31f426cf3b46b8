// A reason someone else will read (不予受理, 退回中心…), checked by the action's own schema field before
// it is sent, with a confirm button and, when given, a way to back out.
import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton } from './BigButton';
import { Card } from './Card';
import { FieldError } from './FieldError';
import { FormInput } from './FormInput';

export interface ReasonFormProps {
  /** Element ids: `<id>-form`, `<id>-reason`, `<id>-button`, `<id>-cancel`. */
  id: string;
  title: string;
  hint: string;
  placeholder: string;
  confirm: string;
  /** The action's schema field for the reason (e.g. `RejectInput.shape.reason`). */
  schema: {
    safeParse(value: string): { success: true; data: string } | { success: false; error: { issues: ReadonlyArray<{ message: string }> } };
  };
  busy: boolean;
  onSubmit: (reason: string) => void;
  cancel?: { label: string; onCancel: () => void };
  /** A dialog is over the form (weapp's native textarea would draw over it). */
  covered?: boolean;
}

export function ReasonForm({ id, title, hint, placeholder, confirm, schema, busy, onSubmit, cancel, covered }: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string>();
  const submit = () => {
    const parsed = schema.safeParse(reason);
    setIssue(parsed.success ? undefined : (parsed.error.issues[0]?.message ?? '请填写原因'));
    if (parsed.success) onSubmit(parsed.data);
  };
  return (
    <Card title={title} id={`${id}-form`}>
      <Text className='meta' id={`${id}-hint`}>
        {hint}
      </Text>
      <FormInput
        id={`${id}-reason`}
        label={title}
        describedBy={[`${id}-hint`, `${id}-issue`]}
        invalid={!!issue}
        required
        multiline
        covered={covered}
        boxClassName='gap-top'
        value={reason}
        maxlength={100}
        placeholder={placeholder}
        onInput={setReason}
      />
      <FieldError field='reason' message={issue} id={`${id}-issue`} announce />
      <BigButton kind='danger' id={`${id}-button`} busy={busy} onClick={submit}>
        {confirm}
      </BigButton>
      {cancel && (
        <BigButton kind='plain' id={`${id}-cancel`} onClick={cancel.onCancel}>
          {cancel.label}
        </BigButton>
      )}
    </Card>
  );
}
