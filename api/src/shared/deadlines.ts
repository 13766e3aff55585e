import { HolidayCalendar, PRC_HOLIDAY_CALENDAR } from './holiday-calendar';
import { IsoDate, addDays, assertIsoDate, datesFromTo, isIsoDate, isWeekend } from './iso-date';
import { RuleProblem } from './rule-violation';

/**
 * Statutory periods — PRC Civil Code Arts. 201, 203 (docs/domain-rules.md#deadlines).
 * Art. 201: the day of the event is not counted; counting starts the next day.
 * Art. 203: a last day on a statutory rest day (法定休假日: weekends and public holidays, but not the make-up
 * working days 调休) moves to the day after the rest ends; the last day ends at 24:00.
 */

/** A date whose schedule is not loaded: we cannot tell a rest day from a working day. */
export class OutsideHolidayCalendarError extends Error {
  constructor(readonly date: IsoDate, readonly missingYear: number, readonly coveredYears: readonly number[]) {
    super(`${date} depends on the State Council holiday schedule for ${missingYear}, which is not in the holiday calendar (covered: ${coveredYears.join(', ') || 'none'}); add it before computing this deadline`);
    this.name = 'OutsideHolidayCalendarError';
  }
}

// a year's notice may reach back into late December: the 2019 notice made 2018-12-31 a holiday and
// Saturday 2018-12-29 a working day, so from 25 December the next year's schedule is needed too
const NEXT_NOTICE_REACHES_BACK_FROM = '12-25';

function yearsNeededFor(date: IsoDate): number[] {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= NEXT_NOTICE_REACHES_BACK_FROM ? [year, year + 1] : [year];
}

/** Years in a calendar, for the console ("deadlines known until …"). */
export function coveredYears(calendar: HolidayCalendar = PRC_HOLIDAY_CALENDAR): number[] {
  return calendar.schedules.map((s) => s.year).sort((a, b) => a - b);
}

/** A statutory rest day (法定休假日); throws OutsideHolidayCalendarError for a year the calendar lacks. */
export function isRestDay(date: IsoDate, calendar: HolidayCalendar = PRC_HOLIDAY_CALENDAR): boolean {
  assertIsoDate(date);
  const covered = coveredYears(calendar);
  const missing = yearsNeededFor(date).find((year) => !covered.includes(year));
  if (missing !== undefined) throw new OutsideHolidayCalendarError(date, missing, covered);
  if (calendar.schedules.some((s) => s.makeUpWorkdays.includes(date))) return false;
  if (calendar.schedules.some((s) => s.holidays.some((h) => h.from <= date && date <= h.to))) return true;
  return isWeekend(date);
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: IsoDate, calendar: HolidayCalendar = PRC_HOLIDAY_CALENDAR): IsoDate {
  let day = date;
  while (isRestDay(day, calendar)) day = addDays(day, 1);
  return day;
}

export interface Deadline {
  event: IsoDate;
  days: number;
  /** The `days`-th day after the event (Art. 201). */
  nominalLastDay: IsoDate;
  /** The nominal last day, or the first working day after the rest days it fell on (Art. 203). */
  lastDay: IsoDate;
  /** The rest days the deadline was moved over, empty when it was not moved. */
  restDaysSkipped: IsoDate[];
}

/** The last day of a period of `days` days after `event`, e.g. the 30-day committee filing deadline. */
export function deadlineAfter(event: IsoDate, days: number, calendar: HolidayCalendar = PRC_HOLIDAY_CALENDAR): Deadline {
  assertIsoDate(event, 'event date');
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`a period is a positive whole number of days, got ${days}`);
  const nominalLastDay = addDays(event, days);
  const lastDay = nextWorkingDay(nominalLastDay, calendar);
  return { event, days, nominalLastDay, lastDay, restDaysSkipped: datesFromTo(nominalLastDay, addDays(lastDay, -1)) };
}

/** Overdue from the day after the last day: the last day runs to 24:00 (Art. 203). */
export function isOverdue(deadline: Deadline, today: IsoDate): boolean {
  assertIsoDate(today, 'today');
  return today > deadline.lastDay;
}

/** Structural checks for a calendar loaded or edited as data; an empty list means it is consistent. */
export function checkHolidayCalendar(calendar: HolidayCalendar): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const years = calendar.schedules.map((s) => s.year);
  for (const year of years.filter((y, i) => years.indexOf(y) !== i)) {
    problems.push({ rule: 'CALENDAR_YEAR_TWICE', subject: String(year), message: 'the year has two schedules' });
  }
  for (const schedule of calendar.schedules) {
    // in the year, or in the last week of the December before (see NEXT_NOTICE_REACHES_BACK_FROM)
    const inYear = (d: IsoDate) =>
      d.slice(0, 4) === String(schedule.year) ||
      (d.slice(0, 4) === String(schedule.year - 1) && d.slice(5) >= NEXT_NOTICE_REACHES_BACK_FROM);
    for (const h of schedule.holidays) {
      const subject = `${schedule.year} ${h.name}`;
      if (![h.from, h.to].every((d) => isIsoDate(d) && inYear(d)) || h.from > h.to) {
        problems.push({ rule: 'CALENDAR_HOLIDAY_RANGE', subject, message: `${h.from}..${h.to} is not a range inside ${schedule.year}` });
      }
    }
    for (const d of schedule.makeUpWorkdays) {
      if (!isIsoDate(d) || !inYear(d) || !isWeekend(d)) {
        problems.push({ rule: 'CALENDAR_MAKE_UP_DAY', subject: d, message: `a make-up working day must be a weekend day of ${schedule.year} (or its eve)` });
      } else if (schedule.holidays.some((h) => h.from <= d && d <= h.to)) {
        problems.push({ rule: 'CALENDAR_MAKE_UP_DAY', subject: d, message: 'a make-up working day cannot fall inside a holiday' });
      }
    }
  }
  return problems;
}
