import { amountFits, formatYuan, MAX_AMOUNT_FEN, MAX_TOTAL_FEN, readAmount, turnoverFits } from './money-limits';

describe('money limits (docs/domain-rules.md#money-limits)', () => {
  it('keeps every total far inside the safe integers and bigint', () => {
    expect(MAX_AMOUNT_FEN).toBe(100_000_000 * 100);
    expect(MAX_TOTAL_FEN).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    // a statement adds an opening balance, ins and outs: even the sum of three maximal totals stays exact
    expect(Number.isSafeInteger(MAX_TOTAL_FEN * 3)).toBe(true);
  });

  it.each([
    ['0.01', {}, { fen: 1 }],
    ['1200.50', {}, { fen: 120050 }],
    [' 7 ', {}, { fen: 700 }],
    ['100000000', {}, { fen: MAX_AMOUNT_FEN }],
    ['100000000.00', {}, { fen: MAX_AMOUNT_FEN }],
    ['100000000.000', {}, { fen: MAX_AMOUNT_FEN }],
    ['100000000.01', {}, { rule: 'AMOUNT_TOO_LARGE' }],
    ['100000001', {}, { rule: 'AMOUNT_TOO_LARGE' }],
    ['9007199254740993', {}, { rule: 'AMOUNT_TOO_LARGE' }],
    ['99999999999999999999999999999', {}, { rule: 'AMOUNT_TOO_LARGE' }],
    ['-100000000.01', { negativeAllowed: true }, { rule: 'AMOUNT_TOO_LARGE' }],
    ['-100000000', { negativeAllowed: true }, { fen: -MAX_AMOUNT_FEN }],
    ['-5.25', { negativeAllowed: true }, { fen: -525 }],
    ['-5.25', {}, { rule: 'AMOUNT' }],
    ['0', {}, { rule: 'AMOUNT' }],
    ['0.00', { negativeAllowed: true }, { rule: 'AMOUNT' }],
    ['-0', { negativeAllowed: true }, { rule: 'AMOUNT' }],
    ['0', { zeroAllowed: true }, { fen: 0 }],
    ['1.005', {}, { rule: 'DECIMAL_PLACES' }],
    ['1e3', {}, { rule: 'AMOUNT' }],
    ['1,000', {}, { rule: 'AMOUNT' }],
    ['Infinity', {}, { rule: 'AMOUNT' }],
    ['NaN', {}, { rule: 'AMOUNT' }],
    ['0x10', {}, { rule: 'AMOUNT' }],
    ['', {}, { rule: 'AMOUNT' }],
  ] as const)('%s %j → %j', (text, options, expected) => {
    expect(readAmount(text, options)).toMatchObject(expected);
  });

  it.each([
    [0, true],
    [MAX_AMOUNT_FEN, true],
    [-MAX_AMOUNT_FEN, true],
    [MAX_AMOUNT_FEN + 1, false],
    [Number.MAX_SAFE_INTEGER + 2, false],
    [1.5, false],
    [NaN, false],
  ])('a computed amount of %d fen fits: %s', (fen, fits) => {
    expect(amountFits(fen)).toBe(fits);
  });

  it.each([
    ['0', 1, true],
    ['0', -MAX_AMOUNT_FEN, true],
    [String(MAX_TOTAL_FEN - 1), 1, true],
    [String(MAX_TOTAL_FEN - 1), -1, true],
    [String(MAX_TOTAL_FEN), 1, false],
    [String(MAX_TOTAL_FEN - 1), 2, false],
    [String(MAX_TOTAL_FEN - 1), -2, false],
    // PostgreSQL's sum of bigint is numeric: far beyond the safe integers, still read exactly
    ['99999999999999999999', 1, false],
    [BigInt(MAX_TOTAL_FEN) - 10n, 10, true],
    [5, Number.MAX_SAFE_INTEGER + 2, false],
  ] as const)('turnover %s + |%d| fits: %s', (turnover, amount, fits) => {
    expect(turnoverFits(turnover, amount)).toBe(fits);
  });

  it.each([
    [MAX_AMOUNT_FEN, '100,000,000.00'],
    [1, '0.01'],
    [-12345, '-123.45'],
  ])('%d fen is %s 元', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
});
