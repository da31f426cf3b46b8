/**
 * 服务周报 — the weekly digest, for a dispatcher (their communities) and a team leader (`?teamId=`: their
 * team, with the orders escalated to it): overdue, reopened (重办), waiting for a rating, idle volunteers,
 * visits missed, over the last 7 days. The weekly subscribe message opens this page. Desk width and phone.
 *
 * Selectors (browser tests): `#digest-page`; `.digest-scope-<centre|teamId>` (choices, when the caller has
 * several digests); `#digest-period`; `#digest-stat-<overdue|reopened|unrated|idle|visits>` with `.stat-value`;
 * `#digest-<overdue|reopened|unrated>` with `.digest-item` / `#digest-<list>-<wishId>` (`.digest-escalated`,
 * `.digest-reminded`); `#digest-idle`; `#digest-visits`; `#digest-refresh`; `#digest-subscribe` (weapp, real template ids only); `.error-message[data-code]`.
 */
import Taro, { useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BigButton, Choices, Loading, PageRoot, RefreshButton, RetryNotice } from '@/components';
import { DigestView } from '@/dispatcher/components/DigestView';
import { useRefresh } from '@/hooks/useRefresh';
import { useRemote } from '@/hooks/useRemote';
import { askDigestSubscriptions, call, canAskDigestSubscriptions } from '@/services';
import './index.scss';

const CENTRE = 'centre';

export default function DigestPage() {
  const [teamId, setTeamId] = useState<string | undefined>(useRouter().params.teamId || undefined);
  const load = useCallback(() => call('dispatch', { action: 'digest' as const, ...(teamId ? { teamId } : {}) }), [teamId]);
  const { state, reload } = useRemote(load);
  useRefresh(reload);
  const digest = state.status === 'ready' ? state.data : undefined;
  // The caller's digests: the centre's (a dispatcher's, shown without teamId) and each team they lead.
  const options: Record<string, string> = {};
  if (digest?.scope.kind === 'centre') options[CENTRE] = digest.scope.label;
  for (const t of digest?.teams ?? []) options[t.teamId] = t.name;
  const value = teamId ?? (digest?.scope.kind === 'team' ? digest.scope.teamId : CENTRE);
  const open = (id: string) =>
    void Taro.navigateTo({
      url: digest?.scope.kind === 'team' ? `/volunteer/pages/order/index?wishId=${id}` : `/dispatcher/pages/order/index?wishId=${id}`,
    });
  return (
    <PageRoot id='digest-page' desk heading='服务周报'>
      <RefreshButton id='digest-refresh' onRefresh={reload} />
      {canAskDigestSubscriptions() ? (
        <BigButton kind='plain' id='digest-subscribe' onClick={() => void askDigestSubscriptions()}>
          接收周报和升级提醒
        </BigButton>
      ) : null}
      {Object.keys(options).length > 1 && value ? (
        <Choices
          options={options}
          value={value}
          prefix='digest-scope'
          label='看哪一份周报'
          onChange={(k) => setTeamId(k === CENTRE ? undefined : k)}
        />
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} /> : null}
      {digest ? <DigestView digest={digest} onOpen={open} /> : null}
    </PageRoot>
  );
}
