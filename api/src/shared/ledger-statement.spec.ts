import { Movement, periodOf, quarterOf, statementOf } from './ledger-statement';

const m = (on: string, side: 'IN' | 'OUT', category: string, amountFen: number): Movement => ({ on, side, category, amountFen });

describe('a ledger’s statement', () => {
  const book: Movement[] = [
    m('2025-12-31', 'IN', 'PARKING', 100_000),
    m('2025-12-31', 'OUT', 'REPAIRS', 30_000),
    m('2026-01-01', 'IN', 'PARKING', 50_000),
    m('2026-02-15', 'IN', 'ADVERTISING', 20_000),
    m('2026-03-31', 'OUT', 'REPAIRS', 12_345),
    m('2026-03-31', 'OUT', 'BANK_FEES', 5),
    m('2026-04-01', 'IN', 'PARKING', 7_000),
    // a correction of the advertising income, booked in the next quarter
    m('2026-04-02', 'IN', 'ADVERTISING', -2_000),
  ];

  it.each([
    // period, opening, in, out, closing — worked by hand
    ['Q1 2026', periodOf(2026, 1), 70_000, 70_000, 12_350, 127_650],
    ['Q2 2026 carries Q1 forward and nets the correction', periodOf(2026, 2), 127_650, 5_000, 0, 132_650],
    ['the year 2026', periodOf(2026), 70_000, 75_000, 12_350, 132_650],
    ['Q4 2025: everything before it is opening', periodOf(2025, 4), 0, 100_000, 30_000, 70_000],
    ['a quarter with no movements keeps the balance', periodOf(2026, 3), 132_650, 0, 0, 132_650],
  ])('%s', (_case, period, opening, inFen, outFen, closing) => {
    const s = statementOf(book, period);
    expect([s.openingFen, s.inFen, s.outFen, s.closingFen]).toEqual([opening, inFen, outFen, closing]);
    expect(s.closingFen).toBe(s.openingFen + s.inFen - s.outFen);
  });

  it('totals by category, in the given order, leaving out categories that net to nothing', () => {
    const s = statementOf(book, periodOf(2026, 1), ['PARKING', 'ADVERTISING', 'REPAIRS', 'BANK_FEES']);
    expect(s.inByCategory).toEqual([
      { category: 'PARKING', amountFen: 50_000 },
      { category: 'ADVERTISING', amountFen: 20_000 },
    ]);
    expect(s.outByCategory).toEqual([
      { category: 'REPAIRS', amountFen: 12_345 },
      { category: 'BANK_FEES', amountFen: 5 },
    ]);
    const netted = statementOf([m('2026-01-05', 'IN', 'VENUE', 800), m('2026-01-06', 'IN', 'VENUE', -800)], periodOf(2026, 1));
    expect(netted.inByCategory).toEqual([]);
  });

  it.each([
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 3, '2026-07-01', '2026-09-30'],
    [2026, 4, '2026-10-01', '2026-12-31'],
    [2026, null, '2026-01-01', '2026-12-31'],
  ])('period %i Q%p runs %s – %s', (year, quarter, from, to) => expect(periodOf(year, quarter)).toEqual({ from, to }));

  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-12-31', 4],
  ])('%s is in quarter %i', (day, quarter) => expect(quarterOf(day)).toEqual({ year: 2026, quarter }));

  it.each([[2026, 0], [2026, 5], [2026, 1.5], [99, 1]])('refuses year %p quarter %p', (year, quarter) => {
    expect(() => periodOf(year, quarter)).toThrow(RangeError);
  });

  it('refuses an amount that is not whole fen', () => {
    expect(() => statementOf([m('2026-01-01', 'IN', 'X', 0.5)], periodOf(2026, 1))).toThrow(RangeError);
  });
});
