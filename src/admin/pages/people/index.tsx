/**
 * 人员与权限 (admin) — 人员: everyone holding a scoped role (name from their volunteer registration, phone
 * masked), each grant with 撤销 and a reason; 授权记录: every invitation, acceptance and revocation,
 * newest first (who, whom, what, when, why). 邀请工作人员 opens the invitations page.
 *
 * Selectors (browser tests): `#people-page`; `.people-tab-people`, `.people-tab-audit` (`.choice--on`);
 * `.person-card` / `#person-<personId>`, `.person-phone`, `.grant-row` / `#grant-<personId>-<role>-<kind>-<id>`
 * (`-<role>-all` for a role without a scope), `.grant-revoke` → `#grant-revoke-reason`, `#grant-revoke-button`;
 * `.audit-item` (`.audit-what[data-what]`); `#people-refresh`, `#people-more`, `#people-error`, `#go-invite`.
 */
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Choices, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { AuditItem } from '@/admin/components/AuditItem';
import { PersonCard, type Revoke } from '@/admin/components/PersonCard';
import { useAct } from '@/hooks/useAct';
import { usePaged, type Paged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { call } from '@/services';
import './index.scss';

const TABS = { people: '人员', audit: '授权记录' } as const;
type Tab = keyof typeof TABS;

function ListEnd<T>({ list, more, empty }: { list: Paged<T>; more: () => Promise<void>; empty: string }) {
  return (
    <>
      {list.status === 'loading' && <Loading />}
      {list.error && (
        <Notice kind='error' code={list.error.code} id='people-error'>
          {list.error.message}
        </Notice>
      )}
      {list.status === 'ready' && list.items.length === 0 && <Notice>{empty}</Notice>}
      {list.hasMore && (
        <BigButton kind='plain' id='people-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      )}
    </>
  );
}

function People() {
  const load = useCallback((page: number) => call('people', { action: 'people' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (p) => p.personId });
  useRefresh(reload);
  const { busy, error, act } = useAct();
  const revoke = async (personId: string, r: Revoke) => {
    const res = await act(() => call('people', { action: 'revoke_grant' as const, personId, ...r }), '已撤销');
    if (res.ok || res.error.code === 'GRANT.NOT_FOUND') await reload();
  };
  return (
    <>
      <RefreshButton id='people-refresh' onRefresh={reload} />
      {error && (
        <Notice kind='error' code={error.code} id='people-error'>
          {error.message}
        </Notice>
      )}
      {list.items.map((p) => (
        <PersonCard key={p.personId} person={p} busy={busy} onRevoke={(r) => void revoke(p.personId, r)} />
      ))}
      <ListEnd list={list} more={more} empty='还没有人持有工作人员权限。' />
    </>
  );
}

function Audit() {
  const load = useCallback((page: number) => call('people', { action: 'audit' as const, page }), []);
  const { list, reload, more } = usePaged(load);
  useRefresh(reload);
  return (
    <>
      <RefreshButton id='people-refresh' onRefresh={reload} />
      {list.items.map((e, i) => (
        <AuditItem key={`${e.at}-${i}`} entry={e} />
      ))}
      <ListEnd list={list} more={more} empty='还没有授权记录。' />
    </>
  );
}

export default function PeoplePage() {
  const [tab, setTab] = useState<Tab>('people');
  return (
    <PageRoot id='people-page' desk heading='人员与权限'>
      <BigButton id='go-invite' onClick={() => void Taro.navigateTo({ url: '/admin/pages/invitations/index' })}>
        邀请工作人员
      </BigButton>
      <Choices options={TABS} value={tab} prefix='people-tab' label='查看' onChange={setTab} />
      {tab === 'people' ? <People /> : <Audit />}
    </PageRoot>
  );
}
