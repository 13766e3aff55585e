import type { IsoDate } from '../shared/iso-date';
import { periodOf } from '../shared/ledger-statement';

/**
 * When a small-repair fund's statement is the owners' to read without signing in
 * (docs/domain-rules.md#public-statements): only when its figures can no longer change, so what an owner
 * printed yesterday still holds today.
 */

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
 * withdrawals count on the day approved, corrections and refunds on the day posted (the database's day, never an
 * earlier one), so nothing can move its figures. A refund needs nothing more here (docs/domain-rules.md#public-statements).
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
