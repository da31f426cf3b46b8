/**
 * 邀请 — a person opens an invitation (the link `?t=<token>`, or its mini-program code: `?scene=<token>`):
 * 「邀请您成为 金鼎社区 的 派单员」, who invites, until when, and a big 接受邀请. An invitation already used,
 * revoked or past its time says so in Chinese. Once accepted: what the person can now do, and a button
 * to go there. Sharing the page forwards the invitation (the token stays in the path).
 *
 * Selectors (browser tests): `#invite-page`; `#invite-card`, `#invite-title` (`data-status` open | accepted |
 * revoked | expired), `.invite-from`, `.invite-expires`, `#invite-accept`, `#invite-closed`
 * (`.error-message[data-code]`), `#invite-error` (`.error-message[data-code]`), `#invite-done`,
 * `#invite-can`, `#invite-go`, `#invite-missing` (no token in the link), `#invite-name` (H5: `#invite-name input`),
 * `#invite-name-issue`.
 */
import { Text } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Card, FieldError, FormInput, InfoRow, Loading, Notice, PageRoot } from '@/components';
import { PersonName } from '@/domain/schemas/common';
import type { ScopedRole } from '@/domain/org/grants';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import {
  call,
  formatDateTime,
  INVITATION_REFUSAL,
  inviteTitle,
  messageFor,
  ROLE_POWERS,
  shareTitle,
  tokenFromQuery,
  whoami,
} from '@/services';
import './index.scss';

function Accepted({ role, scopeName }: { role: ScopedRole; scopeName: string }) {
  const power = ROLE_POWERS[role];
  return (
    <Card title='您已接受邀请' id='invite-done'>
      <Text className='invite-title'>{inviteTitle(role, scopeName).replace('邀请您成为', '您现在是')}</Text>
      <Text className='invite-can' id='invite-can'>
        现在您可以：{power.can}
      </Text>
      <BigButton id='invite-go' onClick={() => void Taro.reLaunch({ url: power.url })}>
        {power.go}
      </BigButton>
    </Card>
  );
}

export default function InvitePage() {
  const { params } = useRouter();
  const token = tokenFromQuery(params);
  const load = useCallback(() => call('people', { action: 'preview' as const, token: token! }), [token]);
  const { state } = useRemote(token ? load : undefined);
  const { busy, error, act } = useAct();
  const [accepted, setAccepted] = useState<{ role: ScopedRole; scopeName: string }>();
  const [name, setName] = useState('');
  const [nameIssue, setNameIssue] = useState<string>();

  useShareAppMessage(() => ({
    title: state.status === 'ready' ? shareTitle(state.data.role, state.data.scope.name) : '码上办邀请',
    path: token ? `/pages/invite/index?t=${token}` : '/pages/index/index',
  }));

  const accept = async () => {
    const typed = name.trim() ? PersonName.safeParse(name) : undefined;
    setNameIssue(typed && !typed.success ? typed.error.issues[0]?.message : undefined);
    if (typed && !typed.success) return;
    const event = { action: 'accept' as const, token: token!, ...(typed?.success ? { name: typed.data } : {}) };
    const r = await act(() => call('people', event), '已接受邀请', { toast: false });
    if (r.ok) {
      setAccepted({ role: r.data.role, scopeName: r.data.scope.name });
      await whoami(true); // the home page's entries follow the new role
    }
  };

  if (!token)
    return (
      <PageRoot id='invite-page' heading='邀请'>
        <Notice kind='error' code='INVITE.NOT_FOUND' id='invite-missing'>
          {messageFor('INVITE.NOT_FOUND')}
        </Notice>
      </PageRoot>
    );
  return (
    <PageRoot id='invite-page' heading='邀请'>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Notice kind='error' code={state.code} id='invite-error'>
          {state.message}
        </Notice>
      )}
      {accepted ? (
        <Accepted {...accepted} />
      ) : (
        state.status === 'ready' && (
          <Card id='invite-card'>
            <Text className='invite-title' id='invite-title' data-status={state.data.status}>
              {inviteTitle(state.data.role, state.data.scope.name)}
            </Text>
            <InfoRow label='邀请人' value={state.data.from} className='invite-from' />
            <InfoRow label='有效期至' value={formatDateTime(state.data.expiresAt)} className='invite-expires' />
            {INVITATION_REFUSAL[state.data.status] ? (
              <Notice kind='error' code={INVITATION_REFUSAL[state.data.status]} id='invite-closed'>
                {messageFor(INVITATION_REFUSAL[state.data.status]!)}
              </Notice>
            ) : (
              <>
                <Text className='invite-can'>接受后您可以：{ROLE_POWERS[state.data.role].can}</Text>
                <Text className='section-title' id='invite-name-label'>
                  您的姓名（选填，管理员会看到）
                </Text>
                <FormInput
                  id='invite-name'
                  label='您的姓名'
                  labelId='invite-name-label'
                  describedBy={['invite-name-issue']}
                  invalid={!!nameIssue}
                  value={name}
                  maxlength={20}
                  placeholder='如：陈静'
                  onInput={setName}
                />
                <FieldError id='invite-name-issue' field='name' message={nameIssue} />
                {error && (
                  <Notice kind='error' code={error.code} id='invite-error'>
                    {error.message}
                  </Notice>
                )}
                <BigButton id='invite-accept' busy={busy} onClick={() => void accept()}>
                  接受邀请
                </BigButton>
              </>
            )}
          </Card>
        )
      )}
    </PageRoot>
  );
}
