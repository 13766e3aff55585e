import { termsChange } from './terms-change';

describe('whether new terms loosen a book’s controls', () => {
  it.each([
    ['the same terms', 500_000, 30, 500_000, 30, 'SAME'],
    ['a higher limit loosens', 500_000, 30, 500_001, 30, 'LOOSENS'],
    ['a lower limit tightens', 500_000, 30, 499_999, 30, 'TIGHTENS'],
    ['a limit of zero (every spending to the owners) tightens', 500_000, 30, 0, 30, 'TIGHTENS'],
    ['from zero to one fen loosens', 0, 30, 1, 30, 'LOOSENS'],
    ['more due days loosen', 500_000, 30, 500_000, 31, 'LOOSENS'],
    ['fewer due days tighten', 500_000, 30, 500_000, 1, 'TIGHTENS'],
    ['a lower limit with more days loosens (one change, the checker sees both)', 500_000, 30, 100_000, 60, 'LOOSENS'],
    ['a higher limit with fewer days loosens', 500_000, 30, 10_000_000_000, 10, 'LOOSENS'],
    ['both lower tighten', 500_000, 30, 100_000, 10, 'TIGHTENS'],
  ])('%s', (_, limit, days, newLimit, newDays, change) => {
    expect(termsChange({ spendingLimitFen: limit, statementDueDays: days }, { spendingLimitFen: newLimit, statementDueDays: newDays })).toBe(change);
  });
});
