import { addDays, dayOfWeek, daysBetween, datesFromTo, isIsoDate, isLeapYear, isWeekend } from './iso-date';

describe('ISO calendar dates', () => {
  it.each([
    [2024, true], // divisible by 4
    [2025, false],
    [1900, false], // divisible by 100, not by 400
    [2000, true], // divisible by 400
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-01', false],
    ['', false],
  ])('%j is a real date: %s', (value, real) => {
    expect(isIsoDate(value)).toBe(real);
  });

  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2026-05-10', 30, '2026-06-09'], // 21 days left in May + 9 in June
    ['0050-01-01', 30, '0050-01-31'], // not 1950: two-digit years stay themselves
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-01-01', 4, false], // Thursday, per the State Council notice "1月1日（周四）"
    ['2026-01-03', 6, true],
    ['2026-01-04', 0, true],
    ['2025-01-01', 3, false],
  ])('%s is weekday %i (weekend: %s)', (date, weekday, weekend) => {
    expect(dayOfWeek(date)).toBe(weekday);
    expect(isWeekend(date)).toBe(weekend);
  });

  it('counts days between dates, across a leap day', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });

  it('lists an inclusive range and an empty one', () => {
    expect(datesFromTo('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(datesFromTo('2026-01-02', '2026-01-01')).toEqual([]);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(/real date/);
  });
});
