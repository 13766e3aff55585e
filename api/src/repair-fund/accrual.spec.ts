import { basisPointsToPercent, firstOfMonth, monthlyAccrualFen, percentToBasisPoints, rateInTenThousandths, termsForMonth } from './accrual';

describe('the monthly set-aside of the small-repair fund', () => {
  it.each([
    // area (hundredths of m²), rate 元/m²/月, share (basis points), fen — worked by hand
    ['10 000 m² at 1.99 × 10 %: 1 990.00 元', 1_000_000, '1.99', 1000, 199_000],
    ['the same estate at the old 1.69 × 10 %: 1 690.00 元', 1_000_000, '1.69', 1000, 169_000],
    ['85.50 m² × 1.99 × 10 % = 17.0145 元 → 17.01', 8550, '1.99', 1000, 1701],
    ['85.55 m² × 1.99 × 10 % = 17.02445 元 → 17.02', 8555, '1.99', 1000, 1702],
    ['half a fen rounds up: 0.25 m² × 1.00 × 10 % = 2.5 fen → 3', 25, '1', 1000, 3],
    ['under half rounds down: 0.24 m² × 1.00 × 10 % = 2.4 fen → 2', 24, '1.00', 1000, 2],
    ['12.5 %: 100 m² × 1.99 = 24.875 元 → 24.88', 10_000, '1.99', 1250, 2488],
    ['four decimals of rate: 100 m² × 1.6925 × 10 % = 16.925 元 → 16.93', 10_000, '1.6925', 1000, 1693],
    ['no area, nothing set aside', 0, '1.99', 1000, 0],
    ['the whole fee (100 %): 1 m² × 1.99', 100, '1.99', 10_000, 199],
    ['a large estate without floating error: 425 310.57 m² × 1.99 × 10 % = 84 636.80343 元', 42_531_057, '1.99', 1000, 8_463_680],
  ])('%s', (_case, area, rate, share, fen) => {
    expect(monthlyAccrualFen(area, rate, share)).toBe(fen);
  });

  it('rounds the month’s total once, not each unit: two units of 0.25 m² set aside 5 fen, not 6', () => {
    expect(monthlyAccrualFen(25 + 25, '1.00', 1000)).toBe(5);
    expect(monthlyAccrualFen(25, '1.00', 1000) * 2).toBe(6);
  });

  it.each([
    [-1, '1.99', 1000],
    [1.5, '1.99', 1000],
    [100, '0', 1000],
    [100, '1.99', 0],
    [100, '1.99', 10_001],
    [100, '1.99001', 1000],
    [100, '-1.99', 1000],
  ])('refuses area %p, rate %p, share %p', (area, rate, share) => {
    expect(() => monthlyAccrualFen(area, rate, share)).toThrow(RangeError);
  });

  it.each([
    ['1.99', 19_900],
    ['1.6925', 16_925],
    ['2', 20_000],
    ['0.5', 5000],
  ])('rate %s is %i ten-thousandths of a 元', (rate, value) => expect(rateInTenThousandths(rate)).toBe(value));

  it.each([
    ['10', 1000],
    ['12.5', 1250],
    ['0.01', 1],
    ['100', 10_000],
  ])('%s %% is %i basis points', (percent, bp) => {
    expect(percentToBasisPoints(percent)).toBe(bp);
    expect(Number(basisPointsToPercent(bp))).toBe(Number(percent));
  });

  it.each(['0', '100.01', '10.005', '-5', 'ten', ''])('refuses the share %p', (percent) => {
    expect(() => percentToBasisPoints(percent)).toThrow(RangeError);
  });

  it.each([
    ['2026-11', '2026-11-01'],
    ['2026-01-01', '2026-01-01'],
  ])('month %s starts on %s', (month, first) => expect(firstOfMonth(month)).toBe(first));

  it.each(['2026-13', '2026-11-02', '202611', 'November'])('refuses the month %p', (month) => {
    expect(() => firstOfMonth(month)).toThrow(RangeError);
  });

  it.each([
    ['before the first terms: none', '2025-12-01', null],
    ['the first month of the old fee', '2026-01-01', '1.69'],
    ['the month before the change', '2026-06-01', '1.69'],
    ['the month the owners’ decision takes effect', '2026-07-01', '1.99'],
    ['later', '2027-03-01', '1.99'],
  ])('%s', (_case, month, rate) => {
    const terms = [
      { fromMonth: '2026-07-01', feeRate: '1.99', setAsideBasisPoints: 1000 },
      { fromMonth: '2026-01-01', feeRate: '1.69', setAsideBasisPoints: 1000 },
    ];
    expect(termsForMonth(terms, month)?.feeRate ?? null).toBe(rate);
  });
});
