/**
 * 志愿活动 — for a volunteer on a phone: 近期活动 (the upcoming activities of their community) and 我报名的
 * (their sign-ups, waiting places and past activities). Tap one to open it (报名, 签到).
 *
 * Selectors (browser tests): `#volunteer-activities-page`; `#activities-tab-community`, `#activities-tab-mine`
 * (`data-on`); ActivityItem's (`.activity-item` / `#activity-<id>`, `data-mine`); `#activities-empty`;
 * `#activities-more`; `#activities-refresh`; `.error-message[data-code]` (LoadFailure: `#go-register`).
 */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { PageRoot, RefreshButton, Tappable } from '@/components';
import { regionProps } from '@/components/a11y';
import { ActivityList } from '@/components/activity/ActivityList';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { listActivities } from '@/services/activities';
import { LoadFailure } from '@/volunteer/components/LoadFailure';
import './index.scss';

type Tab = 'community' | 'mine';
const TABS: Record<Tab, string> = { community: '近期活动', mine: '我报名的' };

export default function VolunteerActivitiesPage() {
  const [tab, setTab] = useState<Tab>('community');
  const load = useCallback((page: number) => listActivities(tab, page), [tab]);
  const { list, reload, more } = usePaged(load, { keyOf: (a) => a.id });
  useRefresh(reload);
  const open = (id: string) => void Taro.navigateTo({ url: `/volunteer/pages/activity/index?id=${encodeURIComponent(id)}` });
  return (
    <PageRoot id='volunteer-activities-page' heading='志愿活动'>
      <View className='tabs' {...regionProps({ role: 'tablist', label: '志愿活动' })}>
        {(Object.keys(TABS) as Tab[]).map((k) => (
          <Tappable
            key={k}
            role='tab'
            selected={tab === k}
            className={`tab${tab === k ? ' tab--on' : ''}`}
            id={`activities-tab-${k}`}
            data-on={tab === k}
            onClick={() => setTab(k)}
          >
            {TABS[k]}
          </Tappable>
        ))}
      </View>
      <RefreshButton id='activities-refresh' onRefresh={reload} />
      <ActivityList
        list={list}
        failure={list.error ? <LoadFailure {...list.error} onRetry={() => void reload()} /> : null}
        empty={tab === 'community' ? '本社区近期还没有活动，下拉可刷新' : '您还没有报名活动，去「近期活动」看看吧'}
        onOpen={open}
        onMore={() => void more()}
      />
    </PageRoot>
  );
}
