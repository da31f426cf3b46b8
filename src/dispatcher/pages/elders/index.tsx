/**
 * 巡访看板 — the community's elders (巡访对象) for its staff (helpers, dispatchers, the street's admins):
 * overdue first, each with days since the last contact and the next due day, in words as well as colour;
 * filtered by one tag and one named volunteer. 登记老人 opens the registry form, 表格导入 the import.
 * A table at desk width (1366×768), cards on a phone.
 *
 * Selectors (browser tests): `#elders-page`; `.community-<id>`; `.elder-tag-<tag|all>`;
 * `.elder-volunteer-<key|all>`; `#elders-board` (BoardTable); `#elders-add`; `#elders-import`;
 * `#elders-more`; `#elders-empty`; `.error-message[data-code]`.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { BigButton, Choices, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { ELDER_TAG_LABELS, type ElderTag } from '@/domain/visit/elder';
import { useKeptCommunities } from '@/hooks/useKeptCommunities';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { useWide } from '@/hooks/useWide';
import { call } from '@/services';
import { BoardTable, type BoardItem } from './BoardTable';
import './index.scss';

const TAGS = { all: '全部', ...ELDER_TAG_LABELS } as Record<'all' | ElderTag, string>;

export default function EldersBoardPage() {
  const wide = useWide();
  const { communities, ready } = useKeptCommunities();
  const [chosen, setChosen] = useState<string>();
  const community = communities.find((c) => c.communityId === chosen) ?? communities[0];
  const communityId = community?.communityId;
  const [tag, setTag] = useState<'all' | ElderTag>('all');
  const [volunteer, setVolunteer] = useState('all');
  const [volunteers, setVolunteers] = useState<Record<string, string>>({});
  useEffect(() => {
    setVolunteer('all');
    setVolunteers({});
  }, [communityId]);

  const load = useCallback(
    async (page: number) => {
      if (!communityId) return { ok: true as const, data: { items: [] as BoardItem[], page, hasMore: false } };
      const r = await call('visit', {
        action: 'elders' as const,
        communityId,
        page,
        ...(tag !== 'all' ? { tag } : {}),
        ...(volunteer !== 'all' ? { volunteerKey: volunteer } : {}),
      });
      if (r.ok && r.data.volunteers && volunteer === 'all')
        setVolunteers(Object.fromEntries(r.data.volunteers.map((v) => [v.key, v.name])));
      return r;
    },
    [communityId, tag, volunteer],
  );
  const { list, reload, more } = usePaged(load, { keyOf: (e) => e.elderId });
  useRefresh(reload);
  const open = (id: string) => void Taro.navigateTo({ url: `/dispatcher/pages/elder/index?elderId=${id}` });
  const add = () => communityId && void Taro.navigateTo({ url: `/dispatcher/pages/elder/index?communityId=${communityId}` });
  const importSheet = () =>
    communityId && void Taro.navigateTo({ url: `/dispatcher/pages/elders-import/index?communityId=${communityId}` });
  const names = Object.fromEntries(communities.map((c) => [c.communityId, c.name]));
  const overdue = list.items.filter((e) => e.due.state === 'overdue').length;

  return (
    <PageRoot id='elders-page' desk heading='巡访看板'>
      <RefreshButton id='elders-refresh' onRefresh={reload} />
      {!ready ? <Loading /> : null}
      {ready && communities.length === 0 ? <Notice kind='info'>您没有负责的社区。</Notice> : null}
      {communities.length > 1 && communityId ? (
        <Choices options={names} value={communityId} prefix='community' label='社区' onChange={setChosen} />
      ) : null}
      {community ? (
        <View className='elders-actions'>
          <BigButton id='elders-add' onClick={add}>
            登记老人
          </BigButton>
          <BigButton id='elders-import' kind='secondary' onClick={importSheet}>
            表格导入
          </BigButton>
        </View>
      ) : null}
      {community ? (
        <View className='elders-filters'>
          <Text className='field-label'>按标签</Text>
          <Choices options={TAGS} value={tag} prefix='elder-tag' label='按标签' onChange={setTag} />
          <Text className='field-label'>按联系志愿者</Text>
          <Choices
            options={{ all: '全部', ...volunteers }}
            value={volunteer}
            prefix='elder-volunteer'
            label='按联系志愿者'
            onChange={setVolunteer}
          />
        </View>
      ) : null}
      {list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <Text className='elders-summary' id='elders-summary'>
          {overdue ? `逾期排在最前：已显示的老人中有 ${overdue} 位已逾期，请尽快联系。` : '已显示的老人都未逾期。'}
        </Text>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 && community ? (
        <Notice kind='info' id='elders-empty'>
          没有符合条件的老人。
        </Notice>
      ) : null}
      <BoardTable items={list.items} wide={wide} onOpen={open} />
      {list.hasMore ? (
        <BigButton kind='plain' id='elders-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
    </PageRoot>
  );
}
