import { dayStatus, HolidayCalendar } from './holiday-calendar';
import { IsoDate, addDays, assertIsoDate, datesFromTo } from './iso-date';
import { RuleProblem } from './rule-violation';
import { FIRST_SUPPORTED_YEAR, isSupportedYear, LAST_SUPPORTED_YEAR, OutsideHolidayCalendarError } from './statutory-holidays';

/**
 * Statutory periods — PRC Civil Code Arts. 201, 203 (docs/domain-rules.md#deadlines).
 * Art. 201: the day of the event is not counted; counting starts the next day.
 * Art. 203: a last day on a day off (法定休假日: statutory holidays, the notice's days off, weekends that the
 * notice does not make working days) moves to the day after the days off end; the last day ends at 24:00.
 */

export interface Deadline {
  event: IsoDate;
  days: number;
  /** The `days`-th day after the event (Art. 201). */
  nominalLastDay: IsoDate;
  /** The nominal last day, or the first working day after the days off it fell on (Art. 203). */
  lastDay: IsoDate;
  /** The days off the deadline was moved over, empty when it was not moved. */
  restDaysSkipped: IsoDate[];
  /**
   * A notice this deadline depends on is not entered: the date skips the law's holidays and weekends, but the
   * notice may still move it (later for a bridging day off, earlier where it makes a weekend a working day).
   */
  provisional: boolean;
  /** the years whose notices are missing, when provisional */
  missingNotices: number[];
}

type Walk = { day: IsoDate; missingNotices: number[] } | { outsideYear: number };

function walkToWorkingDay(date: IsoDate, calendar: HolidayCalendar): Walk {
  const missing = new Set<number>();
  for (let day = date; ; day = addDays(day, 1)) {
    const year = Number(day.slice(0, 4));
    // a day of a year whose statutory holidays are not known cannot be judged (docs/domain-rules.md#holidays)
    if (!isSupportedYear(year)) return { outsideYear: year };
    const status = dayStatus(day, calendar);
    status.missingNotices.forEach((y) => missing.add(y));
    if (!status.dayOff) return { day, missingNotices: [...missing].sort((a, b) => a - b) };
  }
}

/**
 * `date` itself when it is a working day, else the first working day after it; with the notices it needed.
 * Throws OutsideHolidayCalendarError when it would have to judge a day of a year the law's calendar does not cover.
 */
export function nextWorkingDay(date: IsoDate, calendar: HolidayCalendar): { day: IsoDate; missingNotices: number[] } {
  const walk = walkToWorkingDay(date, calendar);
  if ('outsideYear' in walk) throw new OutsideHolidayCalendarError(walk.outsideYear);
  return walk;
}

function checkPeriod(event: IsoDate, days: number): void {
  assertIsoDate(event, 'event date');
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`a period is a positive whole number of days, got ${days}`);
}

/**
 * Why a period of `days` days after `event` cannot be computed: a day it must judge lies in a year whose statutory
 * holidays are not known (docs/domain-rules.md#holidays); null when it can. Services check a date a user gives with
 * it and refuse it on that field, so deadlineAfter never meets such a year.
 */
export function periodOutsideCalendar(event: IsoDate, days: number, calendar: HolidayCalendar): RuleProblem | null {
  checkPeriod(event, days);
  const walk = walkToWorkingDay(addDays(event, days), calendar);
  if (!('outsideYear' in walk)) return null;
  return {
    rule: 'HOLIDAY_YEAR',
    message: `the ${days}-day period after ${event} would end in ${walk.outsideYear}: statutory holidays are computed for ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}`,
    args: { days, event, endYear: walk.outsideYear, from: FIRST_SUPPORTED_YEAR, to: LAST_SUPPORTED_YEAR },
  };
}

/**
 * The last day of a period of `days` days after `event`, e.g. the 30-day committee filing deadline. Throws
 * OutsideHolidayCalendarError where periodOutsideCalendar finds a problem.
 */
export function deadlineAfter(event: IsoDate, days: number, calendar: HolidayCalendar): Deadline {
  checkPeriod(event, days);
  const nominalLastDay = addDays(event, days);
  const { day: lastDay, missingNotices } = nextWorkingDay(nominalLastDay, calendar);
  return {
    event,
    days,
    nominalLastDay,
    lastDay,
    restDaysSkipped: datesFromTo(nominalLastDay, addDays(lastDay, -1)),
    provisional: missingNotices.length > 0,
    missingNotices,
  };
}

/** Overdue from the day after the last day: the last day runs to 24:00 (Art. 203). */
export function isOverdue(deadline: Deadline, today: IsoDate): boolean {
  assertIsoDate(today, 'today');
  return today > deadline.lastDay;
}
