/**
 * 志愿者注册 — real name, phone, skills (specialties, multi-select), community, party member.
 * Checked with the RegisterInput schema, then `volunteer`/`register`; registering again updates it.
 * After success it goes to 我的服务队 to apply to a team.
 *
 * Selectors (browser tests):
 * - `#register-page`; `#reg-name`, `#reg-phone` (on H5 the field is `#reg-name input`), `#reg-skills` `.skill-chip[data-skill]` (`data-on`),
 *   `#reg-community` (picker, `data-value`), `#reg-party` (switch), `#reg-submit`
 * - `.field-error[data-field=name|phone|skills|communityId]`, `#reg-error` (`.error-message[data-code]`)
 * - `#reg-already` when already registered
 */
import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { BigButton, Card, FieldError, FormInput, Notice, PageRoot } from '@/components';
import { CommunityPicker } from '@/volunteer/components/CommunityPicker';
import { SkillPicker } from '@/volunteer/components/SkillPicker';
import { useProfile } from '@/volunteer/components/useProfile';
import { useRegisterForm } from '@/volunteer/components/useRegisterForm';

export default function RegisterPage() {
  const { fields, set, issues, failure, busy, submit } = useRegisterForm();
  const { profile } = useProfile();
  const registeredAs = profile.status === 'ready' && profile.data.registered ? (profile.data.name ?? '') : undefined;

  useEffect(() => {
    if (registeredAs && !fields.name) set('name', registeredAs);
    // Prefill once, when the profile arrives (not on every keystroke).
  }, [registeredAs]);

  const send = async () => {
    if (!(await submit())) return;
    void Taro.showToast({ title: '注册成功', icon: 'success' });
    void Taro.redirectTo({ url: '/volunteer/pages/teams/index' });
  };

  return (
    <PageRoot id='register-page'>
      {registeredAs !== undefined && (
        <Notice kind='info' id='reg-already'>
          您已注册为志愿者{registeredAs ? `（${registeredAs}）` : ''}，重新提交会更新您的信息。
        </Notice>
      )}
      {failure && (
        <Notice kind='error' code={failure.code} id='reg-error'>
          {failure.message}
        </Notice>
      )}
      <Card title='志愿者注册'>
        <Text className='field-label'>真实姓名</Text>
        <FormInput
          id='reg-name'
          label='真实姓名'
          invalid={!!issues.name}
          required
          value={fields.name}
          maxlength={20}
          placeholder='如：李明'
          onInput={(v) => set('name', v)}
        />
        <FieldError field='name' message={issues.name} />
        <Text className='field-label'>手机号码</Text>
        <FormInput
          id='reg-phone'
          label='手机号码'
          kind='phone'
          invalid={!!issues.phone}
          required
          value={fields.phone}
          maxlength={11}
          placeholder='11位手机号'
          onInput={(v) => set('phone', v)}
        />
        <FieldError field='phone' message={issues.phone} />
        <Text className='field-label'>我能提供的服务（可多选）</Text>
        <SkillPicker value={fields.skills} onChange={(s) => set('skills', s)} />
        <FieldError field='skills' message={issues.skills} />
        <Text className='field-label'>所在社区</Text>
        <CommunityPicker value={fields.communityId} onChange={(id) => set('communityId', id)} />
        <FieldError field='communityId' message={issues.communityId} />
        <View className='switch-row'>
          <Text className='field-label party-label'>我是党员</Text>
          <Switch id='reg-party' checked={fields.partyMember} color='#b71c1c' onChange={(e) => set('partyMember', e.detail.value)} />
        </View>
        <Text className='meta'>党员志愿者每年服务不少于25小时，服务时长会自动记录。</Text>
      </Card>
      <BigButton id='reg-submit' busy={busy} onClick={() => void send()}>
        {registeredAs !== undefined ? '更新我的信息' : '提交注册'}
      </BigButton>
    </PageRoot>
  );
}
