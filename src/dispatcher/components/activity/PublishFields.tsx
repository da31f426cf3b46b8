// The publish form's fields: what (title, content, services as chips from the menu), where (community,
// address), when (day, start, end), who (quota, skills), the sign-up deadline and the points.
import { Text, View } from '@tarojs/components';
import { Choice, ChoiceGroup, Choices, DateChoice, FormInput } from '@/components';
import { CATEGORIES, SERVICE_MENU, SPECIALTIES, SPECIALTY_LABELS } from '@/domain/menu';
import { describeDate } from '@/services';
import { SIGNUP_DAY_LABELS, type PublishForm, type PublishIssues } from './publishModel';
import { inputProps, PublishField } from './PublishField';
import type { CommunityOption } from './useOrganiserCommunities';

interface Props {
  form: PublishForm;
  issues: PublishIssues;
  communities: CommunityOption[];
  set: <K extends keyof PublishForm>(key: K, value: PublishForm[K]) => void;
}

const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

function Chips<K extends string>({
  keys,
  labels,
  value,
  prefix,
  label,
  onChange,
}: {
  keys: readonly K[];
  labels: Record<K, string>;
  value: K[];
  prefix: string;
  label: string;
  onChange: (v: K[]) => void;
}) {
  return (
    <ChoiceGroup className='choices' label={label} multi>
      {keys.map((k) => (
        <Choice
          key={k}
          multi
          checked={value.includes(k)}
          className={`option choice ${prefix}-${k}${value.includes(k) ? ' option--on choice--on' : ''}`}
          onChoose={() => onChange(toggle(value, k))}
        >
          <Text>{labels[k]}</Text>
        </Choice>
      ))}
    </ChoiceGroup>
  );
}

const SERVICE_LABELS = Object.fromEntries(CATEGORIES.map((c) => [c, SERVICE_MENU[c].label])) as Record<(typeof CATEGORIES)[number], string>;

/** Ids: `#publish-title`, `#publish-content`, `.service-<category>`, `.community-<id>`, `#publish-address`, `.date-<day>` / `#publish-date`, `#publish-start`, `#publish-end`, `#publish-quota`, `.skill-<specialty>`, `.signup-day-<0|1|2>`, `#publish-signup-time`, `#publish-points`. */
export function PublishFields({ form, issues, communities, set }: Props) {
  const text = (
    name: 'title' | 'content' | 'address' | 'start' | 'end' | 'quota' | 'points' | 'signUpTime',
    id: string,
    label: string,
    max: number,
    more: object = {},
  ) => (
    <FormInput
      id={id}
      {...inputProps(name, label, issues[name])}
      value={form[name]}
      maxlength={max}
      onInput={(v) => set(name, v)}
      {...more}
    />
  );
  const communityLabels = Object.fromEntries(communities.map((c) => [c.communityId, c.name]));
  return (
    <View>
      <PublishField name='title' label='活动名称' hint='如：周六广场免费理发' error={issues.title}>
        {text('title', 'publish-title', '活动名称', 30)}
      </PublishField>
      <PublishField name='content' label='活动内容' hint='做什么、给谁做、要带什么' error={issues.content}>
        {text('content', 'publish-content', '活动内容', 500, { multiline: true })}
      </PublishField>
      <PublishField name='services' label='提供哪些服务' error={issues.services}>
        <Chips
          keys={CATEGORIES}
          labels={SERVICE_LABELS}
          value={form.services}
          prefix='service'
          label='提供哪些服务'
          onChange={(v) => set('services', v)}
        />
      </PublishField>
      <PublishField name='communityId' label='社区' error={issues.communityId}>
        {communities.length > 0 ? (
          <Choices
            options={communityLabels}
            value={form.communityId}
            prefix='community'
            label='社区'
            onChange={(v) => set('communityId', v)}
          />
        ) : (
          <Text className='meta'>您还没有可以组织活动的社区，请联系街道管理员。</Text>
        )}
      </PublishField>
      <PublishField name='address' label='活动地点' hint='如：金鼎社区广场、文明实践站' error={issues.address}>
        {text('address', 'publish-address', '活动地点', 60)}
      </PublishField>
      <PublishField name='date' label={`哪天？（${describeDate(form.date)}）`} error={issues.date}>
        <DateChoice id='publish-date' value={form.date} label='哪天' onChange={(d) => set('date', d)} />
      </PublishField>
      <View className='row'>
        <PublishField name='start' label='开始时间' hint='如 09:00' error={issues.start}>
          {text('start', 'publish-start', '开始时间', 5)}
        </PublishField>
        <PublishField name='end' label='结束时间' hint='如 11:30' error={issues.end}>
          {text('end', 'publish-end', '结束时间', 5)}
        </PublishField>
      </View>
      <PublishField name='quota' label='需要志愿者（人）' hint='报满后再报名的进入候补' error={issues.quota}>
        {text('quota', 'publish-quota', '需要志愿者人数', 3, { kind: 'number' })}
      </PublishField>
      <PublishField name='skills' label='需要的特长（可不选）' hint='没有这些特长的志愿者也能报名' error={issues.skills}>
        <Chips
          keys={SPECIALTIES}
          labels={SPECIALTY_LABELS}
          value={form.skills}
          prefix='skill'
          label='需要的特长'
          onChange={(v) => set('skills', v)}
        />
      </PublishField>
      <PublishField name='signUpTime' label='报名截止' hint='截止后不能再报名，也不能再取消报名' error={issues.signUpTime}>
        <Choices
          options={SIGNUP_DAY_LABELS}
          value={String(form.signUpDaysBefore) as '0' | '1' | '2'}
          prefix='signup-day'
          label='报名截止是哪天'
          onChange={(v) => set('signUpDaysBefore', Number(v) as 0 | 1 | 2)}
        />
        {text('signUpTime', 'publish-signup-time', '报名截止时间', 5)}
      </PublishField>
      <PublishField name='points' label='每人积分' hint='结项时发给每位到场的志愿者，最多200' error={issues.points}>
        {text('points', 'publish-points', '每人积分', 3, { kind: 'number' })}
      </PublishField>
    </View>
  );
}
