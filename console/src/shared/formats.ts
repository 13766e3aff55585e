/**
 * Pure formatters (no React, no react-admin): dates, instants and areas as the console shows and exports them.
 * China keeps UTC+8 all year (no daylight saving), so China time is a fixed offset.
 */

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** A calendar date with no time zone (YYYY-MM-DD), as the API sends date-only fields. */
export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An instant as the API sends it (ISO 8601 with a time). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

/** An instant in China time for a spreadsheet: YYYY-MM-DD HH:mm:ss (UTC+8), whatever the browser's zone. */
export function chinaTime(iso: string): string {
  return new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** A calendar date or an instant written out in `locale`: a date as the day it names, an instant's day in China. */
export function calendarDay(value: string, locale: string, options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' }): string {
  // a date-only value is that day everywhere: read and written in UTC, never moved by the browser's zone
  if (CALENDAR_DATE.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  }
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Shanghai' }).format(new Date(value));
}

/**
 * An area in m² with exactly two decimals, grouped by thousands (2,307.60; 8,000.00): from the Decimal string
 * the API sends, digit by digit, never through a floating-point number; a number is rounded to hundredths first.
 */
export function areaText(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'number' ? value.toFixed(2) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = ''] = match;
  // hundredths, rounded half up on the third decimal (the API keeps two; a typed number may have more)
  const thousandths = BigInt(whole + fraction.padEnd(3, '0').slice(0, 3));
  const hundredths = ((thousandths + 5n) / 10n).toString().padStart(3, '0');
  const grouped = hundredths.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}.${hundredths.slice(-2)}`;
}
