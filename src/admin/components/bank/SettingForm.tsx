// One setting of the bank (积分规则, 兑换设置, …) as a form read from its schema (settingFields.ts):
// fields grouped by their first key, a reason, 保存 with the version seen (a change made meanwhile is
// SETTING.CHANGED: the page reloads the latest). The points rules also show each rule in words.
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { BigButton, Card, Choices, FieldError, FormInput } from '@/components';
import { explainRule, PointsRule } from '@/domain/bank/rules';
import { SETTINGS, type SettingKey } from '@/domain/settings';
import { draftOf, fieldsOf, problemsOf, valueOf, wordFor, type Field } from '@/domain/settingFields';

interface Props {
  settingKey: SettingKey;
  label: string;
  value: unknown;
  version: number;
  busy: boolean;
  onSave: (change: { value: unknown; reason: string; version: number }) => void;
}

/** `#setting-<key>`: fields `#setting-<key>-<path-with-dashes>`, `#setting-<key>-reason`, `#setting-<key>-save`. */
export function SettingForm({ settingKey, label, value, version, busy, onSave }: Props) {
  const schema = SETTINGS[settingKey].schema;
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  const [draft, setDraft] = useState(() => draftOf(fields ?? [], value));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const base = `setting-${settingKey}`;
  if (!fields)
    return (
      <Card title={label} id={base}>
        <Text className='body-text'>这项设置的格式不能在这里修改，请联系技术人员。</Text>
      </Card>
    );
  const groups = new Map<string, Field[]>();
  for (const f of fields) groups.set(f.path.length > 1 ? f.path[0]! : '', [...(groups.get(f.path.length > 1 ? f.path[0]! : '') ?? []), f]);
  const save = () => {
    const next = valueOf(fields, draft);
    const found = problemsOf(schema, next);
    if (reason.trim().length < 2) found.reason = '请填写修改原因（至少2个字）';
    setProblems(found);
    if (Object.keys(found).length === 0) onSave({ value: next, reason: reason.trim(), version });
  };
  const input = (f: Field) => {
    const key = f.path.join('.');
    const id = `${base}-${f.path.join('-')}`;
    const word = wordFor(f.path[f.path.length - 1]!);
    return (
      <View className='setting-field' key={key}>
        <Text className='field-label' id={`${id}-label`}>
          {word}
        </Text>
        {f.kind === 'boolean' ? (
          <Choices
            prefix={id}
            label={f.label}
            options={{ true: '是', false: '否' }}
            value={draft[key] === 'true' ? 'true' : 'false'}
            onChange={(v) => setDraft({ ...draft, [key]: v })}
          />
        ) : (
          <FormInput
            id={id}
            label={f.label}
            labelId={`${id}-label`}
            kind={f.kind === 'number' ? 'number' : 'text'}
            value={draft[key] ?? ''}
            maxlength={f.kind === 'number' ? 6 : 60}
            invalid={!!problems[key]}
            describedBy={problems[key] ? [`${id}-error`] : undefined}
            onInput={(v) => setDraft({ ...draft, [key]: v })}
          />
        )}
        {problems[key] ? <FieldError field={key} id={`${id}-error`} message={problems[key]} /> : null}
      </View>
    );
  };
  const rule = (group: string) => {
    const parsed = PointsRule.safeParse((valueOf(fields, draft) as Record<string, unknown>)[group]);
    return parsed.success ? explainRule(parsed.data) : '';
  };
  return (
    <Card title={label} id={base} className='setting-form'>
      <Text className='meta'>{version ? `第 ${version} 版` : '默认设置，尚未修改'}</Text>
      {[...groups].map(([group, fs]) => (
        <View className='setting-group' key={group || '-'}>
          {group ? <Text className='setting-group-title'>{wordFor(group)}</Text> : null}
          <View className='setting-fields'>{fs.map(input)}</View>
          {settingKey === 'points' && group ? <Text className='meta setting-rule'>{rule(group)}</Text> : null}
        </View>
      ))}
      <Text className='field-label' id={`${base}-reason-label`}>
        修改原因
      </Text>
      <FormInput
        id={`${base}-reason`}
        label='修改原因'
        labelId={`${base}-reason-label`}
        value={reason}
        maxlength={60}
        placeholder='如：维修类按时长加分'
        invalid={!!problems.reason}
        describedBy={problems.reason ? [`${base}-reason-error`] : undefined}
        onInput={setReason}
      />
      {problems.reason ? <FieldError field='reason' id={`${base}-reason-error`} message={problems.reason} /> : null}
      <BigButton id={`${base}-save`} busy={busy} onClick={save}>
        保存（只影响以后的记账）
      </BigButton>
    </Card>
  );
}
