// 巡访计划 (settings key `visits`): the rules by age band and tags, how far ahead orders are made and
// how long after the due day a visit counts as missed. Checked by the setting's own schema and saved
// as a compare-and-set on the version shown, with a reason (bank.set_setting).
import { Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { BigButton, Card, FieldError, FormInput } from '@/components';
import { problemsOf } from '@/domain/settingFields';
import { VisitSettings } from '@/domain/visit/plan';
import { PlanRule, type RuleDraft } from './PlanRule';

export interface PlanChange {
  value: VisitSettings;
  reason: string;
}

const draftOf = (r: VisitSettings['rules'][number]): RuleDraft => ({
  label: r.label,
  minAge: String(r.minAge),
  maxAge: r.maxAge === undefined ? '' : String(r.maxAge),
  tags: [...(r.tags ?? [])],
  callEveryDays: String(r.callEveryDays),
  homeEveryDays: String(r.homeEveryDays),
});
const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s) : NaN);
const ruleOf = (d: RuleDraft) => ({
  label: d.label.trim(),
  minAge: num(d.minAge),
  ...(d.maxAge.trim() ? { maxAge: num(d.maxAge) } : {}),
  ...(d.tags.length ? { tags: d.tags } : {}),
  callEveryDays: num(d.callEveryDays),
  homeEveryDays: num(d.homeEveryDays),
});

/** `#plan-editor`: PlanRule's, `#plan-add`, `#plan-horizon`, `#plan-grace`, `#plan-reason`, `#plan-save`. */
export function PlanEditor({
  value,
  version,
  busy,
  onSave,
}: {
  value: VisitSettings;
  version: number;
  busy: boolean;
  onSave: (c: PlanChange) => void;
}) {
  const [rules, setRules] = useState(() => value.rules.map(draftOf));
  const [days, setDays] = useState({ horizon: String(value.horizonDays), grace: String(value.graceDays) });
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  // Only a new version (saved, or changed meanwhile) resets what the admin typed.
  useEffect(() => {
    setRules(value.rules.map(draftOf));
    setDays({ horizon: String(value.horizonDays), grace: String(value.graceDays) });
  }, [version]);
  const save = () => {
    const next = { rules: rules.map(ruleOf), horizonDays: num(days.horizon), graceDays: num(days.grace) };
    const found = problemsOf(VisitSettings, next);
    if (reason.trim().length < 2) found.reason = '请写明调整原因（至少2个字）';
    setProblems(found);
    if (Object.keys(found).length === 0) onSave({ value: VisitSettings.parse(next), reason: reason.trim() });
  };
  const field = (id: string, label: string, v: string, key: string, onInput: (s: string) => void) => (
    <>
      <Text className='field-label' id={`${id}-label`}>
        {label}
      </Text>
      <FormInput
        id={id}
        label={label}
        labelId={`${id}-label`}
        kind={key === 'reason' ? 'text' : 'number'}
        value={v}
        maxlength={key === 'reason' ? 60 : 3}
        invalid={!!problems[key]}
        onInput={onInput}
      />
      {problems[key] ? <FieldError field={key} id={`${id}-error`} message={problems[key]} /> : null}
    </>
  );
  return (
    <Card title='巡访计划' id='plan-editor'>
      <Text className='meta'>老人符合几条时，电话问候和上门巡访各按最勤的一条。改动从每位老人的下一次巡访起生效。</Text>
      {rules.map((r, i) => (
        <PlanRule
          key={i}
          index={i}
          rule={r}
          problems={problems}
          onChange={(n) => setRules(rules.map((x, j) => (j === i ? n : x)))}
          onRemove={rules.length > 1 ? () => setRules(rules.filter((_, j) => j !== i)) : undefined}
        />
      ))}
      <BigButton
        kind='plain'
        id='plan-add'
        onClick={() => setRules([...rules, { label: '', minAge: '60', maxAge: '69', tags: [], callEveryDays: '30', homeEveryDays: '90' }])}
      >
        增加一条
      </BigButton>
      {field('plan-horizon', '提前几天生成巡访单', days.horizon, 'horizonDays', (horizon) => setDays({ ...days, horizon }))}
      {field('plan-grace', '到期后几天未完成算超时（并提醒社区）', days.grace, 'graceDays', (grace) => setDays({ ...days, grace }))}
      {field('plan-reason', '调整原因', reason, 'reason', setReason)}
      <BigButton kind='primary' id='plan-save' busy={busy} onClick={save}>
        保存巡访计划
      </BigButton>
    </Card>
  );
}
