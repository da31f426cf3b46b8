/**
 * 巡访对象 — one elder: `?communityId=` registers a new one, `?elderId=` opens a kept one. The community's
 * staff edit it (saved against the version they read) or take the elder off the list with a reason
 * (移出巡访名单); the named volunteer reads the contact only. Large text, one column.
 *
 * Selectors (browser tests): `#elder-page`; `#elder-form` (ElderForm); `#elder-facts`; `#elder-saved`;
 * `#elder-retire-form` / `#elder-retire-reason` / `#elder-retire-button` (ReasonForm); `.error-message[data-code]`.
 */
import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Card, InfoRow, Loading, Notice, PageRoot } from '@/components';
import { ReasonForm } from '@/components/ReasonForm';
import { RetireElderInput } from '@/domain/schemas/elders';
import { tagsText } from '@/domain/visit/board';
import { CONSENT_WAY_LABELS } from '@/domain/visit/elder';
import { useAct } from '@/hooks/useAct';
import { useKeptCommunities } from '@/hooks/useKeptCommunities';
import { useRemote } from '@/hooks/useRemote';
import { call, newRequestId, shanghaiDate } from '@/services';
import { ElderForm, type ElderDraft } from './ElderForm';
import '../elders/index.scss';

export default function ElderPage() {
  const params = useRouter().params;
  const [elderId, setElderId] = useState(params.elderId);
  const requestId = useRef(newRequestId());
  const loadElder = useCallback(() => call('visit', { action: 'elder' as const, elderId: elderId ?? '' }), [elderId]);
  const { state: elder, reload } = useRemote(elderId ? loadElder : undefined);
  const communityId = elder.status === 'ready' ? elder.data.communityId : (params.communityId ?? '');
  const canEdit = elderId ? elder.status === 'ready' && elder.data.canEdit : true;
  const loadVolunteers = useCallback(() => call('visit', { action: 'elders' as const, communityId, page: 0 }), [communityId]);
  const { state: board } = useRemote(communityId && canEdit ? loadVolunteers : undefined);
  const { communities } = useKeptCommunities();
  const community = communities.find((c) => c.communityId === communityId);
  const buildings = community?.estates.flatMap((e) => e.buildings.map((b) => ({ ...b, name: `${e.name} ${b.name}` }))) ?? [];
  const volunteers = board.status === 'ready' ? Object.fromEntries((board.data.volunteers ?? []).map((v) => [v.key, v.name])) : {};
  const { busy, error, done, act } = useAct();
  const [issues, setIssues] = useState<Record<string, string>>();

  const draft = useMemo<ElderDraft | undefined>(() => {
    if (!elderId)
      return {
        buildingId: buildings[0]?.buildingId ?? '',
        room: '',
        name: '',
        birthYear: '',
        tags: [],
        phone: '',
        guardianName: '',
        guardianPhone: '',
        guardianRelation: '',
        volunteerKey: '',
        consentWay: 'signed',
        consentDate: shanghaiDate(new Date()),
        consentNote: '',
      };
    if (elder.status !== 'ready') return undefined;
    const e = elder.data;
    return {
      buildingId: e.buildingId,
      room: e.room,
      name: e.name,
      birthYear: String(e.birthYear),
      tags: e.tags,
      phone: e.phone ?? '',
      guardianName: e.guardian?.name ?? '',
      guardianPhone: e.guardian?.phone ?? '',
      guardianRelation: e.guardian?.relation ?? '',
      volunteerKey: e.volunteerKey ?? '',
      consentWay: e.consent?.way ?? 'signed',
      consentDate: e.consent?.date ?? '',
      consentNote: e.consent?.note ?? '',
    };
  }, [elderId, elder, buildings[0]?.buildingId]);

  const save = async (fields: Record<string, unknown>) => {
    const version = elder.status === 'ready' ? elder.data.version : undefined;
    const event = elderId
      ? { action: 'save_elder' as const, communityId, elderId, version, ...fields }
      : { action: 'save_elder' as const, communityId, requestId: requestId.current, ...fields };
    const r = await act(() => call('visit', event as never), elderId ? '已保存修改' : '已登记，系统会尽快安排巡访', { toast: false });
    setIssues(!r.ok && r.error.issues ? Object.fromEntries(r.error.issues.map((i) => [i.path, i.message])) : undefined);
    if (r.ok && !elderId) setElderId((r.data as { elderId: string }).elderId);
    else if (r.ok || (!r.ok && r.error.code === 'ELDER.CHANGED')) await reload();
  };
  const retire = async (reason: string) => {
    if (elder.status !== 'ready') return;
    const r = await act(
      () => call('visit', { action: 'retire_elder', elderId: elder.data.elderId, version: elder.data.version, reason }),
      '已移出巡访名单',
      {
        toast: false,
      },
    );
    if (r.ok || r.error.code === 'ELDER.CHANGED') await reload();
  };
  const e = elder.status === 'ready' ? elder.data : undefined;

  return (
    <PageRoot id='elder-page' heading={elderId ? '巡访对象' : '登记巡访对象'}>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind='success' id='elder-saved'>
          {done}
        </Notice>
      ) : null}
      {elder.status === 'loading' ? <Loading /> : null}
      {elder.status === 'error' ? (
        <Notice kind='error' code={elder.code}>
          {elder.message}
        </Notice>
      ) : null}
      {e ? (
        <Card title={`${e.name}（${e.age}岁）`} id='elder-facts'>
          <Text className={`elder-due elder-due--${e.due.state}`}>
            {e.active ? e.due.text : `已移出巡访名单：${e.retiredReason ?? ''}`}
          </Text>
          <InfoRow label='住址' value={`${e.buildingName} ${e.room}`} />
          <InfoRow label='标签' value={tagsText(e.tags) || '无'} />
          <InfoRow label='本人电话' value={e.phone ?? '没有电话'} />
          <InfoRow
            label='监护人'
            value={
              e.guardian ? `${e.guardian.name}${e.guardian.relation ? `（${e.guardian.relation}）` : ''} ${e.guardian.phone}` : '未登记'
            }
          />
          <InfoRow label='联系志愿者' value={e.volunteerName ?? '社区队伍'} />
          {e.consent ? (
            <InfoRow
              label='同意'
              value={`${CONSENT_WAY_LABELS[e.consent.way]} · ${e.consent.date}${e.consent.note ? ` · ${e.consent.note}` : ''}`}
            />
          ) : null}
        </Card>
      ) : null}
      {canEdit && draft && (elderId ? !!e : buildings.length > 0) ? (
        <ElderForm
          key={`${elderId ?? 'new'}:${e?.version ?? 0}`}
          draft={draft}
          buildings={buildings}
          volunteers={volunteers}
          busy={busy}
          issues={issues}
          onSave={(f) => void save(f)}
        />
      ) : null}
      {e && e.canEdit ? (
        <ReasonForm
          id='elder-retire'
          title='移出巡访名单'
          hint='老人迁出、去世或撤回同意时移出；记录会保留，不再安排巡访。'
          placeholder='如：已迁出本社区'
          confirm='确认移出'
          schema={RetireElderInput.shape.reason}
          busy={busy}
          onSubmit={(reason) => void retire(reason)}
        />
      ) : null}
    </PageRoot>
  );
}
