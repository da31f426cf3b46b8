/**
 * 公益银行 — the bank as the street's admin runs it: 积分规则 (the points rules and every other bank
 * setting, each a form read from its schema), 等待预算 (credits waiting for a sponsor's budget, paid in
 * order when budget is granted), 账户与更正 (any account and its entries; 更正 by reversal with a
 * reason) and 核对 (recompute every balance from the journal).
 *
 * Selectors (browser tests): `#bank-page`; tabs `.bank-tab-<rules|waiting|accounts|verify>` (chosen:
 * `.choice--on`); each tab's parts are listed in src/admin/components/bank/*.
 */
import { useState } from 'react';
import { Choices, PageRoot } from '@/components';
import { AccountsTab } from '@/admin/components/bank/AccountsTab';
import { RulesTab } from '@/admin/components/bank/RulesTab';
import { VerifyTab } from '@/admin/components/bank/VerifyTab';
import { WaitingTab } from '@/admin/components/bank/WaitingTab';
import '@/admin/components/admin.scss';
import '@/admin/components/bank/bank.scss';

const TABS = { rules: '积分规则', waiting: '等待预算', accounts: '账户与更正', verify: '核对' } as const;
type Tab = keyof typeof TABS;

export default function BankPage() {
  const [tab, setTab] = useState<Tab>('rules');
  return (
    <PageRoot id='bank-page' desk heading='公益银行'>
      <Choices prefix='bank-tab' label='公益银行' options={TABS} value={tab} onChange={setTab} />
      {tab === 'rules' ? <RulesTab /> : null}
      {tab === 'waiting' ? <WaitingTab /> : null}
      {tab === 'accounts' ? <AccountsTab /> : null}
      {tab === 'verify' ? <VerifyTab /> : null}
    </PageRoot>
  );
}
