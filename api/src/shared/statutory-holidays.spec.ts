import { NOTICES_2024_2026 } from '../../../migrations/1764720200000-holiday-notices';
import { noticeFromText } from './notice-text';
import { Festival, festivalsOn, holidayLawFor, isStatutoryHoliday, OutsideHolidayCalendarError, statutoryHolidays } from './statutory-holidays';

const byFestival = (year: number) => {
  const grouped: Partial<Record<Festival, string[]>> = {};
  for (const h of statutoryHolidays(year)) (grouped[h.festival] ??= []).push(h.date);
  return grouped;
};

/*
 * The law's days written out by hand. Lunar dates and Qingming were checked three ways: lunar-typescript (used
 * here); solarlunar, a table-based library independent of it, which agrees on every one of these days for
 * 2008–2100; and published calendars (the 2025 and 2026 State Council notices; Hong Kong's 2027 and 2028
 * general holidays: Lunar New Year 6 Feb 2027, Tuen Ng 9 Jun 2027, the day after Mid-Autumn 16 Sep 2027,
 * Mid-Autumn 3 Oct 2028).
 */
describe('statutory holidays under Decree 795 (2025 onward): 13 days a year', () => {
  it.each([
    [2025, {
      NEW_YEAR: ['2025-01-01'],
      SPRING_FESTIVAL: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], // 除夕 is 腊月二十九
      QINGMING: ['2025-04-04'],
      LABOUR_DAY: ['2025-05-01', '2025-05-02'],
      DRAGON_BOAT: ['2025-05-31'],
      MID_AUTUMN: ['2025-10-06'],
      NATIONAL_DAY: ['2025-10-01', '2025-10-02', '2025-10-03'],
    }],
    [2026, {
      NEW_YEAR: ['2026-01-01'],
      SPRING_FESTIVAL: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'],
      QINGMING: ['2026-04-05'],
      LABOUR_DAY: ['2026-05-01', '2026-05-02'],
      DRAGON_BOAT: ['2026-06-19'],
      MID_AUTUMN: ['2026-09-25'],
      NATIONAL_DAY: ['2026-10-01', '2026-10-02', '2026-10-03'],
    }],
    [2027, {
      NEW_YEAR: ['2027-01-01'],
      SPRING_FESTIVAL: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
      QINGMING: ['2027-04-05'],
      LABOUR_DAY: ['2027-05-01', '2027-05-02'],
      DRAGON_BOAT: ['2027-06-09'],
      MID_AUTUMN: ['2027-09-15'],
      NATIONAL_DAY: ['2027-10-01', '2027-10-02', '2027-10-03'],
    }],
    [2028, {
      NEW_YEAR: ['2028-01-01'],
      SPRING_FESTIVAL: ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'],
      QINGMING: ['2028-04-04'],
      LABOUR_DAY: ['2028-05-01', '2028-05-02'],
      DRAGON_BOAT: ['2028-05-28'],
      MID_AUTUMN: ['2028-10-03'], // on National Day's third day
      NATIONAL_DAY: ['2028-10-01', '2028-10-02', '2028-10-03'],
    }],
    [2029, {
      NEW_YEAR: ['2029-01-01'],
      SPRING_FESTIVAL: ['2029-02-12', '2029-02-13', '2029-02-14', '2029-02-15'],
      QINGMING: ['2029-04-04'],
      LABOUR_DAY: ['2029-05-01', '2029-05-02'],
      DRAGON_BOAT: ['2029-06-16'],
      MID_AUTUMN: ['2029-09-22'],
      NATIONAL_DAY: ['2029-10-01', '2029-10-02', '2029-10-03'],
    }],
    [2030, {
      NEW_YEAR: ['2030-01-01'],
      SPRING_FESTIVAL: ['2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05'], // 除夕 is 腊月三十
      QINGMING: ['2030-04-05'],
      LABOUR_DAY: ['2030-05-01', '2030-05-02'],
      DRAGON_BOAT: ['2030-06-05'],
      MID_AUTUMN: ['2030-09-12'],
      NATIONAL_DAY: ['2030-10-01', '2030-10-02', '2030-10-03'],
    }],
  ])('%i', (year, expected) => {
    expect(byFestival(year)).toEqual(expected);
    expect(statutoryHolidays(year)).toHaveLength(13);
    expect(holidayLawFor(year).decree).toBe('国务院令第795号');
  });

  it('lists a day with two festivals once per festival, and knows both', () => {
    expect(festivalsOn('2028-10-03')).toEqual(['MID_AUTUMN', 'NATIONAL_DAY']);
    expect(festivalsOn('2031-10-01')).toEqual(['MID_AUTUMN', 'NATIONAL_DAY']);
    expect(new Set(statutoryHolidays(2028).map((h) => h.date)).size).toBe(12);
  });

  it.each([
    ['2027-01-01', true, '元旦, every year'],
    ['2027-02-05', true, '除夕 2027'],
    ['2027-02-09', false, '初四: the notice may bridge it, the law does not'],
    ['2027-05-02', true, 'the second Labour Day since 2025'],
    ['2027-05-03', false, 'the day after Labour Day'],
    ['2027-10-04', false, 'National Day is three days by law'],
  ])('%s is a statutory holiday: %s (%s)', (date, expected) => {
    expect(isStatutoryHoliday(date)).toBe(expected);
  });
});

describe('earlier versions of the law', () => {
  it.each([
    [2024, '国务院令第644号', ['2024-02-10', '2024-02-11', '2024-02-12'], ['2024-05-01'], 'days 1–3, 除夕 a working day'],
    [2014, '国务院令第644号', ['2014-01-31', '2014-02-01', '2014-02-02'], ['2014-05-01'], 'the first year of Decree 644'],
    [2013, '国务院令第513号', ['2013-02-09', '2013-02-10', '2013-02-11'], ['2013-05-01'], '除夕 and days 1–2'],
    [2008, '国务院令第513号', ['2008-02-06', '2008-02-07', '2008-02-08'], ['2008-05-01'], 'the first year with Qingming, Dragon Boat, Mid-Autumn'],
  ])('%i under %s: Spring Festival %j, Labour Day %j (%s)', (year, decree, spring, labour) => {
    expect(holidayLawFor(year).decree).toBe(decree);
    expect(byFestival(year).SPRING_FESTIVAL).toEqual(spring);
    expect(byFestival(year).LABOUR_DAY).toEqual(labour);
  });

  it.each([2007, 2101, 2025.5])('refuses %s', (year) => {
    expect(() => statutoryHolidays(year)).toThrow(OutsideHolidayCalendarError);
    if (Number.isInteger(year)) expect(() => festivalsOn(`${year}-05-01`)).toThrow(OutsideHolidayCalendarError);
  });
});

describe('the published notices of 2024–2026 against the law', () => {
  it.each(NOTICES_2024_2026.map((text) => [text.year, noticeFromText(text)] as const))('%i: every statutory holiday is a day off in the notice', (year, notice) => {
    const off = new Set(notice.days.filter((d) => d.kind === 'OFF').map((d) => d.date));
    expect(statutoryHolidays(year).filter((h) => !off.has(h.date))).toEqual([]);
  });
});
