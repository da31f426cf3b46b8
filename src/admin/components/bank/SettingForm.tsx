// One setting of the bank (积分规则, 星级门槛, …) as a form read from its schema (settingFields.ts):
// fields grouped by their first key (five thresholds in one row), the schema's problems in Chinese
// under the field or the group (门槛必须逐档递增), a reason, 保存 with the version seen (a change made
// meanwhile is SETTING.CHANGED: the page reloads the latest). The points rules also read in words; a
// list (放假日期) is a text box of one item a line.
import { Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { BigButton, Card, Choices, FieldError, FormInput } from '@/components';
import { explainRule, PointsRule } from '@/domain/bank/rules';
import { SETTINGS, type SettingKey } from '@/domain/settings';
import { draftOf, fieldsOf, keyOf, problemsOf, valueOf, wordFor, type Field } from '@/domain/settingFields';
import { SettingAbout, type SettingState } from './SettingAbout';

interface Props {
  settingKey: SettingKey;
  label: string;
  value: unknown;
  state: SettingState;
  busy: boolean;
  onSave: (change: { value: unknown; reason: string; version: number }) => void;
}

/** Fields by their first key ('' for the top level), in order. */
function groupsOf(fields: readonly Field[]) {
  const groups = new Map<string, Field[]>();
  for (const f of fields) {
    const g = f.path.length > 1 ? String(f.path[0]) : '';
    groups.set(g, [...(groups.get(g) ?? []), f]);
  }
  return groups;
}

/** `#setting-<key>`: fields `#setting-<key>-<path-with-dashes>`, a group's problem `#setting-<key>-<group>-error`, `#setting-<key>-reason`, `#setting-<key>-save`. */
export function SettingForm({ settingKey, label, value, state, busy, onSave }: Props) {
  const schema = SETTINGS[settingKey].schema;
  const fields = useMemo(() => fieldsOf(schema, settingKey), [schema, settingKey]);
  const [draft, setDraft] = useState(() => draftOf(fields ?? [], value));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const base = `setting-${settingKey}`;
  if (!fields)
    return (
      <Card title={label} id={base}>
        <SettingAbout settingKey={settingKey} state={state} />
        <Text className='body-text'>这项设置的格式不能在这里修改，请联系技术人员。</Text>
      </Card>
    );
  const groups = groupsOf(fields);
  // A list's line (holidays.3) is no field of its own: its problem shows under the list.
  const lists = fields.filter((f) => f.kind === 'list').map((f) => keyOf(f.path));
  const listOf = (k: string) => lists.find((l) => k.startsWith(`${l}.`));
  const problemAt = (key: string) => problems[key] ?? Object.entries(problems).find(([k]) => listOf(k) === key)?.[1];
  // A problem of no field or group (the whole value's): shown above the reason.
  const placed = new Set([...fields.map((f) => keyOf(f.path)), ...groups.keys(), 'reason']);
  const loose = Object.entries(problems).filter(([k]) => !placed.has(k) && !listOf(k));
  const save = () => {
    const next = valueOf(fields, draft);
    const found = problemsOf(schema, next);
    if (reason.trim().length < 2) found.reason = '请填写修改原因（至少2个字）';
    setProblems(found);
    if (Object.keys(found).length === 0) onSave({ value: next, reason: reason.trim(), version: state.version });
  };
  const input = (f: Field, groupError?: string) => {
    const key = keyOf(f.path);
    const id = `${base}-${f.path.join('-')}`;
    const problem = problemAt(key);
    const described = [...(problem ? [`${id}-error`] : []), ...(groupError ? [groupError] : [])];
    return (
      <View className='setting-field' key={key}>
        <Text className='field-label' id={`${id}-label`}>
          {wordFor(f.path[f.path.length - 1]!, settingKey)}
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
            kind={f.kind === 'list' ? 'text' : f.kind}
            multiline={f.kind === 'list'}
            value={draft[key] ?? ''}
            maxlength={f.kind === 'list' ? 5000 : f.kind === 'text' ? 60 : 7}
            invalid={!!problem || !!groupError}
            describedBy={described.length ? described : undefined}
            onInput={(v) => setDraft({ ...draft, [key]: v })}
          />
        )}
        {problem ? <FieldError field={key} id={`${id}-error`} message={problem} /> : null}
      </View>
    );
  };
  const rule = (group: string) => {
    const parsed = PointsRule.safeParse((valueOf(fields, draft) as Record<string, unknown>)[group]);
    return parsed.success ? explainRule(parsed.data) : '';
  };
  return (
    <Card title={label} id={base} className='setting-form'>
      <SettingAbout settingKey={settingKey} state={state} fields={fields} />
      {[...groups].map(([group, fs]) => {
        const groupError = group && problems[group] ? `${base}-${group}-error` : undefined;
        const row = fs.every((f) => typeof f.path[1] === 'number');
        return (
          <View className='setting-group' key={group || '-'}>
            {group ? <Text className='setting-group-title'>{wordFor(group, settingKey)}</Text> : null}
            <View className={`setting-fields${row ? ' setting-fields--row' : ''}`}>{fs.map((f) => input(f, groupError))}</View>
            {groupError ? <FieldError field={group} id={groupError} message={problems[group]} /> : null}
            {settingKey === 'points' && group ? <Text className='meta setting-rule'>{rule(group)}</Text> : null}
          </View>
        );
      })}
      {loose.map(([k, message]) => (
        <FieldError key={k || '-'} field={k} message={message} />
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
        placeholder='如：按街道新的办法调整'
        invalid={!!problems.reason}
        describedBy={problems.reason ? [`${base}-reason-error`] : undefined}
        onInput={setReason}
      />
      {problems.reason ? <FieldError field='reason' id={`${base}-reason-error`} message={problems.reason} /> : null}
      <BigButton id={`${base}-save`} busy={busy} onClick={save}>
        {settingKey === 'sla' || settingKey === 'calendar' ? '保存（只影响以后提交的心愿）' : '保存（只影响以后的记账）'}
      </BigButton>
    </Card>
  );
}
