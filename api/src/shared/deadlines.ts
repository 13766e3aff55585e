import { dayStatus, HolidayCalendar } from './holiday-calendar';
import { IsoDate, addDays, assertIsoDate, datesFromTo } from './iso-date';

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

/** `date` itself when it is a working day, else the first working day after it; with the notices it needed. */
export function nextWorkingDay(date: IsoDate, calendar: HolidayCalendar): { day: IsoDate; missingNotices: number[] } {
  const missing = new Set<number>();
  for (let day = date; ; day = addDays(day, 1)) {
    const status = dayStatus(day, calendar);
    status.missingNotices.forEach((y) => missing.add(y));
    if (!status.dayOff) return { day, missingNotices: [...missing].sort((a, b) => a - b) };
  }
}

/** The last day of a period of `days` days after `event`, e.g. the 30-day committee filing deadline. */
export function deadlineAfter(event: IsoDate, days: number, calendar: HolidayCalendar): Deadline {
  assertIsoDate(event, 'event date');
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`a period is a positive whole number of days, got ${days}`);
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
