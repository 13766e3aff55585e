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

/** Every user is in China: instants show in China time, whatever the browser's own time zone. */
export const CHINA_TIME = { timeZone: 'Asia/Shanghai' } as const;

/** Today's date in China (YYYY-MM-DD), whatever the browser's time zone: deadlines are counted in China time. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { ...CHINA_TIME, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
/** Dates written out as a reader of the language writes them: 2026年12月1日, December 1, 2026. */
export const DATE_OPTIONS = { year: 'numeric', month: 'long', day: 'numeric' } as const;
/** An instant: its date so, and the time of day in China. */
export const INSTANT_OPTIONS = { ...CHINA_TIME, ...DATE_OPTIONS, hour: '2-digit', minute: '2-digit' } as const;

/** An instant as the console shows it: its day and time of day in China, in `locale`. */
export function instantText(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, INSTANT_OPTIONS);
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

/** A file's size as people read it: 45 字节 (the word given), 1.2 KB, 3.4 MB (powers of 1024, one decimal under 10). */
export function fileSizeText(bytes: number, locale: string, bytesWord: string): string {
  if (bytes < 1024) return `${new Intl.NumberFormat(locale).format(bytes)} ${bytesWord}`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
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
