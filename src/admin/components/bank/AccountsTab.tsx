// 账户与更正: accounts of one kind with their balances (bank.accounts); choosing one shows its entries
// (EntriesPanel), where an entry is corrected by reversal.
import { Text } from '@tarojs/components';
import { useCallback, useState } from 'react';
import { Choices, Tappable } from '@/components';
import type { ACCOUNT_KINDS } from '@/domain/bank/account';
import { usePaged } from '@/hooks/usePaged';
import { call } from '@/services';
import { EntriesPanel } from './EntriesPanel';
import { ListState, MoreButton } from './PagedParts';

type Kind = (typeof ACCOUNT_KINDS)[number];
const KINDS: Record<Exclude<Kind, 'hold'>, string> = {
  passbook: '志愿者存折',
  sponsor: '赞助方',
  office: '分行与储蓄所',
  merchant: '爱心商户',
  issuer: '总行',
};

/** `.account-kind-<kind>` choices; `.account` / `#account-<n>` (`.account-balance` data-balance); `#accounts-more`. */
export function AccountsTab() {
  const [kind, setKind] = useState<keyof typeof KINDS>('passbook');
  const [open, setOpen] = useState<{ accountId: string; name: string }>();
  const load = useCallback((page: number) => call('bank', { action: 'accounts' as const, kind, page }), [kind]);
  const { list, reload, more } = usePaged(load, { keyOf: (a) => a.accountId });
  if (open)
    return (
      <EntriesPanel
        accountId={open.accountId}
        name={open.name}
        onClose={() => {
          setOpen(undefined);
          void reload(); // a correction changed the balances
        }}
      />
    );
  return (
    <>
      <Choices prefix='account-kind' label='账户类型' options={KINDS} value={kind} onChange={setKind} />
      <ListState list={list} empty='没有这类账户。' />
      {list.items.map((a, i) => (
        <Tappable
          key={a.accountId}
          id={`account-${i}`}
          className='card account'
          label={`${a.name}，余额 ${a.balance} 积分，查看记录`}
          onClick={() => setOpen({ accountId: a.accountId, name: a.name })}
        >
          <Text className='account-name'>{a.name}</Text>
          <Text
            className='account-balance'
            data-balance={a.balance}
          >{`余额 ${a.balance} 积分${a.kind === 'passbook' ? ` · 服务 ${Math.round(a.minutes / 6) / 10} 小时` : ''}`}</Text>
        </Tappable>
      ))}
      <MoreButton id='accounts-more' list={list} more={more} />
    </>
  );
}
