// 登记 / 修改巡访对象: the stairwell and room, name, birth year, tags, the elder's phone (none is fine), the
// guardian, the named volunteer (or the community's team), and the consent (how and when). Checked by
// the action's schema before it is sent; the server checks age, the stairwell and the consent day again.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Choice, ChoiceGroup, Choices, FieldError, FormInput } from '@/components';
import { ROOM_ASK } from '@/domain/schemas/common';
import { SaveElderInput } from '@/domain/schemas/elders';
import { CONSENT_WAY_LABELS, CONSENT_WAYS, ELDER_TAG_LABELS, ELDER_TAGS, type ConsentWay, type ElderTag } from '@/domain/visit/elder';

export interface ElderDraft {
  buildingId: string;
  room: string;
  name: string;
  birthYear: string;
  tags: ElderTag[];
  phone: string;
  guardianName: string;
  guardianPhone: string;
  guardianRelation: string;
  volunteerKey: string;
  consentWay: ConsentWay;
  consentDate: string;
  consentNote: string;
}

interface Props {
  draft: ElderDraft;
  buildings: ReadonlyArray<{ buildingId: string; name: string; fixes?: 'unit' | 'building' }>;
  volunteers: Record<string, string>;
  busy: boolean;
  /** The server's field problems of the last save (age, the stairwell, the consent day), by path. */
  issues?: Record<string, string>;
  /** The event's fields without action, ids and version (the page adds those). */
  onSave: (fields: Record<string, unknown>) => void;
}

const WAYS = Object.fromEntries(CONSENT_WAYS.map((w) => [w, CONSENT_WAY_LABELS[w]])) as Record<ConsentWay, string>;

/** The event's fields from the draft: blanks left out. */
export function fieldsOf(d: ElderDraft): Record<string, unknown> {
  const guardian = d.guardianName.trim() || d.guardianPhone.trim();
  return {
    buildingId: d.buildingId,
    room: d.room.trim(),
    name: d.name.trim(),
    birthYear: Number(d.birthYear),
    tags: d.tags,
    ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
    ...(guardian
      ? {
          guardian: {
            name: d.guardianName.trim(),
            phone: d.guardianPhone.trim(),
            ...(d.guardianRelation.trim() ? { relation: d.guardianRelation.trim() } : {}),
          },
        }
      : {}),
    ...(d.volunteerKey ? { volunteerKey: d.volunteerKey } : {}),
    consent: { way: d.consentWay, date: d.consentDate.trim(), ...(d.consentNote.trim() ? { note: d.consentNote.trim() } : {}) },
  };
}

/** `#elder-form`: `.stairwell-<id>`, `#elder-room`, `#elder-name`, `#elder-year`, `.elder-tag-<tag>`, `#elder-phone`,
 * `#elder-guardian-name`, `#elder-guardian-phone`, `#elder-guardian-relation`, `.elder-volunteer-<key|none>`,
 * `.consent-way-<way>`, `#elder-consent-date`, `#elder-consent-note`, `#elder-save`; `.field-error[data-field]`. */
export function ElderForm({ draft, buildings, volunteers, busy, issues, onSave }: Props) {
  const [d, setD] = useState(draft);
  const [mine, setErrors] = useState<Record<string, string>>({});
  const errors = { ...issues, ...mine };
  const set =
    <K extends keyof ElderDraft>(k: K) =>
    (v: ElderDraft[K]) =>
      setD((x) => ({ ...x, [k]: v }));
  const ask = ROOM_ASK[buildings.find((b) => b.buildingId === d.buildingId)?.fixes ?? 'unknown'];
  const toggle = (t: ElderTag) => set('tags')(d.tags.includes(t) ? d.tags.filter((x) => x !== t) : [...d.tags, t]);

  const save = () => {
    const fields = fieldsOf(d);
    const parsed = SaveElderInput.safeParse({ action: 'save_elder', communityId: 'c', requestId: 'req_form_check', ...fields });
    const found: Record<string, string> = parsed.success
      ? {}
      : Object.fromEntries([...parsed.error.issues].reverse().map((i) => [i.path.join('.'), i.message]));
    if (!found.room && !ask.pattern.test(String(fields.room))) found.room = ask.message;
    if (!d.birthYear.trim()) found.birthYear = '请填写出生年份';
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(fields);
  };

  const input = (
    key: keyof ElderDraft,
    id: string,
    label: string,
    field: string,
    opts: { max: number; kind?: 'phone' | 'number'; placeholder?: string },
  ) => (
    <View className='elder-field'>
      <Text className='field-label' id={`${id}-label`}>
        {label}
      </Text>
      <FormInput
        id={id}
        label={label}
        labelId={`${id}-label`}
        value={String(d[key])}
        maxlength={opts.max}
        kind={opts.kind}
        placeholder={opts.placeholder}
        invalid={!!errors[field]}
        describedBy={errors[field] ? [`${id}-error`] : undefined}
        onInput={(v) => set(key)(v as never)}
      />
      {errors[field] ? <FieldError field={field} id={`${id}-error`} message={errors[field]} /> : null}
    </View>
  );

  return (
    <Card title='巡访对象信息' id='elder-form'>
      <Text className='field-label'>楼栋</Text>
      <Choices
        options={Object.fromEntries(buildings.map((b) => [b.buildingId, b.name]))}
        value={d.buildingId}
        prefix='stairwell'
        label='楼栋'
        onChange={set('buildingId')}
      />
      {errors.buildingId ? <FieldError field='buildingId' id='elder-building-error' message={errors.buildingId} /> : null}
      {input('room', 'elder-room', `门牌（${ask.hint}）`, 'room', { max: 12, placeholder: ask.placeholder })}
      {input('name', 'elder-name', '姓名', 'name', { max: 20, placeholder: '如：张桂兰' })}
      {input('birthYear', 'elder-year', '出生年份（须年满60周岁）', 'birthYear', { max: 4, kind: 'number', placeholder: '如：1948' })}
      <Text className='field-label'>标签（可多选）</Text>
      <ChoiceGroup label='标签' multi className='choices'>
        {ELDER_TAGS.map((t) => (
          <Choice
            key={t}
            multi
            checked={d.tags.includes(t)}
            className={`option choice elder-tag-${t}${d.tags.includes(t) ? ' option--on choice--on' : ''}`}
            onChoose={() => toggle(t)}
          >
            <Text>{ELDER_TAG_LABELS[t]}</Text>
          </Choice>
        ))}
      </ChoiceGroup>
      {input('phone', 'elder-phone', '本人电话（没有可不填，座机请带区号）', 'phone', {
        max: 20,
        kind: 'phone',
        placeholder: '如：0871-63125566',
      })}
      {input('guardianName', 'elder-guardian-name', '监护人姓名（可不填）', 'guardian.name', { max: 20 })}
      {input('guardianPhone', 'elder-guardian-phone', '监护人电话', 'guardian.phone', { max: 20, kind: 'phone' })}
      {input('guardianRelation', 'elder-guardian-relation', '与老人关系（如：儿子）', 'guardian.relation', { max: 10 })}
      <Text className='field-label'>联系志愿者（定点到人）</Text>
      <Choices
        options={{ none: '社区队伍（不指定）', ...volunteers }}
        value={d.volunteerKey || 'none'}
        prefix='elder-volunteer'
        label='联系志愿者'
        onChange={(k) => set('volunteerKey')(k === 'none' ? '' : k)}
      />
      <Text className='field-label'>同意方式（须征得老人或监护人同意）</Text>
      <Choices options={WAYS} value={d.consentWay} prefix='consent-way' label='同意方式' onChange={set('consentWay')} />
      {errors.guardian ? <FieldError field='guardian' id='elder-guardian-error' message={errors.guardian} /> : null}
      {input('consentDate', 'elder-consent-date', '同意日期', 'consent.date', { max: 10, placeholder: '如：2026-03-01' })}
      {input('consentNote', 'elder-consent-note', '备注（可不填，如：同意书存社区）', 'consent.note', { max: 40 })}
      <BigButton id='elder-save' busy={busy} onClick={save}>
        保存
      </BigButton>
    </Card>
  );
}
