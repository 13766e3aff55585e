import { StatementLag, statementDueOn, statementLag } from './statement-due';

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
