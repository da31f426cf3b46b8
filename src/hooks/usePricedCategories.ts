// Repairs at cost: which categories carry a price (bank.prices), asked once and again on a new `round`
// (a filing answered that the price is not the one shown). The wish form and 转为心愿 ask a quote only
// for these, so a free category never shows 正在计算.
import { useEffect, useState } from 'react';
import { call } from '@/services';

export function usePricedCategories(round: number): ReadonlySet<string> {
  const [priced, setPriced] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void call('bank', { action: 'prices' }).then((r) => {
      if (live && r.ok) setPriced(new Set(r.data.items.map((i) => i.category)));
    });
    return () => void (live = false);
  }, [round]);
  return priced;
}
