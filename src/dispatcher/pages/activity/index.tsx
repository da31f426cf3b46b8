/**
 * 活动（组织者）— one activity for its organiser (the centre at the desk, a team leader on a phone): what it
 * is, the counts (已报名 x/quota, 候补, 居民说会来), 「现场签到码」 (a big rotating QR and six digits), the
 * roster with masked names and 改签到时间, the wishes folded into it, 结项 (after a confirmation saying what
 * will happen, then the result) and 取消活动 with a reason. Someone who does not organise it sees the facts.
 *
 * Selectors (browser tests): `#activity-page`; ActivityFacts' (`#activity-facts`); Counts' (`#count-signed`…);
 * `#show-code` → CodePanel's (`#code-panel`, `#code-digits`, `#code-qr`); Roster's (`.roster-row`, `#correct-<n>`);
 * CorrectForm's; CloseCard's; `#close-result`; `#activity-wishes`; `#activity-done` (`.notice--success`);
 * `#activity-error` (`.error-message[data-code]`).
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, Loading, Notice, PageRoot, RefreshButton, RetryNotice } from '@/components';
import { ActivityFacts } from '@/components/activity/ActivityFacts';
import { CloseCard } from '@/dispatcher/components/activity/CloseCard';
import { CodePanel } from '@/dispatcher/components/activity/CodePanel';
import { CorrectForm } from '@/dispatcher/components/activity/CorrectForm';
import { Counts } from '@/dispatcher/components/activity/Counts';
import { Roster } from '@/dispatcher/components/activity/Roster';
import { useAct } from '@/hooks/useAct';
import { useActivity } from '@/hooks/useActivity';
import { useNow } from '@/hooks/useNow';
import { categoryLabel } from '@/services';
import { cancelActivity, closeActivity, correctTimes, type CorrectResult, type RosterRow } from '@/services/activities';
import { minutesText } from '@/services/activityText';

type Closed = { attended: number; noShows: number; points: number; minutes: number };

export default function OrganiserActivityPage() {
  const id = useRouter().params.id || undefined;
  const { state, reload } = useActivity(id);
  const now = new Date(useNow(30_000));
  const { busy, error, done, act } = useAct();
  const [showCode, setShowCode] = useState(false);
  const [correcting, setCorrecting] = useState<RosterRow>();
  const [closed, setClosed] = useState<Closed>();

  if (!id) return <PageRoot id='activity-page'>{<Notice kind='error'>没有指定活动，请从活动列表打开。</Notice>}</PageRoot>;
  const a = state.status === 'ready' ? state.data : undefined;
  const live = a?.organising && (a.status === 'published' || a.status === 'closing');

  const correct = async (fields: { checkInAt: string; checkOutAt: string; reason: string }) => {
    if (!correcting) return;
    const r: CorrectResult = await act(() => correctTimes({ activityId: id, signUpId: correcting.signUpId, ...fields }), '时间已更正');
    if (r.ok) setCorrecting(undefined);
    await reload();
  };
  const close = async () => {
    const r = await act(() => closeActivity(id), '已结项，积分已发放');
    if (r.ok) setClosed(r.data);
    await reload();
  };
  const cancel = async (reason: string) => {
    await act(() => cancelActivity(id, reason), '活动已取消');
    await reload();
  };

  return (
    <PageRoot id='activity-page' desk heading='活动'>
      <RefreshButton id='activity-refresh' onRefresh={reload} />
      {error ? (
        <Notice kind='error' code={error.code} id='activity-error'>
          {error.message}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind='success' id='activity-done'>
          {done}
        </Notice>
      ) : null}
      {closed ? (
        <Card title='结项结果' id='close-result'>
          <Text className='close-result'>{`${closed.attended} 人到场，共发放 ${closed.points} 积分，服务时长 ${minutesText(closed.minutes)}；未到 ${closed.noShows} 人`}</Text>
        </Card>
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} /> : null}
      {a ? (
        <View>
          {a.organising ? <Counts a={a} /> : null}
          {live && a.status === 'published' ? (
            <BigButton kind={showCode ? 'plain' : 'primary'} id='show-code' onClick={() => setShowCode((s) => !s)}>
              {showCode ? '收起签到码' : '现场签到码'}
            </BigButton>
          ) : null}
          {showCode && live ? <CodePanel activityId={id} /> : null}
          <ActivityFacts a={a} now={now} />
          {correcting ? (
            <CorrectForm a={a} row={correcting} busy={busy} onSubmit={(f) => void correct(f)} onCancel={() => setCorrecting(undefined)} />
          ) : null}
          {a.roster ? <Roster rows={a.roster} canCorrect={!!live} onCorrect={setCorrecting} /> : null}
          {a.wishes.length > 0 ? (
            <Card title={`并入的心愿（${a.wishes.length}）`} id='activity-wishes'>
              {a.wishes.map((w) => (
                <Text key={w.wishId} className='body-text activity-wish'>{`${categoryLabel(w.category)}：${w.description}`}</Text>
              ))}
            </Card>
          ) : null}
          {live ? <CloseCard a={a} busy={busy} now={now} onClose={close} onCancel={(r) => void cancel(r)} /> : null}
        </View>
      ) : null}
    </PageRoot>
  );
}
