import { fundAddress, fundPdf, fundPeriodCode, parseFundPeriod, parseYear } from './addresses';

describe('a small-repair fund’s period in an address', () => {
  it.each([
    ['2026Q3', { year: 2026, quarter: 3 }],
    ['2026Q1', { year: 2026, quarter: 1 }],
    ['2025', { year: 2025, quarter: null }],
  ])('%s is read back as written', (code, period) => {
    expect(parseFundPeriod(code)).toEqual(period);
    expect(fundPeriodCode(period)).toBe(code);
  });

  it.each(['2026Q5', '2026Q0', '2026q3', '26Q3', '2026-Q3', '2026Q', 'Q3', '', 'x2026', '2026Q3 '])('%p is no period (the page says not found)', (code) => {
    expect(parseFundPeriod(code)).toBeNull();
  });

  it('names the page and the PDF of the same period', () => {
    expect(fundAddress('4', { year: 2026, quarter: 3 })).toBe('/public/repair-funds/4/2026Q3');
    expect(fundPdf('4', { year: 2025, quarter: null })).toBe('/documents/repair-funds/4/2025/statement.pdf');
  });
});

describe('a book’s year in an address', () => {
  it.each([
    ['2025', 2025],
    ['20x5', null],
    ['202', null],
    ['20255', null],
  ])('%p reads as %p', (text, year) => {
    expect(parseYear(text)).toBe(year);
  });
});
