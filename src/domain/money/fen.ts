// Money in fen (分): integers only, so sums are exact; shown as yuan with two decimals.

/** A non-negative whole number of fen. */
export const isFen = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** 1234 → '¥12.34'. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** What an admin types in yuan ('12', '12.5', '12.05') as fen, exactly (no floating point); undefined when it is not an amount. */
export function parseYuan(text: string): number | undefined {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 1205 → '12.05' (for an input's starting value). */
export const yuanText = (fen: number): string => formatFen(fen).replace('¥', '');
