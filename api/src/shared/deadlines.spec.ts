import { NOTICES_2024_2026 } from '../../../migrations/1764720200000-holiday-notices';
import { deadlineAfter, isOverdue, nextWorkingDay, periodOutsideCalendar } from './deadlines';
import { dayStatus, HolidayCalendar } from './holiday-calendar';
import { noticeFromText } from './notice-text';
import { datesFromTo, isWeekend } from './iso-date';
import { isStatutoryHoliday, OutsideHolidayCalendarError } from './statutory-holidays';

/** What production holds after the migration: the notices of 2024, 2025 and 2026. */
const SHIPPED: HolidayCalendar = { notices: NOTICES_2024_2026.map(noticeFromText) };

// 国办发明电〔2022〕16号 (zh.wikisource): the 2023 notice, reaching back to Saturday 31 December 2022
const NOTICE_2023 = noticeFromText({
  year: 2023,
  document: '国办发明电〔2022〕16号',
  off: [
    ['2022-12-31', '2023-01-02', '元旦'],
    ['2023-01-21', '2023-01-27', '春节'],
    ['2023-04-05', '2023-04-05', '清明节'],
    ['2023-04-29', '2023-05-03', '劳动节'],
    ['2023-06-22', '2023-06-24', '端午节'],
    ['2023-09-29', '2023-10-06', '中秋节、国庆节'],
  ],
  workdays: [['2023-01-28', '春节调休上班'], ['2023-01-29', '春节调休上班'], ['2023-04-23', '劳动节调休上班'], ['2023-05-06', '劳动节调休上班'], ['2023-06-25', '端午节调休上班'], ['2023-10-07', '国庆节调休上班'], ['2023-10-08', '国庆节调休上班']],
});

// Weekdays below were checked with an independent script; holiday facts are quoted from the notices.
describe('days off (法定休假日) with the shipped notices', () => {
  it.each([
    ['2026-01-03', true, 'NOTICE_OFF', 'Saturday inside 元旦 2026'],
    ['2026-01-04', false, 'NOTICE_WORKDAY', 'Sunday, a make-up working day (1月4日（周日）上班)'],
    ['2026-02-14', false, 'NOTICE_WORKDAY', 'Saturday, a make-up working day before 春节'],
    ['2026-02-16', true, 'STATUTORY', '除夕 2026, a day off by law'],
    ['2026-02-23', true, 'NOTICE_OFF', 'Monday, last day of 春节 2026 (a bridging day)'],
    ['2024-02-09', false, 'WORKING_DAY', '除夕 2024 was only encouraged as a day off: a Friday at work'],
    ['2024-02-18', false, 'NOTICE_WORKDAY', 'Sunday, make-up working day'],
    ['2025-05-31', true, 'STATUTORY', 'Saturday, 端午节 2025'],
    ['2025-06-02', true, 'NOTICE_OFF', 'Monday, 端午节 2025'],
    ['2025-10-08', true, 'NOTICE_OFF', 'Wednesday, 国庆节、中秋节 2025'],
    ['2025-07-09', false, 'WORKING_DAY', 'an ordinary Wednesday'],
    ['2025-07-12', true, 'WEEKEND', 'an ordinary Saturday'],
    ['2025-07-13', true, 'WEEKEND', 'an ordinary Sunday'],
  ])('%s is a day off: %s (%s: %s)', (date, off, reason) => {
    expect(dayStatus(date, SHIPPED)).toMatchObject({ dayOff: off, reason, missingNotices: [] });
  });

  it.each([
    ['2027-01-01', true, 'STATUTORY', [2027], '元旦 2027: a day off whatever the notice says'],
    ['2027-01-04', false, 'WORKING_DAY', [2027], 'a Monday, until the notice says otherwise'],
    ['2026-12-26', true, 'WEEKEND', [2027], 'the 2027 notice may reach back to late December'],
    ['2026-12-24', false, 'WORKING_DAY', [], 'before the reach-back: the 2026 notice decides'],
  ])('%s without a 2027 notice: day off %s (%s), missing %j (%s)', (date, off, reason, missing) => {
    expect(dayStatus(date, SHIPPED)).toMatchObject({ dayOff: off, reason, missingNotices: missing });
  });

  it('finds the next working day, or the day itself', () => {
    expect(nextWorkingDay('2025-07-09', SHIPPED).day).toBe('2025-07-09');
    expect(nextWorkingDay('2025-10-01', SHIPPED).day).toBe('2025-10-09');
  });
});

describe('deadlines (Civil Code Arts. 201, 203) with the shipped notices', () => {
  it.each([
    // [event, days, nominal last day, last day, why]
    ['2025-06-10', 30, '2025-07-10', '2025-07-10', 'counted from the next day: 11 June is day 1, 10 July (Thursday) day 30'],
    ['2025-02-20', 9, '2025-03-01', '2025-03-03', 'ends on a Saturday → Monday'],
    ['2025-09-01', 30, '2025-10-01', '2025-10-09', 'ends on National Day → after the 8-day holiday, Thursday 9 October'],
    ['2026-01-29', 30, '2026-02-28', '2026-02-28', 'ends on a 调休 Saturday, which is a working day'],
    ['2025-09-11', 30, '2025-10-11', '2025-10-11', 'ends on the make-up Saturday after National Day 2025'],
    ['2025-12-02', 30, '2026-01-01', '2026-01-04', 'across New Year: 1–3 January off, Sunday 4 January is a working day'],
    ['2024-12-29', 30, '2025-01-28', '2025-02-05', 'across New Year into 春节 2025 (28 Jan – 4 Feb)'],
    ['2024-01-10', 30, '2024-02-09', '2024-02-09', '除夕 2024 was a working day'],
    // 30 days after an election (the committee filing deadline)
    ['2026-04-10', 30, '2026-05-10', '2026-05-11', 'election on a Friday: day 30 is a Sunday (9 May, the make-up Saturday, does not help)'],
    ['2026-01-16', 30, '2026-02-15', '2026-02-24', 'day 30 is the first day of 春节 2026 (15–23 Feb)'],
    ['2024-09-01', 30, '2024-10-01', '2024-10-08', 'day 30 is National Day 2024 (1–7 Oct)'],
    ['2026-11-20', 30, '2026-12-20', '2026-12-21', 'a Sunday before the last week of the year'],
  ])('%s + %i days: nominally %s, due %s (%s)', (event, days, nominal, last) => {
    const deadline = deadlineAfter(event, days, SHIPPED);
    expect(deadline).toMatchObject({ nominalLastDay: nominal, lastDay: last, provisional: false, missingNotices: [] });
  });

  it('lists the days off it moved over', () => {
    expect(deadlineAfter('2025-12-02', 30, SHIPPED).restDaysSkipped).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(deadlineAfter('2025-06-10', 30, SHIPPED).restDaysSkipped).toEqual([]);
  });

  it.each([0, -3, 1.5])('refuses a period of %s days', (days) => {
    expect(() => deadlineAfter('2025-06-10', days, SHIPPED)).toThrow(RangeError);
  });

  it.each([
    ['2026-05-11', false, 'on the last day (it runs to 24:00)'],
    ['2026-05-12', true, 'the day after'],
    ['2026-05-10', false, 'the nominal day that was moved'],
  ])('overdue on %s: %s (%s)', (today, overdue) => {
    expect(isOverdue(deadlineAfter('2026-04-10', 30, SHIPPED), today)).toBe(overdue);
  });
});

describe('deadlines in a year whose notice is not entered: provisional, never on a day the law keeps off', () => {
  it.each([
    ['2026-12-02', '2027-01-01', '2027-01-04', [2027], '元旦 2027 is a Friday, then the weekend'],
    ['2027-01-06', '2027-02-05', '2027-02-09', [2027], '除夕 2027 to 初三 (5–8 Feb), by law alone'],
    ['2027-08-16', '2027-09-15', '2027-09-16', [2027], 'Mid-Autumn 2027, a Wednesday'],
    ['2028-04-01', '2028-05-01', '2028-05-03', [2028], 'Labour Day is two days since 2025'],
    ['2028-09-03', '2028-10-03', '2028-10-04', [2028], 'Mid-Autumn on National Day 2028'],
    ['2026-11-26', '2026-12-26', '2026-12-28', [2027], 'late December: the 2027 notice may still reach back'],
    ['2026-11-24', '2026-12-24', '2026-12-24', [], 'a Thursday the 2026 notice settles'],
  ])('%s + 30 days: nominally %s, due %s, missing %j (%s)', (event, nominal, last, missing) => {
    expect(deadlineAfter(event, 30, SHIPPED)).toMatchObject({ nominalLastDay: nominal, lastDay: last, provisional: missing.length > 0, missingNotices: missing });
  });

  it('a filing whose 30th day is 1 January 2027 is due no earlier than 4 January 2027, provisionally', () => {
    const deadline = deadlineAfter('2026-12-02', 30, SHIPPED);
    expect(deadline.lastDay >= '2027-01-04').toBe(true);
    expect(deadline.provisional).toBe(true);
  });

  it('never ends on a statutory holiday or a weekend, for any election day of 2027–2030', () => {
    for (const event of datesFromTo('2026-12-01', '2030-11-30')) {
      const { nominalLastDay, lastDay, provisional } = deadlineAfter(event, 30, SHIPPED);
      expect([event, lastDay >= nominalLastDay, isStatutoryHoliday(lastDay), isWeekend(lastDay), provisional]).toEqual([event, true, false, false, true]);
    }
  });

  it('never ends on a statutory holiday with the notices entered either (2024–2026)', () => {
    for (const event of datesFromTo('2023-12-02', '2026-11-20')) {
      const { lastDay } = deadlineAfter(event, 30, SHIPPED);
      expect([event, isStatutoryHoliday(lastDay), dayStatus(lastDay, SHIPPED).dayOff]).toEqual([event, false, false]);
    }
  });
});

describe('entering a notice settles a provisional deadline, later or earlier', () => {
  const with2023: HolidayCalendar = { notices: [...SHIPPED.notices, NOTICE_2023] };

  it.each([
    // [event, due without the 2023 notice, due with it, why]
    ['2022-12-02', '2023-01-02', '2023-01-03', 'later: 元旦 2023 was bridged to Monday 2 January'],
    ['2022-12-29', '2023-01-30', '2023-01-28', 'earlier: Saturday 28 January 2023 was a make-up working day'],
    ['2023-05-23', '2023-06-23', '2023-06-25', 'later: 端午 2023 (Thursday 22 June) was bridged over Friday and Saturday, Sunday 25 June at work'],
  ])('%s + 30 days: %s provisionally, %s once entered (%s)', (event, before, after) => {
    expect(deadlineAfter(event, 30, SHIPPED)).toMatchObject({ lastDay: before, provisional: true, missingNotices: [2023] });
    expect(deadlineAfter(event, 30, with2023)).toMatchObject({ lastDay: after, provisional: false });
  });

  it('uses a notice reaching back into December for the days it names', () => {
    // Saturday 31 December 2022 is in the 2023 notice; the 2022 notice (not entered) could have spoken of it too
    expect(dayStatus('2022-12-31', with2023)).toMatchObject({ dayOff: true, reason: 'NOTICE_OFF', note: '元旦', missingNotices: [2022] });
    expect(deadlineAfter('2022-12-01', 30, with2023)).toMatchObject({ nominalLastDay: '2022-12-31', lastDay: '2023-01-03', missingNotices: [2022] });
  });
});

describe('a period the holiday calendar does not cover (2008–2100) is refused, never guessed', () => {
  it.each([
    // [event, days, the year it would reach, why]
    ['2005-05-01', 30, 2005, 'F12: a committee elected in 2005, under an older holiday law'],
    ['2007-11-20', 30, 2007, 'the last day of 2007 cannot be judged'],
    ['2100-12-15', 30, 2101, 'a December 2100 event is due in 2101'],
    ['2100-12-02', 30, 2101, 'nominally 1 January 2101'],
    ['2100-12-31', 1, 2101, 'the day after the last day the calendar covers'],
  ])('%s + %i days reaches %i (%s)', (event, days, year) => {
    const problem = periodOutsideCalendar(event, days, SHIPPED);
    expect(problem).toMatchObject({ rule: 'HOLIDAY_YEAR' });
    expect(problem!.message).toContain(String(year));
    expect(() => deadlineAfter(event, days, SHIPPED)).toThrow(OutsideHolidayCalendarError);
  });

  it.each([
    ['2007-12-02', 30, '2008-01-02', 'the first deadline the law of 2008 covers (New Year 2008 is Tuesday 1 January)'],
    ['2100-11-25', 30, '2100-12-27', 'Saturday 25 December 2100 moves to Monday 27 December'],
    ['2100-12-01', 30, '2100-12-31', 'the last day the calendar covers, a Friday'],
  ])('%s + %i days is due %s, provisionally (%s)', (event, days, due) => {
    expect(periodOutsideCalendar(event, days, SHIPPED)).toBeNull();
    expect(deadlineAfter(event, days, SHIPPED)).toMatchObject({ lastDay: due, provisional: true });
  });
});
