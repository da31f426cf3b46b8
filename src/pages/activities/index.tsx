/**
 * 社区活动 — for residents (large text): what is coming in their community (「周六上午在社区广场：免费理发」),
 * with a big 「我会去」 they can tap again to take back, and how many neighbours said they will come. No
 * personal data. The community comes from the stairwell scanned on the landing page (`?communityId=`),
 * else the one chosen here last time, else the resident chooses it.
 *
 * Selectors (browser tests): `#resident-activities-page`; `#activities-community` (`data-community`);
 * `#change-community`; `.community-<id>` (the choice); `.upcoming-item` / `#upcoming-<id>` (`.upcoming-count`
 * `data-count`, `#will-come-<id>` `aria-pressed`/`data-on`); `#upcoming-empty`; `#upcoming-more`; `.error-message[data-code]`.
 */
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Card, Choices, Loading, Notice, PageRoot, RetryNotice } from '@/components';
import { usePlaces } from '@/hooks/useHotline';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { messageFor } from '@/services';
import { upcomingActivities, willCome, type UpcomingItem } from '@/services/activities';
import { servicesText, timeRange } from '@/services/activityText';
import './index.scss';

const KEY = 'msb.activities.community';

function remembered(): string {
  try {
    return String(Taro.getStorageSync(KEY) || '');
  } catch {
    return '';
  }
}

function Item({ item, onToggle, busy }: { item: UpcomingItem; onToggle: () => void; busy: boolean }) {
  return (
    <Card className='upcoming-item' id={`upcoming-${item.id}`}>
      <Text className='upcoming-title'>{item.title}</Text>
      <Text className='upcoming-when'>{timeRange(item.startAt, item.endAt)}</Text>
      <Text className='upcoming-where'>{`地点：${item.address}`}</Text>
      <Text className='upcoming-what'>{`服务：${servicesText(item.services)}`}</Text>
      <Text className='upcoming-content'>{item.content}</Text>
      <Text className='upcoming-count' data-count={item.willCome}>{`已有 ${item.willCome} 位居民说会去`}</Text>
      <BigButton
        kind={item.coming ? 'secondary' : 'primary'}
        id={`will-come-${item.id}`}
        className={item.coming ? 'will-come--on' : ''}
        busy={busy}
        onClick={onToggle}
      >
        {item.coming ? '✓ 我会去（再点一下取消）' : '我会去'}
      </BigButton>
    </Card>
  );
}

export default function ResidentActivitiesPage() {
  const given = useRouter().params.communityId || '';
  const [community, setCommunity] = useState(given || remembered());
  const [choosing, setChoosing] = useState(false);
  const places = usePlaces();
  const [busyId, setBusyId] = useState<string>();
  const [error, setError] = useState<{ code: string; message: string }>();
  const [counts, setCounts] = useState<Record<string, { willCome: number; coming: boolean }>>({});
  // No community yet: nothing is asked until the resident chooses one.
  const load = useCallback(
    (page: number) =>
      community ? upcomingActivities(community, page) : Promise.resolve({ ok: true as const, data: { items: [], page, hasMore: false } }),
    [community],
  );
  const { list, reload, more } = usePaged(load, { keyOf: (a) => a.id });
  useRefresh(reload);
  const name = places?.communities.find((c) => c.communityId === community)?.name;
  const choose = (id: string) => {
    setCommunity(id);
    setChoosing(false);
    setCounts({});
    try {
      Taro.setStorageSync(KEY, id);
    } catch {
      // not remembered: asked again next time
    }
  };
  const toggle = async (item: UpcomingItem) => {
    setBusyId(item.id);
    const r = await willCome(item.id, !item.coming);
    setBusyId(undefined);
    if (r.ok) {
      setError(undefined);
      setCounts((c) => ({ ...c, [item.id]: { willCome: r.data.willCome, coming: r.data.coming } }));
      void Taro.showToast({ title: r.data.coming ? '好的，到时见！' : '已取消', icon: 'none' });
    } else setError({ code: r.error.code, message: messageFor(r.error) });
  };
  const options = Object.fromEntries((places?.communities ?? []).map((c) => [c.communityId, c.name]));
  const picking = choosing || !community;

  return (
    <PageRoot id='resident-activities-page' heading='社区活动'>
      {community && !picking ? (
        <View className='row' id='activities-community' data-community={community}>
          <Text className='upcoming-community'>{`${name ?? '本社区'}近期活动`}</Text>
          <BigButton kind='plain' id='change-community' onClick={() => setChoosing(true)}>
            换个社区
          </BigButton>
        </View>
      ) : null}
      {picking ? (
        <Card title='您住在哪个社区？'>
          {places ? (
            <Choices options={options} value={community} prefix='community' label='您住在哪个社区' onChange={choose} />
          ) : (
            <Loading />
          )}
        </Card>
      ) : null}
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {!picking && list.status === 'loading' ? <Loading /> : null}
      {!picking && list.status === 'error' && list.error ? <RetryNotice {...list.error} onRetry={() => void reload()} /> : null}
      {!picking && list.status === 'ready' && list.items.length === 0 ? (
        <Notice kind='info' id='upcoming-empty'>
          近期社区还没有安排活动。有活动时会在这里告诉您。
        </Notice>
      ) : null}
      {!picking
        ? list.items.map((item) => (
            <Item
              key={item.id}
              item={{ ...item, ...counts[item.id] }}
              busy={busyId === item.id}
              onToggle={() => void toggle({ ...item, ...counts[item.id] })}
            />
          ))
        : null}
      {!picking && list.hasMore ? (
        <BigButton kind='plain' id='upcoming-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
    </PageRoot>
  );
}
