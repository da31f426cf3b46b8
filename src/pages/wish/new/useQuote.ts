// Repairs at cost: what this household will pay, shown before submitting. The price list is asked once
// (which categories carry a price); for a priced category and a room that fits the code, the
// household's quote (bank.quote) — asked again, after a short pause, when the room or category changes,
// and both asked again on a new `round` (submit answered that the price is not the one shown).
import { useEffect, useState } from 'react';
import type { QuoteState } from '@/components/wish/PriceNotice';
import type { Category } from '@/domain/menu';
import { roomProblem, type CodeFixes } from '@/domain/schemas/common';
import { usePricedCategories } from '@/hooks/usePricedCategories';
import { call } from '@/services';

const PAUSE_MS = 400;

export function useQuote(buildingId: string, category: Category | '', room: string, fixes?: CodeFixes, round = 0): QuoteState {
  const priced = usePricedCategories(round);
  const [quote, setQuote] = useState<{ key: string; text: string; payFen: number }>();
  const roomOk = room.trim() !== '' && !roomProblem(room, fixes);
  const key = `${buildingId}|${category}|${room.trim()}|${round}`;
  const ask = !!buildingId && !!category && priced.has(category) && roomOk;
  useEffect(() => {
    if (!ask || !category) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('bank', { action: 'quote', buildingId, room: room.trim(), category }).then((r) => {
        if (live && r.ok && r.data.priced) setQuote({ key, text: r.data.text, payFen: r.data.payFen });
      });
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ask, key, buildingId, category, room]);

  if (!category || !priced.has(category)) return { kind: 'free' };
  if (!ask) return { kind: 'room' };
  if (quote?.key !== key) return { kind: 'asking' };
  return { kind: 'quote', text: quote.text, payFen: quote.payFen };
}
