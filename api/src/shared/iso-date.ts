/**
 * Calendar dates as "YYYY-MM-DD" strings: what the API and the database exchange, compared as strings.
 * No time zones: a deadline is a day in China, not an instant.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** True for a day that exists in the Gregorian calendar (rejects 2025-02-29, 2024-13-01). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Throws on anything but a real "YYYY-MM-DD" day: a malformed date here is a programming error. */
export function assertIsoDate(value: string, what = 'date'): void {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a real date as YYYY-MM-DD, got '${value}'`);
}

function toUtcMs(date: IsoDate): number {
  assertIsoDate(date);
  const utc = new Date(0);
  // not Date.UTC: it reads the years 0–99 as 1900–1999
  utc.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return utc.getTime();
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** The same day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  assertIsoDate(date);
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${date.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/** Every day from `from` to `to`, both included. */
export function datesFromTo(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Today in China (UTC+8, no daylight saving): deadlines are days there, whatever the server's time zone. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return dateInChina(now);
}

/** The day in China on which an instant falls. */
export function dateInChina(instant: Date): IsoDate {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The year in China of an instant: a filing approved at 01:30 on 1 January in Beijing is numbered in the new year. */
export function yearInChina(instant: Date): number {
  return Number(dateInChina(instant).slice(0, 4));
}

/** A day as printed papers write it for Chinese readers: 2026年12月6日 (users' review: ISO dates on every paper). */
export function chineseDay(date: IsoDate): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** An instant as printed papers write it: 2026年12月6日 09:30, Beijing time. */
export function chineseMinute(instant: Date): string {
  const minute = minuteInChina(instant);
  return `${chineseDay(minute.slice(0, 10))} ${minute.slice(11)}`;
}

/** An instant as a clerk in China reads it: YYYY-MM-DD HH:mm in Beijing time (UTC+8, no daylight saving). */
export function minuteInChina(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
