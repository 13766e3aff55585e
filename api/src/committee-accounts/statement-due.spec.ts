import { dueDaysInForce, DueDaysFrom, StatementLag, statementDueOn, statementLag } from './statement-due';

describe('when a quarter’s statement is late', () => {
  it.each([
    // year, quarter, published, due days, today, lag — worked by hand
    ['the current quarter is not late, however old its entries', 2026, 4, false, 30, '2026-12-02', null],
    ['the last day of the quarter is still inside it', 2026, 3, false, 30, '2026-09-30', null],
    ['the day after the quarter ends: unpublished, not yet overdue', 2026, 3, false, 30, '2026-10-01', StatementLag.UNPUBLISHED],
    ['the 30th day after the end is the last day on time', 2026, 3, false, 30, '2026-10-30', StatementLag.UNPUBLISHED],
    ['the 31st day after the end is overdue', 2026, 3, false, 30, '2026-10-31', StatementLag.OVERDUE],
    ['a published quarter is never late', 2026, 2, true, 30, '2026-12-02', null],
    ['a book whose rules allow 100 days', 2026, 3, false, 100, '2026-12-31', StatementLag.UNPUBLISHED],
    ['Q4 ends on 31 December: due on 30 January at 30 days', 2025, 4, false, 30, '2026-01-30', StatementLag.UNPUBLISHED],
    ['… and overdue on 31 January', 2025, 4, false, 30, '2026-01-31', StatementLag.OVERDUE],
    ['Q1 of a leap year ends on 31 March: at one day, overdue on 2 April', 2028, 1, false, 1, '2028-04-02', StatementLag.OVERDUE],
  ])('%s', (_case, year, quarter, published, days, today, lag) => {
    expect(statementLag({ year, quarter, published }, days, today)).toBe(lag);
  });

  it.each([
    [2026, 1, 30, '2026-04-30'],
    [2026, 2, 30, '2026-07-30'],
    [2025, 4, 1, '2026-01-01'],
  ])('%i Q%i at %i days is due on %s', (year, quarter, days, due) => {
    expect(statementDueOn(year, quarter, days)).toBe(due);
  });
});

describe('the due days in force for a quarter (attacker review round 9, O5)', () => {
  // a book opened at 100 days, tightened to 30 on 2026-10-15, loosened to 60 on 2027-01-01 (the day after Q4 ends)
  const history: DueDaysFrom[] = [
    { effectiveFrom: '2027-01-01', statementDueDays: 60 },
    { effectiveFrom: null, statementDueDays: 100 },
    { effectiveFrom: '2026-10-15', statementDueDays: 30 },
  ];
  it.each([
    // year, quarter, days in force — worked by hand
    ['a quarter that ended before any change keeps the first days', 2026, 3, 100],
    ['a change during a quarter judges it (in force on its last day)', 2026, 4, 30],
    ['a change the day after a quarter ends does not judge it', 2026, 4, 30],
    ['the quarter after the last change', 2027, 1, 60],
    ['an old quarter, before the book had its first change', 2020, 2, 100],
  ])('%s', (_case, year, quarter, days) => {
    expect(dueDaysInForce(history, year, quarter)).toBe(days);
  });

  it('a change takes effect for the quarter ending on its day', () => {
    expect(dueDaysInForce([{ effectiveFrom: null, statementDueDays: 100 }, { effectiveFrom: '2026-09-30', statementDueDays: 30 }], 2026, 3)).toBe(30);
    expect(dueDaysInForce([{ effectiveFrom: null, statementDueDays: 100 }, { effectiveFrom: '2026-10-01', statementDueDays: 30 }], 2026, 3)).toBe(100);
  });

  it.each([
    // a quarter judged by its own days stays as it was when the terms change: Q3 2026 on 2026-11-01, 100 days then 30
    ['tightened after the quarter ended: still within its 100 days', [{ effectiveFrom: null, statementDueDays: 100 }, { effectiveFrom: '2026-10-20', statementDueDays: 30 }], StatementLag.UNPUBLISHED],
    ['loosened after the quarter was overdue: still overdue', [{ effectiveFrom: null, statementDueDays: 30 }, { effectiveFrom: '2026-10-20', statementDueDays: 100 }], StatementLag.OVERDUE],
  ])('%s', (_case, terms, lag) => {
    expect(statementLag({ year: 2026, quarter: 3, published: false }, dueDaysInForce(terms as DueDaysFrom[], 2026, 3), '2026-11-01')).toBe(lag);
  });

  it('a book always has its first days', () => {
    expect(() => dueDaysInForce([{ effectiveFrom: '2026-10-01', statementDueDays: 30 }], 2026, 3)).toThrow(/no due days in force/);
  });
});
