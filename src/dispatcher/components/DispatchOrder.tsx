// One wish at the centre: the wish, ranked teams with reasons, 派给这支队, 不予受理 (each confirmed in a
// dialog), 发布到心愿墙 / 加入活动 (WallActivityCard), 排进服务日 (the community's weekly service day), the record. The order page on a phone; the right-hand pane of the desk, where the wish and
// the decisions stand side by side so the teams' buttons show without scrolling.
import { Input, Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { BigButton, Card, Loading, Notice } from '@/components';
import { ServiceDayCard } from '@/components/wish/ServiceDayCard';
import { WishFacts } from '@/components/wish/WishFacts';
import { WishTimeline } from '@/components/wish/WishTimeline';
import { WISH_LIFECYCLE } from '@/domain/wish/machine';
import { useAct } from '@/hooks/useAct';
import { useRefresh } from '@/hooks/useRefresh';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import { ReasonForm } from '@/components/ReasonForm';
import { RejectInput } from '@/domain/schemas/dispatch';
import { DecisionDialog, type Pending } from './DecisionDialog';
import { AwardPanel } from './AwardPanel';
import { SuggestionList, type Suggestion } from './SuggestionList';
import { WallActivityCard } from './WallActivityCard';

interface Props {
  wishId: string;
  now: number;
  /** After a dispatch or a rejection (the desk refreshes its queue). */
  onDecided?: () => void;
  /** 返回派单台 / 处理下一条. */
  onBack: () => void;
}

export function DispatchOrder({ wishId, now, onDecided, onBack }: Props) {
  const loadWish = useCallback(() => call('wish', { action: 'detail' as const, wishId }), [wishId]);
  const loadSuggestions = useCallback(() => call('dispatch', { action: 'suggest' as const, wishId }), [wishId]);
  const { state: wish, reload: reloadWish } = useRemote(loadWish);
  const { state: suggest, reload: reloadSuggestions } = useRemote(loadSuggestions);
  const { busy, error, done, act } = useAct();
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<Pending>();
  // What the wall/activity card did (its own notice leaves with it once the wish leaves the centre).
  const [routed, setRouted] = useState<string>();
  const shown = done ?? routed;

  const refresh = useCallback(async () => {
    await Promise.all([reloadWish(), reloadSuggestions()]);
  }, [reloadWish, reloadSuggestions]);
  useRefresh(refresh);
  const after = async (ok: boolean, code?: string) => {
    if (ok) onDecided?.();
    if (ok || code === 'ORDER.CHANGED' || code === 'ORDER.INVALID_TRANSITION') await refresh();
  };
  const dispatchTo = async (team: Suggestion, trimmed: string) => {
    const event = { action: 'dispatch' as const, wishId, teamId: team.teamId, ...(trimmed ? { note: trimmed } : {}) };
    const r = await act(() => call('dispatch', event), `已派给${team.name}`, { toast: false });
    setPending(undefined);
    await after(r.ok, r.ok ? undefined : r.error.code);
  };
  const reject = async (reason: string) => {
    const r = await act(() => call('dispatch', { action: 'reject' as const, wishId, reason }), '已不予受理，居民会收到原因', {
      toast: false,
    });
    setPending(undefined);
    await after(r.ok, r.ok ? undefined : r.error.code);
  };

  if (wish.status !== 'ready') {
    return (
      <>
        {wish.status === 'loading' ? (
          <Loading />
        ) : (
          <Notice kind='error' code={wish.code}>
            {wish.message}
          </Notice>
        )}
        {wish.status === 'error' && (
          <BigButton kind='plain' onClick={() => void reloadWish()}>
            重试
          </BigButton>
        )}
      </>
    );
  }
  const w = wish.data;
  const suggestions = suggest.status === 'ready' ? suggest.data.suggestions : [];
  const canDispatch = WISH_LIFECYCLE.dispatch.from.includes(w.status);
  const canReject = WISH_LIFECYCLE.reject.from.includes(w.status);

  return (
    <>
      {shown && (
        <>
          <Notice kind='success' id='action-done'>
            {shown}
          </Notice>
          <BigButton kind='secondary' id='next-in-queue' onClick={onBack}>
            返回派单台，处理下一条
          </BigButton>
          <View className='gap' />
        </>
      )}
      {error && (
        <Notice kind='error' code={error.code} id='action-error'>
          {error.message}
        </Notice>
      )}
      <View className='order-columns'>
        <View className='order-column'>
          <WishFacts wish={w} now={now} prefix='wish' contact teamName={suggestions.find((s) => s.teamId === w.teamId)?.name ?? w.teamId} />
        </View>
        <View className='order-column'>
          {canDispatch && (
            <View className='dispatch-section'>
              <Text className='section-title'>{w.status === 'dispatched' ? '改派给其他服务队' : '派给服务队'}</Text>
              <Card>
                <Text className='meta'>派单留言（选填，服务队可见）</Text>
                <View className='input-box gap-top'>
                  <Input
                    className='input-field'
                    id='dispatch-note'
                    value={note}
                    maxlength={100}
                    placeholder='如：老人行动不便，请先电话联系'
                    onInput={(e) => setNote(e.detail.value)}
                  />
                </View>
              </Card>
              {suggest.status === 'loading' && <Loading text='正在推荐服务队…' />}
              {suggest.status === 'error' && (
                <Notice kind='error' code={suggest.code}>
                  {suggest.message}
                </Notice>
              )}
              {suggest.status === 'ready' && (
                <SuggestionList
                  suggestions={suggestions}
                  currentTeamId={w.teamId}
                  busy={busy}
                  onDispatch={(team) => setPending({ kind: 'dispatch', team, note: note.trim(), outside: false })}
                />
              )}
            </View>
          )}
          {canReject && (
            <ReasonForm
              id='reject'
              title='不予受理'
              hint='原因会告知居民，请写清楚，如「属于物业维修范围，请联系物业」。'
              placeholder='必填，2到100个字'
              confirm='不予受理'
              schema={RejectInput.shape.reason}
              busy={busy}
              covered={!!pending}
              onSubmit={(reason) => setPending({ kind: 'reject', reason })}
            />
          )}
          {!canDispatch && !canReject && <Notice kind='info'>这条心愿已不在派单台，无需处理。</Notice>}
          <WallActivityCard
            wish={w}
            now={now}
            onDone={(message) => {
              setRouted(message);
              void after(true);
            }}
          />
          <ServiceDayCard wish={w} onDone={() => void after(true)} />
          <AwardPanel wish={w} />
        </View>
      </View>
      <WishTimeline wish={w} id='wish-history' />
      <BigButton kind='plain' id='back-to-queue' onClick={onBack}>
        返回派单台
      </BigButton>
      {pending && (
        <DecisionDialog
          pending={pending}
          busy={busy}
          onOutside={(team, n) => setPending({ kind: 'dispatch', team, note: n, outside: true })}
          onDispatch={(team, n) => void dispatchTo(team, n)}
          onReject={(reason) => void reject(reason)}
          onCancel={() => setPending(undefined)}
        />
      )}
    </>
  );
}
