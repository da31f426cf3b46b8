/**
 * 场所 — the places tree: street → community (station, hotline, sponsor, service day, counts) → estates,
 * and one community's stairwells (searched by code or name, 20 a page). At a desk (≥ 1024 px) the
 * communities are on the left and the chosen one's stairwells on the right; on a phone choosing a
 * community shows its stairwells with 返回社区列表. Admins may retire a stairwell; dispatchers read.
 *
 * Selectors (browser tests):
 * - `#places-page`; `#places-refresh`; `.error-message[data-code]`
 * - the tree (components/PlaceTree): `#place-tree`, `#community-<id>` (`data-on`), `.community-fact`, `.tree-estate`
 * - the stairwells (components/StairwellList): `#stairwells`, `#stairwell-search`, `#stairwell-search-button`,
 *   `#stairwell-<code>` (`data-retired` on `.stairwell-row`), `#retire-<code>`, `#retire-dialog`, `#retire-confirm`,
 *   `#stairwells-more`, `#stairwells-empty`
 * - desk only: `#places-pick` before a community is chosen; phone only: `#places-back` (返回社区列表)
 */
import { useCallback, useState } from 'react';
import { BigButton, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { DeskLayout } from '@/components/DeskLayout';
import { PlaceTree, type CommunityNode } from '@/admin/components/PlaceTree';
import { StairwellList } from '@/admin/components/StairwellList';
import { useStairwells } from '@/admin/components/useStairwells';
import { useRefresh } from '@/hooks/useRefresh';
import { useRemote } from '@/hooks/useRemote';
import { useWhoami } from '@/hooks/useWhoami';
import { useWide } from '@/hooks/useWide';
import { call } from '@/services';
import '@/admin/components/admin.scss';

function Stairwells({ community, canRetire }: { community: CommunityNode; canRetire: boolean }) {
  const stairwells = useStairwells(community.communityId);
  return <StairwellList community={community} stairwells={stairwells} canRetire={canRetire} />;
}

export default function PlacesPage() {
  const load = useCallback(() => call('admin', { action: 'places' as const }), []);
  const { state, reload } = useRemote(load);
  useRefresh(reload);
  const wide = useWide();
  const who = useWhoami().state;
  const canRetire = who.status === 'ready' && who.data.roles.includes('admin');
  const [picked, setPicked] = useState<string>();
  const streets = state.status === 'ready' ? state.data.streets : [];
  const community = streets.flatMap((s) => s.communities).find((c) => c.communityId === picked);

  const tree = (
    <>
      <RefreshButton id='places-refresh' onRefresh={reload} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? (
        <Notice kind='error' code={state.code}>
          {state.message}
        </Notice>
      ) : null}
      {state.status === 'ready' && streets.length === 0 ? <Notice kind='info'>您管理的范围里还没有社区。</Notice> : null}
      <PlaceTree streets={streets} selectedId={picked} onPick={setPicked} />
    </>
  );
  const detail = community ? (
    <Stairwells key={community.communityId} community={community} canRetire={canRetire} />
  ) : (
    <Notice kind='info' id='places-pick'>
      请在左侧选择一个社区，在这里查看它的楼栋码。
    </Notice>
  );

  return (
    <PageRoot id='places-page' desk heading='场所'>
      {wide ? (
        <DeskLayout list={tree} detail={detail} />
      ) : community ? (
        <>
          <BigButton kind='plain' id='places-back' onClick={() => setPicked(undefined)}>
            返回社区列表
          </BigButton>
          {detail}
        </>
      ) : (
        tree
      )}
    </PageRoot>
  );
}
