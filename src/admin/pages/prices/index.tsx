/**
 * 收费标准与公益基金 (repairs at cost) — the street's admins set which services are at cost and their
 * prices (PriceEditor: settings key `prices`), and keep the communities' public-welfare funds
 * (FundsPanel: balances, waiting repairs, entries, 拨入基金).
 *
 * Selectors (browser tests): `#prices-page`; `#prices-done`; `.error-message[data-code]`; PriceEditor's
 * and FundsPanel's own.
 */
import { useCallback, useState } from 'react';
import { Loading, Notice, PageRoot, RetryNotice } from '@/components';
import { FundsPanel, type Topup } from '@/admin/components/FundsPanel';
import { PriceEditor, type PriceChange } from '@/admin/components/PriceEditor';
import { formatFen } from '@/domain/money/fen';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import '@/admin/components/admin.scss';

const loadPlaces = () => call('wish', { action: 'places' });

export default function PricesPage() {
  const loadSettings = useCallback(() => call('bank', { action: 'settings' }), []);
  const { state: settings, reload } = useRemote(loadSettings);
  const { state: places } = useRemote(loadPlaces);
  const { busy, error, done, act } = useAct();
  const [booked, setBooked] = useState(0);
  const save = async (c: PriceChange, version: number) => {
    const r = await act(
      () => call('bank', { action: 'set_setting', key: 'prices', value: c.value, version, reason: c.reason }),
      '收费标准已保存',
      {
        toast: false,
      },
    );
    if (r.ok || r.error.code === 'SETTING.CHANGED') await reload();
  };
  const topup = async (t: Topup) => {
    const r = await act(() => call('bank', { action: 'fund_topup', ...t }), `已拨入 ${formatFen(t.fen)}`, { toast: false });
    if (r.ok) setBooked((n) => n + 1);
  };
  const communities = places.status === 'ready' ? places.data.communities.map((c) => ({ communityId: c.communityId, name: c.name })) : [];
  return (
    <PageRoot id='prices-page' desk heading='收费标准与公益基金'>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done ? (
        <Notice kind='success' id='prices-done'>
          {done}
        </Notice>
      ) : null}
      {settings.status === 'loading' ? <Loading /> : null}
      {settings.status === 'error' ? <RetryNotice code={settings.code} message={settings.message} onRetry={() => void reload()} /> : null}
      {settings.status === 'ready' ? (
        <PriceEditor
          value={settings.data.prices.value}
          version={settings.data.prices.version}
          busy={busy}
          onSave={(c) => void save(c, settings.data.prices.version)}
        />
      ) : null}
      {places.status === 'ready' ? (
        <FundsPanel communities={communities} busy={busy} booked={booked} onTopup={(t) => void topup(t)} />
      ) : null}
    </PageRoot>
  );
}
