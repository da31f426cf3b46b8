// 转为心愿 for a priced category (repairs at cost): what the elder's household pays, asked once the
// category is chosen (visit.quote: the volunteer may not know the room, the visit order does). The
// price list says first which categories carry a price, so a free one never shows 正在计算. A new
// `round` (the filing answered that the price is not the one shown) asks both again.
import { useEffect, useState } from 'react';
import type { QuoteState } from '@/components/wish/PriceNotice';
import type { Category } from '@/domain/menu';
import { usePricedCategories } from '@/hooks/usePricedCategories';
import { call } from '@/services';

export function useVisitQuote(visitId: string, category: Category, round: number): QuoteState {
  const priced = usePricedCategories(round);
  const [quote, setQuote] = useState<{ key: string; text: string; payFen: number }>();
  const key = `${visitId}|${category}|${round}`;
  const ask = priced.has(category);
  useEffect(() => {
    if (!ask) return;
    let live = true;
    void call('visit', { action: 'quote', visitId, category }).then((r) => {
      if (live && r.ok && r.data.priced) setQuote({ key, text: r.data.text, payFen: r.data.payFen });
    });
    return () => void (live = false);
  }, [ask, key, visitId, category]);

  if (!ask) return { kind: 'free' };
  if (quote?.key !== key) return { kind: 'asking' };
  return { kind: 'quote', text: quote.text, payFen: quote.payFen };
}
