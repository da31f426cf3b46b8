/**
 * 活动（志愿者）— one activity for a volunteer on a phone: what, where, when, 已报名 x/quota; 我要报名 (or the
 * waiting list: 候补第 2 位) and 取消报名 with the deadlines in words; on site 扫码签到 / 扫码签退 (the camera in
 * the mini-program, the six digits on H5), the minutes after check-out; the wishes folded into it with 认领.
 * An organiser who opens it here gets a link to their own page.
 *
 * Selectors (browser tests): `#volunteer-activity-page`; ActivityFacts' (`#activity-facts`); SignUpPanel's
 * (`#my-signup`, `#sign-up`, `#withdraw`); `#check-in-later` (before check-in opens); ScanPanel's (`#scan-digits`, `#scan-submit`); `#scan-result`;
 * `#attended`; ActivityWishes'; `#go-organise`; `#activity-error` (`.error-message[data-code]`).
 */
import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { ActivityFacts } from '@/components/activity/ActivityFacts';
import { useAct } from '@/hooks/useAct';
import { useActivity } from '@/hooks/useActivity';
import { useNow } from '@/hooks/useNow';
import type { ActionOutput } from '@/domain/schemas';
import { CHECK_IN_EARLY_MIN } from '@/domain/activity/rules';
import { askVolunteerSubscriptions, call, formatDateTime } from '@/services';
import { signUp, withdraw } from '@/services/activities';
import { clockOf } from '@/services/activityText';
import { ActivityWishes } from '@/volunteer/components/activity/ActivityWishes';
import { ScanPanel, ScanResult } from '@/volunteer/components/activity/ScanPanel';
import { SignUpPanel } from '@/volunteer/components/activity/SignUpPanel';
import { LoadFailure } from '@/volunteer/components/LoadFailure';

const HOLDS_PLACE = ['signed_up', 'checked_in', 'checked_out', 'attended'];

export default function VolunteerActivityPage() {
  const id = useRouter().params.id || undefined;
  const { state, reload } = useActivity(id);
  const now = new Date(useNow(30_000));
  const { busy, error, act } = useAct();
  const [scanned, setScanned] = useState<ActionOutput<'activity', 'scan'>>();
  if (!id) {
    return (
      <PageRoot id='volunteer-activity-page'>
        <Notice kind='error'>没有指定活动，请从活动列表打开。</Notice>
      </PageRoot>
    );
  }
  const a = state.status === 'ready' ? state.data : undefined;
  const mine = a?.mySignUp?.status;
  // Check-in opens an hour before the start (the function decides; this only spares a refusal).
  const checkInOpen = !!a && now.getTime() >= new Date(a.startAt).getTime() - CHECK_IN_EARLY_MIN * 60_000;
  const after = async <T,>(p: Promise<T>) => {
    await p;
    await reload();
  };
  const join = () => {
    void askVolunteerSubscriptions(); // inside the tap: the day-before reminder, moving up from the waiting list
    void after(act(() => signUp(id), '报名成功'));
  };
  const claim = (wishId: string) =>
    void after(act(() => call('volunteer', { action: 'claim' as const, wishId }), '认领成功，请尽快联系居民'));

  return (
    <PageRoot id='volunteer-activity-page' heading='活动'>
      <RefreshButton id='activity-refresh' onRefresh={reload} />
      {error ? (
        <Notice kind='error' code={error.code} id='activity-error'>
          {error.message}
        </Notice>
      ) : null}
      {scanned ? <ScanResult scan={scanned} /> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <LoadFailure code={state.code} message={state.message} onRetry={() => void reload()} /> : null}
      {a ? (
        <>
          {a.organising ? (
            <BigButton
              kind='secondary'
              id='go-organise'
              onClick={() => void Taro.navigateTo({ url: `/dispatcher/pages/activity/index?id=${id}` })}
            >
              我是组织者：去签到码和名单
            </BigButton>
          ) : null}
          <ActivityFacts a={a} now={now} />
          {a.status === 'published' && mine === 'signed_up' && !checkInOpen ? (
            <Notice kind='info' id='check-in-later'>
              {`活动开始前 ${CHECK_IN_EARLY_MIN} 分钟起可以在这里签到（${formatDateTime(new Date(new Date(a.startAt).getTime() - CHECK_IN_EARLY_MIN * 60_000), now)} 起）。`}
            </Notice>
          ) : null}
          {a.status === 'published' && ((mine === 'signed_up' && checkInOpen) || mine === 'checked_in') ? (
            <ScanPanel
              activityId={id}
              checkedIn={mine === 'checked_in'}
              busy={busy}
              run={(scan, done) => act(scan, done)}
              onScanned={(s) => (setScanned(s), void reload())}
            />
          ) : null}
          {mine === 'checked_out' && a.mySignUp?.checkInAt && a.mySignUp.checkOutAt ? (
            <Card title='已签退' id='checked-out'>
              <Text className='body-text'>{`签到 ${clockOf(a.mySignUp.checkInAt)}，签退 ${clockOf(a.mySignUp.checkOutAt)}。结项后积分和时长记入您的积分存折。`}</Text>
            </Card>
          ) : null}
          {mine === 'attended' || mine === 'no_show' ? (
            <Notice kind={mine === 'attended' ? 'success' : 'info'} id='attended'>
              {mine === 'attended' ? `活动已结项，${a.points} 积分已存入您的积分存折。` : '这次活动您没有到场签到。'}
            </Notice>
          ) : null}
          <SignUpPanel a={a} now={now} busy={busy} onSignUp={join} onWithdraw={() => void after(act(() => withdraw(id), '已取消报名'))} />
          <ActivityWishes wishes={a.wishes} canClaim={!!mine && HOLDS_PLACE.includes(mine)} busy={busy} onClaim={claim} />
        </>
      ) : null}
    </PageRoot>
  );
}
