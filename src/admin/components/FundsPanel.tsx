// 公益基金: each community fund's balance (fen, shown in yuan), how many served repairs wait for a short
// fund, the money book's latest entries, and a top-up (拨入) with a reason — one request id per form.
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { BigButton, Card, Choices, FieldError, FormInput, Loading, RetryNotice } from '@/components';
import { formatFen, parseYuan } from '@/domain/money/fen';
import { useRemote } from '@/hooks/useRemote';
import { call, formatDateTime } from '@/services';
import { newRequestId } from '@/services/requestId';

export interface Topup {
  communityId: string;
  fen: number;
  reason: string;
  requestId: string;
}

interface Props {
  communities: ReadonlyArray<{ communityId: string; name: string }>;
  busy: boolean;
  /** Bumped after each top-up: the book is read again and the form gets a new request id. */
  booked: number;
  onTopup: (t: Topup) => void;
}

/** `#funds`: `.fund` (`data-fen`), `#funds-waiting`, `.money-entry`; the form `.fund-community-<id>`, `#fund-amount`, `#fund-reason`, `#fund-topup`. */
export function FundsPanel({ communities, busy, booked, onTopup }: Props) {
  const load = useCallback(() => call('bank', { action: 'money_book', page: 0 }), []);
  const { state, reload } = useRemote(load);
  useEffect(() => {
    if (booked) void reload();
  }, [booked, reload]);
  // A new id per top-up booked.
  const requestId = useMemo(() => (booked >= 0 ? newRequestId() : ''), [booked]);
  const [communityId, setCommunityId] = useState(communities[0]?.communityId ?? '');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = () => {
    const fen = parseYuan(amount);
    const found: Record<string, string> = {};
    if (!fen) found.amount = '请填写拨入金额（元），如 500 或 500.50';
    if (reason.trim().length < 2) found.reason = '请写明资金来源或原因（至少2个字）';
    setErrors(found);
    if (fen && !found.reason) onTopup({ communityId, fen, reason: reason.trim(), requestId });
  };
  const names = Object.fromEntries(communities.map((c) => [c.communityId, c.name]));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} />;
  const book = state.data;
  return (
    <Card title='社区公益基金' id='funds'>
      {book.funds.length === 0 ? <Text className='meta'>还没有基金入账。</Text> : null}
      {book.funds.map((f) => (
        <Text key={f.communityId} className='fund' data-fen={f.balanceFen}>{`${f.communityName}：余额 ${formatFen(f.balanceFen)}`}</Text>
      ))}
      <Text className='meta' id='funds-waiting'>
        {book.waiting ? `有 ${book.waiting} 单维修因基金不足等待结算，拨入后每小时自动结算。` : '没有等待结算的维修。'}
      </Text>
      {book.entries.items.map((e) => (
        <Text key={e.id} className='meta money-entry'>
          {`${formatDateTime(e.at)} ${e.kindLabel} ${names[e.communityId] ?? e.communityId} ${formatFen(e.lines.find((l) => l.account.startsWith('fund:'))?.fen ?? 0)} · ${e.reason} · ${e.byName}`}
        </Text>
      ))}
      {communities.length ? (
        <View className='fund-form'>
          <Text className='field-label'>拨入社区</Text>
          <Choices options={names} value={communityId} prefix='fund-community' label='拨入社区' onChange={setCommunityId} />
          <Text className='field-label' id='fund-amount-label'>
            金额（元）
          </Text>
          <FormInput
            id='fund-amount'
            label='金额（元）'
            labelId='fund-amount-label'
            value={amount}
            maxlength={10}
            invalid={!!errors.amount}
            describedBy={errors.amount ? ['fund-amount-error'] : undefined}
            onInput={setAmount}
          />
          {errors.amount ? <FieldError field='amount' id='fund-amount-error' message={errors.amount} /> : null}
          <Text className='field-label' id='fund-reason-label'>
            来源或原因
          </Text>
          <FormInput
            id='fund-reason'
            label='来源或原因'
            labelId='fund-reason-label'
            value={reason}
            maxlength={60}
            placeholder='如：街道拨付2026年公益基金'
            invalid={!!errors.reason}
            describedBy={errors.reason ? ['fund-reason-error'] : undefined}
            onInput={setReason}
          />
          {errors.reason ? <FieldError field='reason' id='fund-reason-error' message={errors.reason} /> : null}
          <BigButton id='fund-topup' busy={busy} onClick={submit}>
            拨入基金
          </BigButton>
        </View>
      ) : null}
    </Card>
  );
}
