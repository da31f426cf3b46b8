// 记录巡访结果: three big buttons (平安 / 需要帮助 / 联系不上), a note, then 提交记录.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Choice, ChoiceGroup, FieldError, FormInput } from '@/components';
import { VISIT_OUTCOME_LABELS, VISIT_OUTCOMES, type VisitOutcome } from '@/domain/visit/order';

const HINTS: Record<VisitOutcome, string> = {
  safe: '老人身体和生活都好',
  needs_help: '老人有事要办，可以马上转为心愿',
  unreachable: '电话没人接、敲门没人应',
};

interface Props {
  busy: boolean;
  onSubmit: (r: { outcome: VisitOutcome; note: string }) => void;
}

/** `#outcome-<safe|needs_help|unreachable>` (aria-checked), `#visit-note`, `#outcome-submit`, `#outcome-issue`. */
export function OutcomeForm({ busy, onSubmit }: Props) {
  const [outcome, setOutcome] = useState<VisitOutcome>();
  const [note, setNote] = useState('');
  const [issue, setIssue] = useState<string>();
  const submit = () => {
    if (!outcome) return setIssue('请先选择巡访结果：平安、需要帮助或联系不上');
    setIssue(undefined);
    onSubmit({ outcome, note: note.trim() });
  };
  return (
    <Card title='这次巡访怎么样？' id='outcome-form'>
      <ChoiceGroup className='outcome-buttons' label='巡访结果'>
        {VISIT_OUTCOMES.map((o) => (
          <Choice
            key={o}
            id={`outcome-${o}`}
            checked={outcome === o}
            className={`option choice outcome-${o}${outcome === o ? ' option--on choice--on' : ''}`}
            onChoose={() => {
              setOutcome(o);
              setIssue(undefined);
            }}
          >
            <View>
              <Text className='outcome-label'>{VISIT_OUTCOME_LABELS[o]}</Text>
            </View>
            <Text className='outcome-hint'>{HINTS[o]}</Text>
          </Choice>
        ))}
      </ChoiceGroup>
      <FieldError field='outcome' message={issue} id='outcome-issue' announce />
      <Text className='field-label' id='visit-note-label'>
        情况说明（可不填）
      </Text>
      <FormInput
        id='visit-note'
        label='情况说明'
        labelId='visit-note-label'
        multiline
        boxClassName='gap-top'
        value={note}
        maxlength={200}
        placeholder='如：血压正常；家里灯坏了，想请人来修'
        onInput={setNote}
      />
      <BigButton kind='primary' id='outcome-submit' busy={busy} onClick={submit}>
        提交记录
      </BigButton>
    </Card>
  );
}
