// One rule of the visit plan (巡访计划) as the admin edits it: its name, the age band, the tags that
// match whatever the age, and how often a call and a home visit are due.
import { Text, View } from '@tarojs/components';
import { BigButton, Choice, FieldError, FormInput } from '@/components';
import { ELDER_TAG_LABELS, ELDER_TAGS, type ElderTag } from '@/domain/visit/elder';

/** The form's text of a rule (numbers as typed; a blank 最大年龄 is no upper bound). */
export interface RuleDraft {
  label: string;
  minAge: string;
  maxAge: string;
  tags: ElderTag[];
  callEveryDays: string;
  homeEveryDays: string;
}
type Field = Exclude<keyof RuleDraft, 'tags'>;

const FIELDS: [Field, string, 'text' | 'number'][] = [
  ['label', '名称', 'text'],
  ['minAge', '最小年龄', 'number'],
  ['maxAge', '最大年龄（不填为不限）', 'number'],
  ['callEveryDays', '电话问候：每几天一次', 'number'],
  ['homeEveryDays', '上门巡访：每几天一次', 'number'],
];

interface Props {
  index: number;
  rule: RuleDraft;
  problems: Record<string, string>;
  onChange: (r: RuleDraft) => void;
  onRemove?: () => void;
}

/** `#plan-rule-<i>`: `#plan-<i>-<field>`, `.plan-<i>-tag-<tag>`, `#plan-<i>-remove`. */
export function PlanRule({ index: i, rule, problems, onChange, onRemove }: Props) {
  const toggle = (t: ElderTag) => onChange({ ...rule, tags: rule.tags.includes(t) ? rule.tags.filter((x) => x !== t) : [...rule.tags, t] });
  return (
    <View className='plan-rule' id={`plan-rule-${i}`}>
      <Text className='field-label'>{`第${i + 1}条`}</Text>
      {FIELDS.map(([f, label, kind]) => {
        const id = `plan-${i}-${f}`;
        const problem = problems[`rules.${i}.${f}`];
        return (
          <View key={f} className='price-field'>
            <Text className='field-label' id={`${id}-label`}>
              {label}
            </Text>
            <FormInput
              id={id}
              label={`第${i + 1}条${label}`}
              labelId={`${id}-label`}
              kind={kind}
              value={rule[f]}
              maxlength={f === 'label' ? 20 : 3}
              invalid={!!problem}
              describedBy={problem ? [`${id}-error`] : undefined}
              onInput={(v) => onChange({ ...rule, [f]: v })}
            />
            {problem ? <FieldError field={id} id={`${id}-error`} message={problem} /> : null}
          </View>
        );
      })}
      <Text className='field-label'>不论年龄，这些老人也按本条</Text>
      <View className='row'>
        {ELDER_TAGS.map((t) => (
          <Choice
            key={t}
            multi
            checked={rule.tags.includes(t)}
            className={`chip plan-${i}-tag-${t}${rule.tags.includes(t) ? ' chip--on' : ''}`}
            onChoose={() => toggle(t)}
          >
            {ELDER_TAG_LABELS[t]}
          </Choice>
        ))}
      </View>
      {onRemove ? (
        <BigButton kind='plain' id={`plan-${i}-remove`} onClick={onRemove}>
          删除这一条
        </BigButton>
      ) : null}
    </View>
  );
}
