/**
 * 活动组织 — the activities the caller organises (the centre's dispatcher at the desk, a team leader on a
 * phone: `?teamId=` is the team they lead, passed on to the form), newest first, and 「发布活动」.
 *
 * Selectors (browser tests): `#activities-page`; `#publish-activity`; `#activities-refresh`; ActivityItem's
 * (`.activity-item` / `#activity-<id>`); `#activities-empty`; `#activities-more`; `.error-message[data-code]`.
 */
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback } from 'react';
import { BigButton, PageRoot, RefreshButton, RetryNotice } from '@/components';
import { ActivityList } from '@/components/activity/ActivityList';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { listActivities } from '@/services/activities';

export default function ActivitiesPage() {
  const teamId = useRouter().params.teamId || undefined;
  const load = useCallback((page: number) => listActivities('organising', page), []);
  const { list, reload, more } = usePaged(load, { keyOf: (a) => a.id });
  useRefresh(reload);
  const open = (id: string) => void Taro.navigateTo({ url: `/dispatcher/pages/activity/index?id=${encodeURIComponent(id)}` });
  const publish = () =>
    void Taro.navigateTo({ url: `/dispatcher/pages/activity-new/index${teamId ? `?teamId=${encodeURIComponent(teamId)}` : ''}` });
  return (
    <PageRoot id='activities-page' desk heading='活动组织'>
      <BigButton id='publish-activity' onClick={publish}>
        发布活动
      </BigButton>
      <RefreshButton id='activities-refresh' onRefresh={reload} />
      <ActivityList
        list={list}
        failure={list.error ? <RetryNotice {...list.error} onRetry={() => void reload()} /> : null}
        empty='还没有您组织的活动。点「发布活动」，志愿者就能报名了。'
        onOpen={open}
        onMore={() => void more()}
      />
    </PageRoot>
  );
}
