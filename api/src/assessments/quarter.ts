import { addDays } from '../shared/iso-date';

/** A calendar quarter, written `2026-Q3` (docs/domain-rules.md#assessment): the period one assessment covers. */
export type Quarter = string;

const QUARTER = /^(20[0-9]{2})-Q([1-4])$/;

export function isQuarter(value: string): boolean {
  return QUARTER.test(value);
}

export function parseQuarter(quarter: Quarter): { year: number; q: number } {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  return { year: Number(match[1]), q: Number(match[2]) };
}

/** The quarter a day falls in. */
export function quarterOf(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** First and last day of the quarter, inclusive. */
export function quarterBounds(quarter: Quarter): { first: string; last: string } {
  const { year, q } = parseQuarter(quarter);
  const first = `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { first, last: addDays(next, -1) };
}

/** The quarter `n` quarters before (negative: after). */
export function quarterBefore(quarter: Quarter, n = 1): Quarter {
  const { year, q } = parseQuarter(quarter);
  const index = year * 4 + (q - 1) - n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
