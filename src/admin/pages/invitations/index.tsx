/**
 * 邀请工作人员 (admin) — make an invitation (role + scope), show its code and link once, share it in
 * WeChat; below, every invitation with its status (待接受 / 已接受 / 已撤回 / 已过期) and 撤回 with a reason.
 * At a desk (≥ 1024 px) the form is on the right of the list.
 *
 * Selectors (browser tests): `#invitations-page`; `#invite-form`: `.invite-role-<role>`, `.invite-kind-<kind>`,
 * `.invite-scope-<id>` (`.invite-scope-new-shop`), `#invite-shop-name`, `#invite-from`, `#invite-note`,
 * `.invite-days-<n>`, `#invite-create`, `#invite-form-error`; `#invite-created`: `#invite-qr`, `#invite-link`,
 * `#invite-copy`, `#invite-share` (weapp), `#invite-finish`; the list: `.invitation-item`
 * (`.invitation-status[data-status]`), `.invitation-revoke` → `#invitation-revoke-reason`,
 * `#invitation-revoke-button`; `#invitations-refresh`, `#invitations-more`, `#invitations-error`, `#go-people`.
 */
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { DeskLayoutOr } from '@/admin/components/DeskLayoutOr';
import { CreatedInvitation } from '@/admin/components/CreatedInvitation';
import { InvitationItem } from '@/admin/components/InvitationItem';
import { InviteForm, type Created } from '@/admin/components/InviteForm';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { call, shareTitle } from '@/services';
import './index.scss';

export default function InvitationsPage() {
  const load = useCallback((page: number) => call('people', { action: 'invitations' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (i) => i.invitationId });
  useRefresh(reload);
  const { busy, error, act } = useAct();
  const [created, setCreated] = useState<Created>();

  useShareAppMessage(() =>
    created
      ? { title: shareTitle(created.role, created.scopeName), path: `/${created.path}` }
      : { title: '码上办', path: '/pages/index/index' },
  );

  const onCreated = (c: Created) => {
    setCreated(c);
    void reload();
  };
  const revoke = async (invitationId: string, reason: string) => {
    const r = await act(() => call('people', { action: 'revoke_invitation' as const, invitationId, reason }), '已撤回邀请');
    if (r.ok || r.error.code.startsWith('INVITE.')) await reload();
  };

  const side = created ? (
    <CreatedInvitation created={created} onDone={() => setCreated(undefined)} />
  ) : (
    <InviteForm onCreated={onCreated} />
  );
  const listed = (
    <>
      <RefreshButton id='invitations-refresh' onRefresh={reload} />
      {error && (
        <Notice kind='error' code={error.code} id='invitations-error'>
          {error.message}
        </Notice>
      )}
      {list.status === 'loading' && <Loading />}
      {list.error && (
        <Notice kind='error' code={list.error.code} id='invitations-error'>
          {list.error.message}
        </Notice>
      )}
      {list.status === 'ready' && list.items.length === 0 && <Notice>还没有发出过邀请。</Notice>}
      {list.items.map((item) => (
        <InvitationItem key={item.invitationId} item={item} busy={busy} onRevoke={(reason) => void revoke(item.invitationId, reason)} />
      ))}
      {list.hasMore && (
        <BigButton kind='plain' id='invitations-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      )}
      <BigButton kind='plain' id='go-people' onClick={() => void Taro.redirectTo({ url: '/admin/pages/people/index' })}>
        人员与权限、授权记录
      </BigButton>
    </>
  );
  return (
    <PageRoot id='invitations-page' desk heading='邀请工作人员'>
      <DeskLayoutOr first={side} list={listed} />
    </PageRoot>
  );
}
