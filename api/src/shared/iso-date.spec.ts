import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, dateInChina, dayOfWeek, daysBetween, datesFromTo, isIsoDate, isLeapYear, isWeekend, yearInChina } from './iso-date';

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

describe('days and years in China, whatever the server’s time zone', () => {
  it.each([
    ['2026-12-31T15:59:59.999Z', '2026-12-31', 2026],
    ['2026-12-31T16:00:00.000Z', '2027-01-01', 2027], // midnight in Beijing
    ['2026-12-31T17:30:00.000Z', '2027-01-01', 2027], // 01:30 on New Year's Day in Beijing: a filing approved then is numbered 〔2027〕
    ['2024-02-28T16:00:00.000Z', '2024-02-29', 2024],
  ])('%s is %s in China, year %i', (instant, day, year) => {
    expect(dateInChina(new Date(instant))).toBe(day);
    expect(yearInChina(new Date(instant))).toBe(year);
  });

  // a Date's local getters follow the server's time zone (UTC in containers): a year or day read so is off by one for 8 hours
  it('no code of the API reads a calendar value in the server’s own time zone', () => {
    const local = /\.(getFullYear|getMonth|getDate|getDay|getHours|getMinutes|setFullYear|setMonth|setDate|setHours)\(|\.toLocale(Date|Time)?String\(|\.toDateString\(/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) {
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => local.test(line) && offenders.push(`${path}:${i + 1}: ${line.trim()}`));
        }
      }
    };
    walk(join(__dirname, '..'));
    walk(join(__dirname, '../../../bench'));
    expect(offenders).toEqual([]);
  });
});
