// 党员时长: party members of the caller's communities with this year's hours, those below the
// requirement first and marked 「未达标」 in words; names shown, phones masked. 20 a page.
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { BigButton, Card, Loading, Notice } from '@/components';
import type { ActionOutput } from '@/domain/schemas';
import { usePaged } from '@/hooks/usePaged';
import { call, hoursOf } from '@/services';

type Summary = Omit<ActionOutput<'bank', 'party_hours'>, 'items'>;

export function PartyHoursList() {
  const [summary, setSummary] = useState<Summary>();
  const load = useCallback(async (page: number) => {
    const r = await call('bank', { action: 'party_hours' as const, page });
    if (r.ok && page === 0) setSummary(r.data);
    return r;
  }, []);
  const { list, more } = usePaged(load);
  return (
    <Card title={summary ? `${summary.year}年党员服务时长（要求 ${summary.requiredHours} 小时）` : '党员服务时长'} id='party-list'>
      {summary && <Text className='body-text' id='party-summary'>{`共 ${summary.total} 名党员，${summary.below} 名未达标`}</Text>}
      {list.status === 'loading' && <Loading />}
      {list.error && (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      )}
      {list.status === 'ready' && list.items.length === 0 && <Text className='meta'>没有登记为党员的志愿者。</Text>}
      {list.items.map((p, i) => (
        <View className='review-row' key={`${p.phone}-${i}`} data-below={p.below}>
          <Text className='body-text'>{`${p.name}（${p.communityName}）${p.below ? ' · 未达标' : ' · ✓ 已达标'}`}</Text>
          <Text className='meta'>{`今年 ${hoursOf(p.minutes)} 小时 · ${p.phone}`}</Text>
        </View>
      ))}
      {list.hasMore && (
        <BigButton kind='plain' id='party-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      )}
    </Card>
  );
}
