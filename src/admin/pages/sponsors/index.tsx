/**
 * 赞助方与预算 — every sponsor's points budget (the balance the journal gives), its source (政府买单 or
 * one of the 四个一点, as a tag) and the communities it pays for; an admin grants points to one (拨付预算)
 * with a reason, after a confirmation. A double tap or a retry grants once (one request id per opened
 * form). 新增赞助方 opens a sponsor at balance 0; 修改 renames it or changes its source.
 *
 * Selectors (browser tests):
 * - `#sponsors-page`; `#sponsors-refresh`; `.error-message[data-code]`; `#grant-done` (success)
 * - `.sponsor` / `#sponsor-<id>`: `.sponsor-name`, `.sponsor-source` (`data-source`), `.sponsor-balance` (`data-balance`),
 *   `.sponsor-communities`, `#grant-open-<id>`, `#sponsor-edit-<id>`
 * - `#sponsor-new` opens components/SponsorForm (`#sponsor-form`, `#sponsor-name`, `.source-<key>`, `#sponsor-note`,
 *   `#sponsor-save`, `#sponsor-cancel`); `#sponsor-saved` (success)
 * - the form (components/GrantForm): `#grant-form`, `#grant-points`, `#grant-reason`, `#grant-submit`, `#grant-cancel`,
 *   `#grant-dialog` (`#grant-confirm`, `#grant-back`); `#sponsors-more`
 */
import { Text } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { BigButton, Card, Loading, Notice, PageRoot, RefreshButton } from '@/components';
import { GrantForm, type GrantRequest } from '@/admin/components/GrantForm';
import { SponsorForm, type SponsorFields } from '@/admin/components/SponsorForm';
import { SPONSOR_SOURCE_LABELS } from '@/domain/bank/sponsor';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { useRefresh } from '@/hooks/useRefresh';
import { call } from '@/services';
import '@/admin/components/admin.scss';

type Sponsor = ActionOutput<'admin', 'sponsors'>['items'][number];

export default function SponsorsPage() {
  const load = useCallback((page: number) => call('admin', { action: 'sponsors' as const, page }), []);
  const { list, reload, more } = usePaged(load, { keyOf: (s) => s.sponsorId });
  useRefresh(reload);
  const [granting, setGranting] = useState<Sponsor>();
  const { busy, error, done, act } = useAct();
  /** `null`: a new sponsor; a sponsor: changing it. */
  const [editing, setEditing] = useState<Sponsor | null>();
  /** Which success notice `done` is (the browser tests wait for its id). */
  const [doneId, setDoneId] = useState('grant-done');
  const save = async (f: SponsorFields & { requestId: string }) => {
    const { requestId, ...fields } = f;
    setDoneId('sponsor-saved');
    const r = editing
      ? await act(
          () => call('admin', { action: 'update_sponsor', sponsorId: editing.sponsorId, version: editing.version, ...fields }),
          `已保存「${fields.name}」`,
          { toast: false },
        )
      : await act(() => call('admin', { action: 'create_sponsor', ...fields, requestId }), `已新增「${fields.name}」`, { toast: false });
    // Someone else's change: show the latest, the admin checks and saves again.
    if (r.ok || r.error.code === 'SPONSOR.CHANGED') setEditing(undefined);
    await reload();
  };
  const grant = async (g: GrantRequest) => {
    setDoneId('grant-done');
    const r = await act(() => call('admin', { action: 'grant_budget', ...g }), `已拨付 ${g.points} 积分`, { toast: false });
    if (r.ok) {
      setGranting(undefined);
      await reload();
    }
  };
  return (
    <PageRoot id='sponsors-page' desk heading='赞助方与预算'>
      <RefreshButton id='sponsors-refresh' onRefresh={reload} />
      <BigButton kind='secondary' id='sponsor-new' onClick={() => setEditing(null)}>
        新增赞助方
      </BigButton>
      {editing !== undefined ? (
        <SponsorForm
          key={editing?.sponsorId ?? 'new'}
          editing={editing ?? undefined}
          busy={busy}
          onSave={(f) => void save(f)}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind='success' id={doneId}>
          {done}
        </Notice>
      ) : null}
      {granting ? (
        <GrantForm
          key={granting.sponsorId}
          sponsor={granting}
          busy={busy}
          onGrant={(g) => void grant(g)}
          onClose={() => setGranting(undefined)}
        />
      ) : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status !== 'ready' && list.error ? (
        <Notice kind='error' code={list.error.code}>
          {list.error.message}
        </Notice>
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? <Notice kind='info'>还没有赞助方。</Notice> : null}
      {list.items.map((s) => (
        <Card key={s.sponsorId} title={s.name} className='sponsor' id={`sponsor-${s.sponsorId}`}>
          <Text className='sponsor-source' data-source={s.source ?? ''}>
            {s.source ? SPONSOR_SOURCE_LABELS[s.source] : '未设来源'}
          </Text>
          <Text className='sponsor-balance' data-balance={s.balance}>{`余额 ${s.balance} 积分`}</Text>
          <Text className='meta sponsor-communities'>
            {s.communities.length ? `资助社区：${s.communities.map((c) => c.name).join('、')}` : '暂未资助社区'}
          </Text>
          <BigButton kind='secondary' id={`grant-open-${s.sponsorId}`} onClick={() => setGranting(s)}>
            拨付预算
          </BigButton>
          <BigButton kind='plain' id={`sponsor-edit-${s.sponsorId}`} onClick={() => setEditing(s)}>
            修改
          </BigButton>
        </Card>
      ))}
      {list.hasMore ? (
        <BigButton kind='plain' id='sponsors-more' busy={list.loadingMore} onClick={() => void more()}>
          加载更多
        </BigButton>
      ) : null}
    </PageRoot>
  );
}
