// Money in fen (分): integers only, so sums are exact; shown as yuan with two decimals.

/** A non-negative whole number of fen. */
export const isFen = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** 1234 → '¥12.34'. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
