import { checkCreditCode, creditCodeCheckCharacter, CREDIT_CODE_COLUMN, normaliseCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each([
    ['91350100M000100Y43', 'the standard’s own example'],
    ['91330502MA2B3C4D58', 'a Huzhou 吴兴区 enterprise'],
    ['91330500000000000X', 'zeros in the body'],
    [' 91350100m000100y43 ', 'lower case and blanks are normalised'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', 'full-width, as typed with a Chinese input method'],
    ['\u300091350100 M000100 Y43\u3000', 'ideographic and inner spaces'],
  ])('accepts %s (%s)', (code) => {
    expect(checkCreditCode(code)).toBeNull();
  });

  it.each([
    ['91350100M000100Y4Z', 'CREDIT_CODE_CHARACTER'], // Z is not in the alphabet
    ['91350100M000100Y44', 'CREDIT_CODE_CHECK'],
    ['91350100M000100Y4', 'CREDIT_CODE_LENGTH'],
    ['91350100M000100Y430', 'CREDIT_CODE_LENGTH'],
    ['', 'CREDIT_CODE_LENGTH'],
    ['91350100I000100Y43', 'CREDIT_CODE_CHARACTER'],
    ['91350100O000100Y43', 'CREDIT_CODE_CHARACTER'],
    ['9135010-M000100Y43', 'CREDIT_CODE_CHARACTER'],
  ])('rejects %s with %s', (code, rule) => {
    expect(checkCreditCode(code)?.rule).toBe(rule);
  });

  it('names the expected check character', () => {
    expect(checkCreditCode('91350100M000100Y40')).toMatchObject({ rule: 'CREDIT_CODE_CHECK', expected: '3' });
  });

  it.each([
    ['91350100M000100Y4', '3'],
    // Σ ≡ 0 (mod 31) gives '0', not the 32nd character: (31 − 0) mod 31 = 0
    ['00000000000000000', '0'],
  ])('computes the check character of %s as %s', (first17, expected) => {
    expect(creditCodeCheckCharacter(first17)).toBe(expected);
  });

  it.each([
    [' 91350100m000100y43\n', '91350100M000100Y43'],
    ['９１３５０１００ｍ０００１００ｙ４３', '91350100M000100Y43'],
    ['9135 0100 M000 100Y 43', '91350100M000100Y43'],
  ])('normalises %p to %p (upper case, half-width, without blanks)', (raw, code) => {
    expect(normaliseCreditCode(raw)).toBe(code);
  });

  it.each([
    ['91350100M000100Y44', '3'],
    ['９１３５０１００ｍ０００１００ｙ４４', '3'],
    ['91350100M000100Y43', null], // right: nothing to tell
    ['91350100M000100Y4', null], // too short: no check character
    ['91350100M00010OY44', null], // a character never used: not the check's fault
  ])('an import column tells %p to end in %p', (text, expected) => {
    expect(CREDIT_CODE_COLUMN.expected(text)).toBe(expected);
  });
});
