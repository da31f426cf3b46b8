// One account's entries, newest first (bank.account_entries): date, what, this account's points, who
// entered it and why; 更正 on an entry that can still be reversed.
import { Text, View } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { BigButton, Card } from '@/components';
import { CATEGORY_LABELS } from '@/domain/bank/ledger';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { usePaged } from '@/hooks/usePaged';
import { call } from '@/services';
import { formatDateTime } from '@/services/clock';
import { CorrectDialog, type Correctable } from './CorrectDialog';
import { Outcome } from './Outcome';
import { ListState, MoreButton } from './PagedParts';

type Entry = ActionOutput<'bank', 'account_entries'>['items'][number];
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** `#entries-panel` (`data-account`): `.entry` / `#entry-<n>` (`.entry-points` data-points), `.entry-correct`; `#entries-close`, `#entries-more`. */
export function EntriesPanel({ accountId, name, onClose }: { accountId: string; name: string; onClose: () => void }) {
  const load = useCallback((page: number) => call('bank', { action: 'account_entries' as const, accountId, page }), [accountId]);
  const { list, reload, more } = usePaged<Entry>(load, { keyOf: (e) => e.entryId });
  const [correcting, setCorrecting] = useState<Correctable>();
  const { busy, error, done, act } = useAct();
  const correct = async (c: { entryId: string; reason: string; requestId: string }) => {
    const r = await act(() => call('bank', { action: 'correct', ...c }), '已更正，冲正记录已入账', { toast: false });
    if (r.ok) setCorrecting(undefined);
    await reload();
  };
  return (
    <Card title={`${name} 的记录`} id='entries-panel' className='entries-panel'>
      <Outcome error={error} done={done} doneId='correct-done' />
      <BigButton kind='plain' id='entries-close' onClick={onClose}>
        返回账户列表
      </BigButton>
      <ListState list={list} empty='这个账户还没有记录。' />
      {list.items.map((e, i) => (
        <View className='entry' id={`entry-${i}`} key={e.entryId} data-entry={e.entryId}>
          <Text className='entry-what'>{`${CATEGORY_LABELS[e.category]} · ${e.memo}`}</Text>
          <Text
            className='entry-points'
            data-points={e.points}
          >{`${signed(e.points)} 积分${e.minutes ? `，${signed(e.minutes)} 分钟` : ''}`}</Text>
          <Text className='meta'>{`${formatDateTime(e.at)} · ${e.byName}${e.reason && e.reason !== e.memo ? ` · 原因：${e.reason}` : ''}`}</Text>
          {e.corrected ? <Text className='meta entry-corrected'>已更正</Text> : null}
          {e.correctable ? (
            <BigButton kind='secondary' className='entry-correct' id={`entry-correct-${i}`} onClick={() => setCorrecting(e)}>
              更正
            </BigButton>
          ) : null}
        </View>
      ))}
      <MoreButton id='entries-more' list={list} more={more} />
      {correcting ? (
        <CorrectDialog entry={correcting} busy={busy} onCorrect={(c) => void correct(c)} onCancel={() => setCorrecting(undefined)} />
      ) : null}
    </Card>
  );
}
