/**
 * Where the owners' statements are: the console's pages (inside the hash) and the API's printable PDFs. A
 * small-repair fund's period travels as `2026Q3` (a quarter) or `2026` (the whole year), as the PDF's path has it.
 */

export interface FundPeriod {
  year: number;
  /** null for the whole year */
  quarter: number | null;
}

export const INDEX_ADDRESS = '/public/statements';

export const fundPeriodCode = ({ year, quarter }: FundPeriod): string => (quarter === null ? String(year) : `${year}Q${quarter}`);

/** The period of a fund page's address; null for anything else, which the page reads as not found. */
export function parseFundPeriod(code: string): FundPeriod | null {
  const match = /^(\d{4})(?:Q([1-4]))?$/.exec(code);
  return match ? { year: Number(match[1]), quarter: match[2] ? Number(match[2]) : null } : null;
}

/** A year of a book's address; null for anything but four digits. */
export const parseYear = (text: string): number | null => (/^\d{4}$/.test(text) ? Number(text) : null);

export const quarterAddress = (periodId: string) => `${INDEX_ADDRESS}/${periodId}`;
export const yearAddress = (accountId: string, year: number) => `${INDEX_ADDRESS}/years/${accountId}/${year}`;
export const fundAddress = (fundId: string, period: FundPeriod) => `/public/repair-funds/${fundId}/${fundPeriodCode(period)}`;

export const quarterPdf = (periodId: string) => `/documents/account-statements/${periodId}/statement.pdf`;
export const yearPdf = (accountId: string, year: number) => `/documents/account-years/${accountId}/${year}/statement.pdf`;
export const fundPdf = (fundId: string, period: FundPeriod) => `/documents/repair-funds/${fundId}/${fundPeriodCode(period)}/statement.pdf`;
