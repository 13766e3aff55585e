import { Deadline, deadlineAfter } from '../shared/deadlines';
import { HolidayCalendar } from '../shared/holiday-calendar';
import { IsoDate } from '../shared/iso-date';
import { CommitteeRules, DEFAULT_COMMITTEE_RULES } from './committee-composition';

// The committee's deadlines (docs/domain-rules.md#committee), counted in working days on the holiday calendar

/** Filing with the county authority and the street office is due 30 days after the election (or a change). */
export function filingDeadline(electionOrChange: IsoDate, calendar: HolidayCalendar, rules: CommitteeRules = DEFAULT_COMMITTEE_RULES): Deadline {
  return deadlineAfter(electionOrChange, rules.filingDays, calendar);
}

/** The first meeting, which chooses the chair and vice-chairs, is due 7 days after the election. */
export function firstMeetingDeadline(election: IsoDate, calendar: HolidayCalendar, rules: CommitteeRules = DEFAULT_COMMITTEE_RULES): Deadline {
  return deadlineAfter(election, rules.firstMeetingDays, calendar);
}
