import { areaText, calendarDay, chinaTime, fileSizeText, isInstant } from './formats';

describe('areas', () => {
  it.each([
    ['2307.6', '2,307.60'],
    ['8000', '8,000.00'],
    ['12345.67', '12,345.67'],
    ['101.89', '101.89'],
    ['0', '0.00'],
    ['0.5', '0.50'],
    ['1234567.891', '1,234,567.89'],
    ['99.995', '100.00'],
    [8000, '8,000.00'],
    [2307.6, '2,307.60'],
    ['-12.5', '-12.50'],
    [null, '—'],
    ['', '—'],
  ])('%p reads %s', (value, text) => {
    expect(areaText(value)).toBe(text);
  });
});

describe('instants in China time', () => {
  it.each([
    ['2026-12-03T23:01:03.109Z', '2026-12-04 07:01:03'],
    ['2026-12-31T16:00:00Z', '2027-01-01 00:00:00'],
    ['2026-06-01T12:00:00+02:00', '2026-06-01 18:00:00'],
  ])('%s is %s in Shanghai', (iso, text) => {
    expect(chinaTime(iso)).toBe(text);
  });

  it.each([
    ['2026-12-03T23:01:03.109Z', true],
    ['2026-12-03', false],
    ['3幢', false],
    [42, false],
    [null, false],
  ])('%p is an instant: %p', (value, answer) => {
    expect(isInstant(value)).toBe(answer);
  });
});

describe('calendar dates', () => {
  // the day a date-only value names, whatever zone the process runs in (jest runs in the machine's)
  it.each([
    ['2020-03-05', 'zh-CN', '2020年3月5日'],
    ['2026-01-01', 'zh-CN', '2026年1月1日'],
    ['2028-12-31', 'en-US', 'December 31, 2028'],
  ])('%s in %s reads %s', (iso, locale, text) => {
    expect(calendarDay(iso, locale)).toBe(text);
  });

  it('reads an instant as its day in China', () => {
    expect(calendarDay('2026-12-03T23:01:03.109Z', 'zh-CN')).toBe('2026年12月4日');
  });

  it('does not move a date west of UTC', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(calendarDay('2020-03-05', 'zh-CN')).toBe('2020年3月5日');
    } finally {
      process.env.TZ = zone;
    }
  });
});

describe('a file size', () => {
  it('is in bytes under 1 KB, then KB and MB with one decimal under 10', () => {
    expect(fileSizeText(45, 'zh-CN', '字节')).toBe('45 字节');
    expect(fileSizeText(1229, 'zh-CN', '字节')).toBe('1.2 KB');
    expect(fileSizeText(200 * 1024, 'zh-CN', '字节')).toBe('200 KB');
    expect(fileSizeText(3.4 * 1024 * 1024, 'en-US', 'bytes')).toBe('3.4 MB');
  });
});
