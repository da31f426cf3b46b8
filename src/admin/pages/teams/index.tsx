/**
 * 队伍 — the teams tree ("1+(20+27)+N+X"): 总队 → 支队 → 专业队伍 → 社区队伍 → 社团, each under its parent,
 * with specialties, communities, masked leaders, member count and whether it is active. Admins switch
 * a team off or on (after a confirmation); dispatchers read (a community dispatcher: the teams
 * covering their communities).
 *
 * Selectors (browser tests):
 * - `#teams-admin-page`; `#teams-refresh`; `.error-message[data-code]`; success `.notice--success`
 * - the tree (components/TeamTree): `#team-tree`, `#tree-team-<id>` (`data-depth`, `data-active`), `.tree-team-name`,
 *   `.tree-team-kind`, `.team-fact`, `#toggle-<id>`
 * - `#toggle-dialog` (`#toggle-confirm`, `#toggle-keep`)
 */
import { Text } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { Dialog, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { TeamTree, type TeamNode } from '@/admin/components/TeamTree';
import { useAct } from '@/hooks/useAct';
import { useRefresh } from '@/hooks/useRefresh';
import { useRemote } from '@/hooks/useRemote';
import { useWhoami } from '@/hooks/useWhoami';
import { call } from '@/services';
import '@/admin/components/admin.scss';

export default function TeamsAdminPage() {
  const load = useCallback(() => call('admin', { action: 'teams' as const }), []);
  const { state, reload } = useRemote(load);
  useRefresh(reload);
  const who = useWhoami().state;
  const isAdmin = who.status === 'ready' && who.data.roles.includes('admin');
  const { busy, error, done, act } = useAct();
  const [asking, setAsking] = useState<TeamNode>();
  const toggle = async (t: TeamNode) => {
    const r = await act(
      () => call('admin', { action: 'team_active', teamId: t.teamId, active: !t.active }),
      `${t.name}已${t.active ? '停用' : '启用'}`,
    );
    setAsking(undefined);
    if (r.ok) await reload();
  };
  return (
    <PageRoot id='teams-admin-page' desk heading='队伍'>
      <RefreshButton id='teams-refresh' onRefresh={reload} />
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? <Notice kind='success'>{done}</Notice> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? (
        <Notice kind='error' code={state.code}>
          {state.message}
        </Notice>
      ) : null}
      {state.status === 'ready' && state.data.teams.length === 0 ? <Notice kind='info'>您管理的范围里还没有队伍。</Notice> : null}
      {state.status === 'ready' ? (
        <TeamTree
          teams={state.data.teams}
          communityNames={Object.fromEntries(state.data.communities.map((c) => [c.communityId, c.name]))}
          onToggle={isAdmin ? setAsking : undefined}
          busy={busy}
        />
      ) : null}
      {asking ? (
        <Dialog
          id='toggle-dialog'
          title={`${asking.active ? '停用' : '启用'}「${asking.name}」？`}
          confirmId='toggle-confirm'
          cancelId='toggle-keep'
          confirmText={asking.active ? '确认停用' : '确认启用'}
          cancelText='不改了'
          danger={asking.active}
          busy={busy}
          onConfirm={() => void toggle(asking)}
          onCancel={() => setAsking(undefined)}
        >
          <Text className='body-text'>
            {asking.active
              ? '停用后，中心派单时不再推荐这支队伍，志愿者也不能再申请加入；已派给它的心愿照常办完。'
              : '启用后，这支队伍重新出现在派单推荐和志愿者的队伍列表里。'}
          </Text>
        </Dialog>
      ) : null}
    </PageRoot>
  );
}
