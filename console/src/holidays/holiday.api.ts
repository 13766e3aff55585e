import { call } from '../dataProvider/client';
import { graphql } from '../generated';
import type { NoticeDay } from '../../../api/src/shared/holiday-calendar';

const HolidayCalendar = graphql(`
  query HolidayCalendar($year: Int!) {
    holidayCalendar(year: $year) {
      year decree noticeEntered notice { year document enteredAt days { date kind note } }
      days { date dayOff reason festivals note missingNotices }
    }
  }
`);

const SetHolidayNotice = graphql(`
  mutation SetHolidayNotice($year: Int!, $document: String!, $days: [HolidayNoticeDayInput!]!) {
    setHolidayNotice(year: $year, document: $document, days: $days) { recomputedFilings notice { year } }
  }
`);

/** The holiday calendar's calls: everyone reads a year; an admin enters or replaces its notice. */
export const holidayCalls = {
  /** a year's statutory holidays and its notice's days, and whether the notice is entered */
  async getHolidayCalendar(year: number) {
    return { data: (await call(HolidayCalendar, { year })).holidayCalendar };
  },
  /** enters or replaces a year's notice; the answer says how many filings' due dates were recomputed */
  async setHolidayNotice(year: number, document: string, days: readonly NoticeDay[]) {
    return { data: (await call(SetHolidayNotice, { year, document, days: [...days] })).setHolidayNotice };
  },
};
