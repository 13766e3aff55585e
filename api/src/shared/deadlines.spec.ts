import { HolidayCalendar, PRC_HOLIDAY_CALENDAR } from './holiday-calendar';
import { datesFromTo, isWeekend } from './iso-date';
import { OutsideHolidayCalendarError, checkHolidayCalendar, coveredYears, deadlineAfter, isOverdue, isRestDay, nextWorkingDay } from './deadlines';

// Weekdays below were checked with an independent script; holiday facts are quoted from the notices.
describe('statutory rest days (法定休假日) in the shipped calendar', () => {
  it.each([
    ['2026-01-03', true, 'Saturday inside 元旦 2026'],
    ['2026-01-04', false, 'Sunday, a make-up working day (1月4日（周日）上班)'],
    ['2026-02-14', false, 'Saturday, a make-up working day before 春节'],
    ['2026-02-23', true, 'Monday, last day of 春节 2026'],
    ['2024-02-09', false, '除夕 2024 was only encouraged as a day off: a Friday at work'],
    ['2024-02-18', false, 'Sunday, make-up working day'],
    ['2025-05-31', true, 'Saturday, 端午节 2025'],
    ['2025-06-02', true, 'Monday, 端午节 2025'],
    ['2025-10-08', true, 'Wednesday, 国庆节、中秋节 2025'],
    ['2025-07-09', false, 'an ordinary Wednesday'],
    ['2025-07-12', true, 'an ordinary Saturday'],
    ['2025-07-13', true, 'an ordinary Sunday'],
  ])('%s is a rest day: %s (%s)', (date, rest) => {
    expect(isRestDay(date)).toBe(rest);
  });

  it('finds the next working day, or the day itself', () => {
    expect(nextWorkingDay('2025-07-09')).toBe('2025-07-09');
    expect(nextWorkingDay('2025-10-01')).toBe('2025-10-09');
  });
});

describe('deadlines (Civil Code Arts. 201, 203)', () => {
  it.each([
    // [event, days, nominal last day, last day, why]
    ['2025-06-10', 30, '2025-07-10', '2025-07-10', 'counted from the next day: 11 June is day 1, 10 July (Thursday) day 30'],
    ['2025-02-20', 9, '2025-03-01', '2025-03-03', 'ends on a Saturday → Monday'],
    ['2025-09-01', 30, '2025-10-01', '2025-10-09', 'ends on National Day → after the 8-day holiday, Thursday 9 October'],
    ['2026-01-29', 30, '2026-02-28', '2026-02-28', 'ends on a 调休 Saturday, which is a working day'],
    ['2025-09-11', 30, '2025-10-11', '2025-10-11', 'ends on the make-up Saturday after National Day 2025'],
    ['2025-12-02', 30, '2026-01-01', '2026-01-04', 'across New Year: 1–3 January rest, Sunday 4 January is a working day'],
    ['2024-12-29', 30, '2025-01-28', '2025-02-05', 'across New Year into 春节 2025 (28 Jan – 4 Feb)'],
    ['2024-01-10', 30, '2024-02-09', '2024-02-09', '除夕 2024 was a working day'],
    // 30 days after an election (the committee filing deadline)
    ['2026-04-10', 30, '2026-05-10', '2026-05-11', 'election on a Friday: day 30 is a Sunday (9 May, the make-up Saturday, does not help)'],
    ['2026-01-16', 30, '2026-02-15', '2026-02-24', 'day 30 is the first day of 春节 2026 (15–23 Feb)'],
    ['2024-09-01', 30, '2024-10-01', '2024-10-08', 'day 30 is National Day 2024 (1–7 Oct)'],
    ['2026-11-20', 30, '2026-12-20', '2026-12-21', 'a Sunday before the last week of the covered year'],
  ])('%s + %i days: nominally %s, due %s (%s)', (event, days, nominal, last) => {
    const deadline = deadlineAfter(event, days);
    expect(deadline.nominalLastDay).toBe(nominal);
    expect(deadline.lastDay).toBe(last);
  });

  it('lists the rest days it moved over', () => {
    expect(deadlineAfter('2025-12-02', 30).restDaysSkipped).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(deadlineAfter('2025-06-10', 30).restDaysSkipped).toEqual([]);
  });

  it.each([
    ['2023-12-01', 30, 2023, 'before the calendar'],
    ['2026-12-15', 30, 2027, 'after the calendar'],
    ['2026-11-26', 30, 2027, '26 Dec 2026 may be changed by the 2027 notice'],
  ])('refuses %s + %i days: needs %i (%s)', (event, days, year) => {
    expect(() => deadlineAfter(event, days)).toThrow(OutsideHolidayCalendarError);
    try {
      deadlineAfter(event, days);
    } catch (error) {
      expect((error as OutsideHolidayCalendarError).missingYear).toBe(year);
      expect((error as Error).message).toMatch(new RegExp(`holiday schedule for ${year}.*add it`));
    }
  });

  it.each([0, -3, 1.5])('refuses a period of %s days', (days) => {
    expect(() => deadlineAfter('2025-06-10', days)).toThrow(RangeError);
  });

  it.each([
    ['2026-05-11', false, 'on the last day (it runs to 24:00)'],
    ['2026-05-12', true, 'the day after'],
    ['2026-05-10', false, 'the nominal day that was moved'],
  ])('overdue on %s: %s (%s)', (today, overdue) => {
    expect(isOverdue(deadlineAfter('2026-04-10', 30), today)).toBe(overdue);
  });
});

describe('a next-year notice reaching back into December', () => {
  // The 2019 notice (国办发明电〔2018〕15号): 元旦 2018-12-30 to 2019-01-01, Saturday 2018-12-29 at work.
  // 2018 is a placeholder with no holidays, enough to cover the dates before 25 December.
  const with2019: HolidayCalendar = {
    schedules: [
      { year: 2018, source: 'test placeholder', holidays: [], makeUpWorkdays: [] },
      { year: 2019, source: '国办发明电〔2018〕15号', holidays: [{ name: '元旦', from: '2018-12-30', to: '2019-01-01' }], makeUpWorkdays: ['2018-12-29'] },
    ],
  };

  it('uses the later notice for late-December days', () => {
    expect(isRestDay('2018-12-29', with2019)).toBe(false);
    expect(isRestDay('2018-12-31', with2019)).toBe(true); // a Monday
    expect(deadlineAfter('2018-11-29', 30, with2019).lastDay).toBe('2018-12-29');
    expect(deadlineAfter('2018-12-01', 30, with2019).lastDay).toBe('2019-01-02');
  });

  it('refuses late December until the next year is loaded', () => {
    const only2018: HolidayCalendar = { schedules: [with2019.schedules[0]] };
    expect(isRestDay('2018-12-24', only2018)).toBe(false);
    expect(() => isRestDay('2018-12-29', only2018)).toThrow(OutsideHolidayCalendarError);
  });

  it('accepts the reach-back as consistent data', () => {
    expect(checkHolidayCalendar(with2019)).toEqual([]);
  });
});

describe('the shipped holiday calendar', () => {
  const schedule = (year: number) => PRC_HOLIDAY_CALENDAR.schedules.find((s) => s.year === year)!;
  const days = (year: number, name: string) => {
    const h = schedule(year).holidays.find((p) => p.name === name)!;
    return datesFromTo(h.from, h.to).length;
  };

  it('covers 2024, 2025 and 2026', () => {
    expect(coveredYears()).toEqual([2024, 2025, 2026]);
  });

  it('is consistent: ranges inside their year, make-up days on weekends and outside holidays', () => {
    expect(checkHolidayCalendar(PRC_HOLIDAY_CALENDAR)).toEqual([]);
  });

  it.each([
    [2024, '春节', 8], // "共8天"
    [2024, '劳动节', 5],
    [2024, '国庆节', 7],
    [2025, '春节', 8],
    [2025, '劳动节', 5],
    [2025, '国庆节、中秋节', 8],
    [2026, '元旦', 3],
    [2026, '春节', 9],
    [2026, '劳动节', 5],
    [2026, '国庆节', 7],
  ])('%i %s lasts %i days as the notice says', (year, name, count) => {
    expect(days(year, name)).toBe(count);
  });

  it.each([
    [2024, 8],
    [2025, 5],
    [2026, 6],
  ])('%i has %i make-up working days, all on weekends', (year, count) => {
    expect(schedule(year).makeUpWorkdays).toHaveLength(count);
    expect(schedule(year).makeUpWorkdays.every(isWeekend)).toBe(true);
  });

  it.each([
    ['a make-up day on a weekday', { year: 2030, source: 'x', holidays: [], makeUpWorkdays: ['2030-01-02'] }, 'CALENDAR_MAKE_UP_DAY'],
    ['a make-up day inside a holiday', { year: 2030, source: 'x', holidays: [{ name: 'h', from: '2030-01-05', to: '2030-01-06' }], makeUpWorkdays: ['2030-01-05'] }, 'CALENDAR_MAKE_UP_DAY'],
    ['a range backwards', { year: 2030, source: 'x', holidays: [{ name: 'h', from: '2030-05-05', to: '2030-05-01' }], makeUpWorkdays: [] }, 'CALENDAR_HOLIDAY_RANGE'],
    ['a range in another year', { year: 2030, source: 'x', holidays: [{ name: 'h', from: '2031-05-01', to: '2031-05-01' }], makeUpWorkdays: [] }, 'CALENDAR_HOLIDAY_RANGE'],
    ['an impossible date', { year: 2030, source: 'x', holidays: [{ name: 'h', from: '2030-02-30', to: '2030-02-30' }], makeUpWorkdays: [] }, 'CALENDAR_HOLIDAY_RANGE'],
  ])('flags %s', (_why, bad, rule) => {
    expect(checkHolidayCalendar({ schedules: [bad] }).map((p) => p.rule)).toEqual([rule]);
  });

  it('flags a year given twice', () => {
    const year = { year: 2030, source: 'x', holidays: [], makeUpWorkdays: [] };
    expect(checkHolidayCalendar({ schedules: [year, year] }).map((p) => p.rule)).toEqual(['CALENDAR_YEAR_TWICE']);
  });
});
