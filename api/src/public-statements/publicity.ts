import type { IsoDate } from '../shared/iso-date';
import { periodOf } from '../shared/ledger-statement';

/**
 * When a statement of the estates' money is the owners' to read without signing in
 * (docs/domain-rules.md#public-statements): only when its figures can no longer change, so what an owner
 * printed yesterday still holds today.
 */

export interface BookQuarter {
  year: number;
  quarter: number;
  status: 'OPEN' | 'CLOSED' | 'COUNTERSIGNED' | 'PUBLISHED';
}

/**
 * A committee book's year is public when the book has quarters in it, every one of them is published, and the
 * book is closed through the year's last quarter (a quarter at or after it is no longer open), so no entry
 * dated in the year can still be booked (docs/domain-rules.md#committee-accounts).
 */
export function bookYearIsPublic(quarters: readonly BookQuarter[], year: number): boolean {
  const ofYear = quarters.filter((q) => q.year === year);
  if (!ofYear.length || ofYear.some((q) => q.status !== 'PUBLISHED')) return false;
  return quarters.some((q) => q.status !== 'OPEN' && (q.year > year || (q.year === year && q.quarter === 4)));
}

/** The years of a book that are public, oldest first. */
export function publicBookYears(quarters: readonly BookQuarter[]): number[] {
  return [...new Set(quarters.map((q) => q.year))].sort((a, b) => a - b).filter((year) => bookYearIsPublic(quarters, year));
}

const monthIndex = (month: IsoDate) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number): IsoDate => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/**
 * The last month of a fund's unbroken run of posted months from its opening month (YYYY-MM-01), or null when the
 * opening month is not posted: a month missing before it would change every later opening balance once posted.
 */
export function postedThrough(openedMonth: IsoDate, postedMonths: readonly IsoDate[]): IsoDate | null {
  const posted = new Set(postedMonths.map(monthIndex));
  let index = monthIndex(openedMonth);
  if (!posted.has(index)) return null;
  while (posted.has(index + 1)) index++;
  return monthOf(index);
}

/**
 * A small-repair fund's quarter (1–4) or year (quarter null) is public once it has ended (China's day), the fund
 * was open in it, and every month from the fund's opening to the period's end is posted: months are posted once,
 * withdrawals count on the day approved and corrections on the day posted, so nothing can move its figures.
 */
export function fundPeriodIsPublic(openedMonth: IsoDate, through: IsoDate | null, year: number, quarter: number | null, today: IsoDate): boolean {
  const { to } = periodOf(year, quarter);
  if (today <= to || through === null) return false;
  const lastMonth = `${to.slice(0, 7)}-01`;
  return lastMonth >= openedMonth && through >= lastMonth;
}

/** Every public quarter and year of a fund, oldest first (the owners' index). */
export function publicFundPeriods(openedMonth: IsoDate, through: IsoDate | null, today: IsoDate): Array<{ year: number; quarter: number | null }> {
  if (through === null) return [];
  const periods: Array<{ year: number; quarter: number | null }> = [];
  const firstYear = Number(openedMonth.slice(0, 4));
  const lastYear = Number(today.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (fundPeriodIsPublic(openedMonth, through, year, quarter, today)) periods.push({ year, quarter });
    }
    if (fundPeriodIsPublic(openedMonth, through, year, null, today)) periods.push({ year, quarter: null });
  }
  return periods;
}
