/**
 * 派单 — one wish at the centre: the wish, ranked teams with reasons, 派给这支队, 不予受理.
 * Opened as `/dispatcher/pages/order/index?wishId=<id>`.
 *
 * Selectors (browser tests):
 * - `#dispatch-order-page`            the page
 * - `#wish-facts`, `#wish-status [data-status]`, `.wish-contact`, `.wish-due`, `.wish-team`, `.wish-reason`
 * - `#suggestion-list`, `.suggestion-card` / `#suggestion-<teamId>` (`data-rank` 1 = best),
 *   `.suggestion-name`, `.suggestion-reason`, `.dispatch-button` / `#dispatch-<teamId>`
 * - `#dispatch-note` (optional note for the team; H5: `#dispatch-note input`)
 * - `#reject-form`, `#reject-reason` (H5: `#reject-reason textarea`), `.field-error[data-field=reason]`, `#reject-button`
 * - `#action-error` (`.error-message[data-code]`)  why the last action failed, e.g. DISPATCH.SAME_TEAM
 * - `#action-done`                    what the last action did
 * - `#next-in-queue` (after a decision), `#wish-history`, `#back-to-queue`
 */
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Card, Loading, Notice, PageRoot } from '@/components';
import { TRANSITIONS } from '@/domain/wish/machine';
import { call } from '@/services';
import { RejectForm } from '@/dispatcher/components/RejectForm';
import { SuggestionList, type Suggestion } from '@/dispatcher/components/SuggestionList';
import { useAct } from '@/hooks/useAct';
import { useRefresh } from '@/hooks/useRefresh';
import { useRemote } from '@/hooks/useRemote';
import { WishFacts } from '@/dispatcher/components/WishFacts';
import { WishTimeline } from '@/dispatcher/components/WishTimeline';
import '@/dispatcher/components/ui.scss';

export default function DispatchOrderPage() {
  const wishId = useRouter().params.wishId ?? '';
  const loadWish = useCallback(() => call('wish', { action: 'detail' as const, wishId }), [wishId]);
  const loadSuggestions = useCallback(() => call('dispatch', { action: 'suggest' as const, wishId }), [wishId]);
  const { state: wish, reload: reloadWish } = useRemote(loadWish);
  const { state: suggest, reload: reloadSuggestions } = useRemote(loadSuggestions);
  const { busy, error, done, act } = useAct();
  const [note, setNote] = useState('');

  const refresh = useCallback(async () => {
    await Promise.all([reloadWish(), reloadSuggestions()]);
  }, [reloadWish, reloadSuggestions]);
  useRefresh(refresh);
  const after = async (ok: boolean, code?: string) => {
    if (ok || code === 'ORDER.CHANGED' || code === 'ORDER.INVALID_TRANSITION') await refresh();
  };
  const dispatchTo = async (team: Suggestion) => {
    const trimmed = note.trim();
    const event = { action: 'dispatch' as const, wishId, teamId: team.teamId, ...(trimmed ? { note: trimmed } : {}) };
    const r = await act(() => call('dispatch', event), `已派给${team.name}`, { toast: false });
    await after(r.ok, r.ok ? undefined : r.error.code);
  };
  const reject = async (reason: string) => {
    const r = await act(() => call('dispatch', { action: 'reject' as const, wishId, reason }), '已不予受理，居民会收到原因', { toast: false });
    await after(r.ok, r.ok ? undefined : r.error.code);
  };
  const back = () => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/dispatcher/pages/queue/index' }));

  if (wish.status !== 'ready') {
    return (
      <PageRoot id='dispatch-order-page'>
        {wish.status === 'loading' ? <Loading /> : <Notice kind='error' code={wish.code}>{wish.message}</Notice>}
        {wish.status === 'error' && <BigButton kind='plain' onClick={() => void reloadWish()}>重试</BigButton>}
      </PageRoot>
    );
  }
  const w = wish.data;
  const suggestions = suggest.status === 'ready' ? suggest.data.suggestions : [];
  const canDispatch = TRANSITIONS.dispatch.from.includes(w.status);
  const canReject = TRANSITIONS.reject.from.includes(w.status);

  return (
    <PageRoot id='dispatch-order-page'>
      {done && (
        <>
          <Notice kind='success' id='action-done'>{done}</Notice>
          <BigButton kind='secondary' id='next-in-queue' onClick={back}>
            返回派单台，处理下一条
          </BigButton>
          <View className='d-gap' />
        </>
      )}
      {error && <Notice kind='error' code={error.code} id='action-error'>{error.message}</Notice>}
      <WishFacts wish={w} teamName={suggestions.find((s) => s.teamId === w.teamId)?.name} />
      {canDispatch && (
        <View className='dispatch-section'>
          <Text className='d-title'>{w.status === 'dispatched' ? '改派给其他服务队' : '派给服务队'}</Text>
          <Card>
            <Text className='d-meta'>派单备注（选填，服务队可见）</Text>
            <View className='input-box d-gap-top'>
              <Input className='input-field' id='dispatch-note' value={note} maxlength={100} placeholder='如：老人行动不便，请先电话联系' onInput={(e) => setNote(e.detail.value)} />
            </View>
          </Card>
          {suggest.status === 'loading' && <Loading text='正在推荐服务队…' />}
          {suggest.status === 'error' && <Notice kind='error' code={suggest.code}>{suggest.message}</Notice>}
          {suggest.status === 'ready' && <SuggestionList suggestions={suggestions} currentTeamId={w.teamId} busy={busy} onDispatch={(t) => void dispatchTo(t)} />}
        </View>
      )}
      {canReject && <RejectForm busy={busy} onReject={(r) => void reject(r)} />}
      {!canDispatch && !canReject && <Notice kind='info'>这条心愿已不在派单台，无需处理。</Notice>}
      <WishTimeline wish={w} />
      <BigButton kind='plain' id='back-to-queue' onClick={back}>
        返回派单台
      </BigButton>
    </PageRoot>
  );
}
