import { IsoDate, isIsoDate, isWeekend } from './iso-date';
import { RuleProblem } from './rule-violation';
import { textLength } from './text';
import { Festival, festivalsOn, FIRST_SUPPORTED_YEAR, holidayLawFor, isSupportedYear, LAST_SUPPORTED_YEAR, StatutoryHoliday, statutoryHolidays } from './statutory-holidays';

/**
 * The State Council General Office's yearly notice (国务院办公厅关于XXXX年部分节假日安排的通知) as data, entered by an
 * admin when it is published (usually October–December of the year before): its days off (放假调休, weekdays
 * and weekends alike) and its make-up working days (调休上班, weekends that are working days). The law's own
 * days off (statutory-holidays.ts) hold whether or not a year's notice is entered.
 */
export type NoticeDayKind = 'OFF' | 'WORKDAY';

export interface NoticeDay {
  date: IsoDate;
  kind: NoticeDayKind;
  note: string;
}

export interface HolidayNotice {
  year: number;
  /** the notice's document number, e.g. 国办发明电〔2024〕12号 */
  document: string;
  days: readonly NoticeDay[];
}

/** The notices entered so far; a year without one is unknown, never assumed. */
export interface HolidayCalendar {
  notices: readonly HolidayNotice[];
}

// a year's notice may reach back into late December: the 2019 notice made 2018-12-31 a holiday and Saturday
// 2018-12-29 a working day, the 2023 notice made 2022-12-31 a day off
const REACHES_BACK_FROM = '12-25';

/** The days a notice of `year` may speak of: 25 December of the year before to 31 December. */
export function noticeWindow(year: number): { from: IsoDate; to: IsoDate } {
  return { from: `${year - 1}-${REACHES_BACK_FROM}`, to: `${year}-12-31` };
}

/** The years whose notices may say something about `date`. */
export function noticeYearsFor(date: IsoDate): number[] {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= REACHES_BACK_FROM ? [year, year + 1] : [year];
}

export type DayReason = 'NOTICE_WORKDAY' | 'NOTICE_OFF' | 'STATUTORY' | 'WEEKEND' | 'WORKING_DAY';

export interface DayStatus {
  dayOff: boolean;
  /** what decided it, strongest first: the law, then the notice, then the week */
  reason: DayReason;
  festivals: Festival[];
  /** the notice's note for the day, if it names the day */
  note: string | null;
  /** notices that may still change the answer (not entered yet) */
  missingNotices: number[];
}

/**
 * Whether `date` is a day off (法定休假日, Civil Code Art. 203): a statutory holiday always; a notice's days off;
 * a weekend unless the notice makes it a working day. A notice never makes a statutory holiday a working day
 * (checkHolidayNotice refuses it), so the law's days hold whatever is entered.
 */
export function dayStatus(date: IsoDate, calendar: HolidayCalendar): DayStatus {
  const years = noticeYearsFor(date);
  const entered = calendar.notices.filter((n) => years.includes(n.year));
  const missingNotices = years.filter((y) => !entered.some((n) => n.year === y));
  const noticed = entered.flatMap((n) => n.days).find((d) => d.date === date);
  const festivals = festivalsOn(date);
  const base = { festivals, note: noticed?.note ?? null, missingNotices };
  if (festivals.length > 0) return { ...base, dayOff: true, reason: 'STATUTORY' };
  if (noticed) return { ...base, dayOff: noticed.kind === 'OFF', reason: noticed.kind === 'OFF' ? 'NOTICE_OFF' : 'NOTICE_WORKDAY' };
  return { ...base, dayOff: isWeekend(date), reason: isWeekend(date) ? 'WEEKEND' : 'WORKING_DAY' };
}

const MAX_TEXT = 100;

/**
 * Every problem with a notice as entered; `others` are the other years' notices (a date belongs to one notice).
 * `subject` names the day as `days[<index>]` so services can report the field.
 */
export function checkHolidayNotice(notice: HolidayNotice, others: readonly HolidayNotice[] = []): RuleProblem[] {
  const problems: RuleProblem[] = [];
  // its window reaches into the December before, which the law must cover too
  if (!isSupportedYear(notice.year) || !isSupportedYear(notice.year - 1)) {
    problems.push({ rule: 'HOLIDAY_YEAR', subject: 'year', message: `a notice is for a year from ${FIRST_SUPPORTED_YEAR + 1} to ${LAST_SUPPORTED_YEAR}`, args: { from: FIRST_SUPPORTED_YEAR + 1, to: LAST_SUPPORTED_YEAR } });
    return problems;
  }
  const document = notice.document.trim();
  if (textLength(document) < 2 || textLength(document) > MAX_TEXT) {
    problems.push({ rule: 'LENGTH', subject: 'document', message: `the document number is 2 to ${MAX_TEXT} characters, e.g. 国办发明电〔2024〕12号`, args: { min: 2, max: MAX_TEXT } });
  }
  if (notice.days.length === 0) problems.push({ rule: 'NOTICE_EMPTY', subject: 'days', message: 'a notice lists at least one day' });
  const { from, to } = noticeWindow(notice.year);
  const seen = new Set<IsoDate>();
  notice.days.forEach((day, i) => {
    const subject = `days[${i}].date`;
    if (textLength(day.note) > MAX_TEXT) problems.push({ rule: 'LENGTH', subject: `days[${i}].note`, message: `a note is at most ${MAX_TEXT} characters`, args: { max: MAX_TEXT } });
    if (!isIsoDate(day.date) || day.date < from || day.date > to) {
      problems.push({ rule: 'NOTICE_DAY_OUTSIDE_YEAR', subject, message: `${day.date} is not a day of ${notice.year} (a notice may reach back to ${from})`, args: { day: day.date, year: notice.year, from } });
      return;
    }
    if (seen.has(day.date)) {
      problems.push({ rule: 'NOTICE_DAY_TWICE', subject, message: `${day.date} is listed twice`, args: { day: day.date } });
      return;
    }
    seen.add(day.date);
    const elsewhere = others.find((n) => n.year !== notice.year && n.days.some((d) => d.date === day.date));
    if (elsewhere) {
      problems.push({ rule: 'NOTICE_DAY_IN_OTHER_NOTICE', subject, message: `${day.date} is already in the ${elsewhere.year} notice`, args: { day: day.date, year: elsewhere.year } });
    }
    if (day.kind === 'WORKDAY' && !isWeekend(day.date)) {
      problems.push({ rule: 'NOTICE_WORKDAY_NOT_WEEKEND', subject, message: `${day.date} is a weekday: a make-up working day is a Saturday or Sunday`, args: { day: day.date } });
    } else if (day.kind === 'WORKDAY' && festivalsOn(day.date).length > 0) {
      problems.push({ rule: 'NOTICE_WORKDAY_ON_HOLIDAY', subject, message: `${day.date} is a statutory holiday: no notice makes it a working day`, args: { day: day.date } });
    }
  });
  return problems;
}

export interface YearOverview {
  year: number;
  /** the version of the law that fixes the year's statutory holidays */
  decree: string;
  notice: HolidayNotice | null;
  statutoryHolidays: readonly StatutoryHoliday[];
  /** every day the law or a notice names (statutory holidays, the notice's days, a next notice's December days), in date order */
  days: Array<DayStatus & { date: IsoDate }>;
}

/** A year as the console shows it: what the law fixes, what the notice adds, and what is still unknown. */
export function yearOverview(year: number, calendar: HolidayCalendar): YearOverview {
  const statutory = statutoryHolidays(year);
  // the year's own notice (reaching back into December, maybe) and the next one's December days
  const named = calendar.notices.flatMap((n) => n.days.filter((d) => n.year === year || d.date.startsWith(`${year}-`)).map((d) => d.date));
  const dates = [...new Set([...statutory.map((h) => h.date), ...named])].sort();
  return {
    year,
    decree: holidayLawFor(year).decree,
    notice: calendar.notices.find((n) => n.year === year) ?? null,
    statutoryHolidays: statutory,
    days: dates.map((date) => ({ date, ...dayStatus(date, calendar) })),
  };
}
