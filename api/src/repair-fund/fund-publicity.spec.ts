import { fundPeriodIsPublic, postedThrough, publicFundPeriods } from './fund-publicity';

describe('a small-repair fund’s period is public once ended and every month since the opening is posted', () => {
  it.each<[string, string, string[], string | null]>([
    ['every month posted', '2025-11-01', ['2025-11-01', '2025-12-01', '2026-01-01'], '2026-01-01'],
    ['posted out of order', '2025-11-01', ['2026-01-01', '2025-11-01', '2025-12-01'], '2026-01-01'],
    ['a gap: the run stops before it', '2025-11-01', ['2025-11-01', '2026-01-01', '2026-02-01'], '2025-11-01'],
    ['the opening month missing', '2025-11-01', ['2025-12-01'], null],
    ['nothing posted', '2025-11-01', [], null],
    ['across a year end', '2025-12-01', ['2025-12-01', '2026-01-01'], '2026-01-01'],
  ])('posted through: %s', (_case, opened, months, expected) => {
    expect(postedThrough(opened, months)).toBe(expected);
  });

  it.each<[string, string, string | null, number, number | null, string, boolean]>([
    ['a quarter ended and posted through', '2025-01-01', '2026-09-01', 2026, 3, '2026-10-01', true],
    ['on its last day it has not ended', '2025-01-01', '2026-09-01', 2026, 3, '2026-09-30', false],
    ['its last month not posted', '2025-01-01', '2026-08-01', 2026, 3, '2026-10-15', false],
    ['an earlier month missing (posted through only to March)', '2025-01-01', '2026-03-01', 2026, 3, '2026-10-15', false],
    ['the quarter the fund opened in, from its second month', '2026-02-01', '2026-03-01', 2026, 1, '2026-04-01', true],
    ['a quarter before the fund opened', '2026-04-01', '2026-09-01', 2026, 1, '2026-10-01', false],
    ['nothing posted', '2026-04-01', null, 2026, 2, '2026-10-01', false],
    ['a year ended and posted through December', '2025-12-01', '2025-12-01', 2025, null, '2026-01-01', true],
    ['a year not yet ended', '2025-01-01', '2026-11-01', 2026, null, '2026-12-05', false],
  ])('%s', (_case, opened, through, year, quarter, today, expected) => {
    expect(fundPeriodIsPublic(opened, through, year, quarter, today)).toBe(expected);
  });

  it('lists a fund’s public quarters and years, oldest first', () => {
    expect(publicFundPeriods('2025-12-01', '2026-07-01', '2026-12-05')).toEqual([
      { year: 2025, quarter: 4 },
      { year: 2025, quarter: null },
      { year: 2026, quarter: 1 },
      { year: 2026, quarter: 2 },
    ]);
    expect(publicFundPeriods('2025-12-01', null, '2026-12-05')).toEqual([]);
  });
});
