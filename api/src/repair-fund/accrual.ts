/**
 * The small-repair fund's monthly accrual (以养代修, docs/domain-rules.md#repair-fund): the estate's charged
 * area × the fee rate (元/m²/月) × the share set aside. Exact: area in hundredths of m², the rate in
 * ten-thousandths of a 元, the share in basis points, multiplied as integers and rounded once, half up, to the
 * fen (四舍五入 of the month's total, never of each unit).
 */

/** "1.99" → 19900 (ten-thousandths of a 元); at most four decimals, more than zero. */
export function rateInTenThousandths(rate: string): number {
  const match = /^(\d{1,4})(?:\.(\d{1,4}))?$/.exec(rate.trim());
  if (!match) throw new RangeError(`not a fee rate in 元/m²/月 with at most four decimals: ${rate}`);
  const value = Number(match[1]) * 10_000 + Number((match[2] ?? '').padEnd(4, '0'));
  if (value <= 0) throw new RangeError('the fee rate must be more than zero');
  return value;
}

/** "10" or "12.5" (per cent) → basis points (1000, 1250); more than 0, at most 100, at most two decimals. */
export function percentToBasisPoints(percent: string): number {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(percent.trim());
  if (!match) throw new RangeError(`not a percentage with at most two decimals: ${percent}`);
  const value = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (value <= 0 || value > 10_000) throw new RangeError('the share must be more than 0 % and at most 100 %');
  return value;
}

/** 1000 → "10.00" */
export function basisPointsToPercent(basisPoints: number): string {
  return `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;
}

/** The month's set-aside in fen: areaHundredths × rate × basis points / 10⁸, rounded half up. */
export function monthlyAccrualFen(areaHundredths: number, rate: string, basisPoints: number): number {
  if (!Number.isSafeInteger(areaHundredths) || areaHundredths < 0) throw new RangeError(`not an area in hundredths of m²: ${areaHundredths}`);
  if (!Number.isInteger(basisPoints) || basisPoints <= 0 || basisPoints > 10_000) throw new RangeError(`not a share in basis points: ${basisPoints}`);
  // m²/100 × 元/10⁴ × share/10⁴ = 元/10¹⁰ = fen/10⁸
  const product = BigInt(areaHundredths) * BigInt(rateInTenThousandths(rate)) * BigInt(basisPoints);
  const fen = (product + 50_000_000n) / 100_000_000n;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('accrual out of range');
  return Number(fen);
}

export interface Terms {
  /** first day of the month the terms apply from, YYYY-MM-01 */
  fromMonth: string;
  feeRate: string;
  setAsideBasisPoints: number;
}

/** The terms in force in a month: the latest that started on or before it, or null before the first. */
export function termsForMonth<T extends Terms>(terms: readonly T[], month: string): T | null {
  let found: T | null = null;
  for (const t of terms) if (t.fromMonth <= month && (!found || t.fromMonth > found.fromMonth)) found = t;
  return found;
}

/** "2026-11" or "2026-11-01" → "2026-11-01"; anything else is refused. */
export function firstOfMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})(?:-01)?$/.exec(month.trim());
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  return `${match[1]}-${match[2]}-01`;
}
