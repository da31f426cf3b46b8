/**
 * 月结账单 — the shop's confirmed redemptions of a month (China time): date, item, points, the total;
 * 导出 makes an XLSX to download (on WeChat: opened with the system's viewer); a month with no
 * redemptions offers no export (an empty sheet helps nobody at the counter).
 *
 * Selectors (browser tests):
 * - `#statement-page`; `.month-<YYYY-MM>` (choices of the last three months); `#statement-total` (`data-total`)
 * - `.statement-row` (`.row-at`, `.row-item`, `.row-points`); `#statement-empty`; `#statement-export`, `#statement-file`
 */
import { Text, View } from '@tarojs/components';
import { useCallback, useMemo, useRef, useState } from 'react';
import { BigButton, Card, Choices, Loading, Notice, PageRoot, RetryNotice } from '@/components';
import { chinaDate } from '@/domain/bank/window';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';
import { openSheetFile } from '@/services/sheetFiles';
import '@/merchant/components/merchant.scss';

/** This month and the two before, as 2026-12. */
function recentMonths(now: Date): string[] {
  const { year, month } = chinaDate(now);
  return [0, 1, 2].map((back) => {
    const m = month - back;
    const [y, mm] = m > 0 ? [year, m] : [year - 1, m + 12];
    return `${y}-${String(mm).padStart(2, '0')}`;
  });
}

export default function StatementPage() {
  const months = useMemo(() => recentMonths(new Date()), []);
  const [month, setMonth] = useState(months[0]!);
  const load = useCallback(() => call('bank', { action: 'shop_statement' as const, month }), [month]);
  const { state, reload } = useRemote(load);
  const { busy, error, done, act, reset } = useAct();
  const [file, setFile] = useState<string>();
  const shown = useRef(month);
  shown.current = month;
  // Another month: the last export's notice (or its error) was about the month before.
  const choose = (m: string) => {
    reset();
    setFile(undefined);
    setMonth(m);
  };
  const exportIt = async () => {
    const asked = month;
    const r = await act(() => call('bank', { action: 'statement_export', month: asked }), '账单已导出', { toast: false });
    // The merchant chose another month meanwhile (choose() reset the outcome, so it was only toasted):
    // the file (its name says its month) still opens, but no notice about it sits on that month's page.
    if (r.ok && shown.current === asked) setFile(r.data.name);
    if (r.ok) await openSheetFile(r.data.url, r.data.name);
  };
  const options = Object.fromEntries(months.map((m) => [m, `${Number(m.slice(5))}月`])) as Record<string, string>;
  return (
    <PageRoot id='statement-page' desk heading='月结账单'>
      <View className='statement-months'>
        <Choices options={options} value={month} prefix='month' label='选择月份' onChange={choose} />
      </View>
      {error ? (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      ) : null}
      {done && file ? (
        <Notice kind='success' id='statement-file'>
          {`${done}：${file}`}
        </Notice>
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <RetryNotice code={state.code} message={state.message} onRetry={() => void reload()} /> : null}
      {state.status === 'ready' ? (
        <>
          <Card title={`${state.data.shopName} ${Number(month.slice(5))}月`}>
            <Text className='statement-total' id='statement-total' data-total={state.data.total}>
              {`共 ${state.data.count} 笔，${state.data.total} 积分`}
            </Text>
            {state.data.items.length > 0 ? (
              <BigButton kind='secondary' id='statement-export' busy={busy} onClick={() => void exportIt()}>
                导出 Excel
              </BigButton>
            ) : null}
          </Card>
          {state.data.items.length === 0 ? (
            <Notice kind='info' id='statement-empty'>
              这个月还没有核销记录。
            </Notice>
          ) : (
            <Card title='核销明细'>
              {state.data.items.map((i) => (
                <View key={i.reservationId} className='statement-row'>
                  <Text className='meta row-at'>{i.at}</Text>
                  <Text className='row-item'>{i.itemName}</Text>
                  <Text className='row-points'>{`${i.points} 积分`}</Text>
                </View>
              ))}
            </Card>
          )}
        </>
      ) : null}
    </PageRoot>
  );
}
