/**
 * 我的服务队 — every volunteer team, 申请加入 for those I am not in (the leader approves), and
 * for teams I lead: member counts and pending applications with 批准.
 *
 * Selectors (browser tests):
 * - `#teams-page`; `.team-card` / `#team-<teamId>` (`data-status` none | pending | active), `.team-name`,
 *   `.join-button` / `#join-<teamId>`, `.team-standing`
 * - `.leader-panel` / `#leader-<teamId>`: `.pending-member` / `#pending-<membershipId>`, `#approve-<membershipId>`
 * - `#teams-refresh` (also pull-to-refresh and coming back to the page: the teams and the leader's panel),
 *   `#teams-more`, `#teams-error` (`.error-message[data-code]`), `#go-register`, `#go-hall`
 */
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { call } from '@/services';
import { goHall } from '@/volunteer/components/goHall';
import { LeaderPanel } from '@/volunteer/components/LeaderPanel';
import { LoadFailure } from '@/volunteer/components/LoadFailure';
import { TeamCard, type TeamItem } from '@/volunteer/components/TeamCard';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { useProfile } from '@/volunteer/components/useProfile';

export default function TeamsPage() {
  const load = useCallback((page: number) => call('volunteer', { action: 'teams' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (t) => t.teamId });
  const { profile } = useProfile();
  const { busy, error, act } = useAct();
  // A new key remounts each leader's panel, which then reads its members and orders afresh.
  const [round, setRound] = useState(0);
  const refresh = useCallback(async () => {
    setRound((r) => r + 1);
    await reload();
  }, [reload]);
  useRefresh(refresh);

  const led = profile.status === 'ready' ? profile.data.teams.filter((t) => t.role === 'leader' && t.status === 'active') : [];
  const join = async (team: TeamItem) => {
    const r = await act(() => call('volunteer', { action: 'join' as const, teamId: team.teamId }), '已申请，等待队长批准');
    if (r.ok || r.error.code === 'TEAM.ALREADY_MEMBER') await reload();
  };

  return (
    <PageRoot id='teams-page'>
      {error && (
        <Notice kind='error' code={error.code} id='teams-error'>
          {error.message}
        </Notice>
      )}
      {error?.code === 'VOLUNTEER.NOT_REGISTERED' && (
        <BigButton id='go-register' onClick={() => void Taro.navigateTo({ url: '/volunteer/pages/register/index' })}>
          先注册成为志愿者
        </BigButton>
      )}
      <RefreshButton id='teams-refresh' onRefresh={refresh} />
      {led.map((t) => (
        <LeaderPanel key={`${t.teamId}-${round}`} teamId={t.teamId} name={t.name} />
      ))}
      <Text className='section-title'>志愿服务队</Text>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && list.error && <LoadFailure {...list.error} onRetry={() => void reload()} />}
      {list.items.map((team) => (
        <TeamCard
          key={team.teamId}
          team={team}
          leader={led.some((t) => t.teamId === team.teamId)}
          busy={busy}
          onJoin={(t) => void join(t)}
        />
      ))}
      {list.status === 'ready' && list.error && (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      )}
      {list.hasMore && (
        <BigButton kind='plain' id='teams-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      )}
      <BigButton kind='plain' id='go-hall' onClick={goHall}>
        去接单大厅
      </BigButton>
    </PageRoot>
  );
}
