import { Deadline, deadlineAfter } from '../shared/deadlines';
import { HolidayCalendar } from '../shared/holiday-calendar';
import { addDays, addYears, isLeapYear, IsoDate } from '../shared/iso-date';
import { CommitteeRules, DEFAULT_COMMITTEE_RULES } from './committee-composition';

// The committee's dates (docs/domain-rules.md#committee): its term, and the deadlines counted in working days

/**
 * The last day of a term of `years` whole years from the election: the day before its anniversary. Elected on
 * 29 February, the anniversary in a common year is 1 March, as an age is counted, so the term is never a day short.
 */
export function termEndOf(electedOn: IsoDate, years: number): IsoDate {
  const year = Number(electedOn.slice(0, 4)) + years;
  const anniversary = electedOn.slice(5) === '02-29' && !isLeapYear(year) ? `${String(year).padStart(4, '0')}-03-01` : addYears(electedOn, years);
  return addDays(anniversary, -1);
}

/** Filing with the county authority and the street office is due 30 days after the election (or a change). */
export function filingDeadline(electionOrChange: IsoDate, calendar: HolidayCalendar, rules: CommitteeRules = DEFAULT_COMMITTEE_RULES): Deadline {
  return deadlineAfter(electionOrChange, rules.filingDays, calendar);
}

/** The first meeting, which chooses the chair and vice-chairs, is due 7 days after the election. */
export function firstMeetingDeadline(election: IsoDate, calendar: HolidayCalendar, rules: CommitteeRules = DEFAULT_COMMITTEE_RULES): Deadline {
  return deadlineAfter(election, rules.firstMeetingDays, calendar);
}
