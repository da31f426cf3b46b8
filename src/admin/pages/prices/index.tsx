/**
 * 收费标准与公益基金 (repairs at cost) — the street's admins set which services are at cost and their
 * prices (PriceEditor: settings key `prices`), and keep the communities' public-welfare funds
 * (FundsPanel: balances, waiting repairs, entries, 拨入基金).
 *
 * Selectors (browser tests): `#prices-page`; `#prices-done`; `.error-message[data-code]`; PriceEditor's
 * and FundsPanel's own.
 */
import { useState } from 'react';
import { Loading, PageRoot, RetryNotice } from '@/components';
import { Outcome } from '@/admin/components/bank/Outcome';
import { FundsPanel, type Topup } from '@/admin/components/FundsPanel';
import { PriceEditor } from '@/admin/components/PriceEditor';
import { formatFen } from '@/domain/money/fen';
import { useRemote } from '@/hooks/useRemote';
import { useSettings } from '@/hooks/useSettings';
import { call } from '@/services';
import '@/admin/components/admin.scss';

const loadPlaces = () => call('wish', { action: 'places' });

export default function PricesPage() {
  const { settings, reload, busy, error, done, act, saveSetting } = useSettings();
  const { state: places } = useRemote(loadPlaces);
  const [booked, setBooked] = useState(0);
  const topup = async (t: Topup) => {
    const r = await act(() => call('bank', { action: 'fund_topup', ...t }), `已拨入 ${formatFen(t.fen)}`, { toast: false });
    if (r.ok) setBooked((n) => n + 1);
  };
  const communities = places.status === 'ready' ? places.data.communities.map((c) => ({ communityId: c.communityId, name: c.name })) : [];
  return (
    <PageRoot id='prices-page' desk heading='收费标准与公益基金'>
      <Outcome error={error} done={done} doneId='prices-done' />
      {settings.status === 'loading' ? <Loading /> : null}
      {settings.status === 'error' ? <RetryNotice code={settings.code} message={settings.message} onRetry={() => void reload()} /> : null}
      {settings.status === 'ready' ? (
        <PriceEditor
          value={settings.data.prices.value}
          version={settings.data.prices.version}
          busy={busy}
          onSave={(c) => void saveSetting('prices', { ...c, version: settings.data.prices.version }, '收费标准已保存')}
        />
      ) : null}
      {places.status === 'ready' ? (
        <FundsPanel communities={communities} busy={busy} booked={booked} onTopup={(t) => void topup(t)} />
      ) : null}
    </PageRoot>
  );
}
