/**
 * 困难户登记 — the community's staff (its helpers and dispatchers, the street's admins) record which
 * households are 低保 or 特困, so repairs at cost charge them less; the resident never claims it. Each
 * change is kept with who and when. Rooms only: no names or phones.
 *
 * Selectors (browser tests): `#households-page`; `.community-<id>` (when more than one); `#household-form`
 * (HouseholdForm); `.household` / `#household-<buildingId>-<room>` with `.household-tier`; `#households-more`;
 * `#household-done`; `.error-message[data-code]`.
 */
import { Text } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { BigButton, Card, Choices, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { TIER_LABELS } from '@/domain/money/household';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { useKeptCommunities } from '@/hooks/useKeptCommunities';
import { call, formatDateTime } from '@/services';
import { HouseholdForm, type TierRequest } from './HouseholdForm';
import '@/admin/components/admin.scss';

export default function HouseholdsPage() {
  // The communities this person keeps: all for an admin or a street dispatcher, else their community grants.
  const { communities, ready } = useKeptCommunities();
  const [chosen, setChosen] = useState<string>();
  const community = communities.find((c) => c.communityId === chosen) ?? communities[0];
  const communityId = community?.communityId;
  const load = useCallback(
    (page: number) =>
      communityId
        ? call('bank', { action: 'households' as const, communityId, page })
        : Promise.resolve({ ok: true as const, data: { items: [], page, hasMore: false } }),
    [communityId],
  );
  const { list, reload, more } = usePaged(load, { keyOf: (h) => h.householdId });
  useRefresh(reload);
  const { busy, error, done, act } = useAct();
  const save = async (r: TierRequest) => {
    const saved = await act(() => call('bank', { action: 'set_household_tier', ...r }), `已登记为${TIER_LABELS[r.tier]}`, { toast: false });
    if (saved.ok) await reload();
  };
  const buildings = community?.estates.flatMap((e) => e.buildings.map((b) => ({ ...b, name: `${e.name} ${b.name}` }))) ?? [];
  const names = Object.fromEntries(communities.map((c) => [c.communityId, c.name]));
  return (
    <PageRoot id='households-page' desk heading='困难户登记'>
      <RefreshButton id='households-refresh' onRefresh={reload} />
      <Notice kind='info'>
        低保户维修只付材料费，特困户免费，差额由社区公益基金承担。类别由社区工作人员核实登记，居民看不到类别，只看到需支付的金额。
      </Notice>
      {!ready ? <Loading /> : null}
      {ready && communities.length === 0 ? <Notice kind='info'>您没有负责的社区。</Notice> : null}
      {communities.length > 1 && communityId ? (
        <Choices options={names} value={communityId} prefix='community' label='社区' onChange={setChosen} />
      ) : null}
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind='success' id='household-done'>
          {done}
        </Notice>
      ) : null}
      {community ? <HouseholdForm buildings={buildings} busy={busy} onSave={(r) => void save(r)} /> : null}
      {list.status !== 'ready' && list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 && community ? <Notice kind='info'>这个社区还没有登记困难户。</Notice> : null}
      {list.items.map((h) => (
        <Card
          key={h.householdId}
          title={`${h.buildingName} ${h.room}`}
          className='household'
          id={`household-${h.householdId.replace(':', '-')}`}
        >
          <Text className='household-tier'>{TIER_LABELS[h.tier]}</Text>
          <Text className='meta'>{h.note}</Text>
          <Text className='meta'>{`${h.byName} 登记于 ${formatDateTime(h.at)}`}</Text>
        </Card>
      ))}
      {list.hasMore ? (
        <BigButton kind='plain' id='households-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
    </PageRoot>
  );
}
