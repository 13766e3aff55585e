import { ageOn, birthDateOf, checkCitizenId, citizenIdCheckCharacter, CITIZEN_ID_COLUMN, normaliseCitizenId } from './citizen-id';

// Check characters below were computed with an independent script; the standard's example by hand:
// 1101051949123100 2 · weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 → Σ = 167, 167 mod 11 = 2 → 'X'.
const TODAY = '2026-03-15';

describe('citizen ID number (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', 'the standard’s own example'],
    ['11010519491231002x', 'a lower-case x'],
    [' 11010519491231002X\t', 'blanks around it'],
    ['110105 19491231 002X', 'blanks inside it, as printed on a form'],
    ['１１０１０５１９４９１２３１００２ｘ', 'full-width, as a Chinese input method types it'],
    ['330502200002290017', '29 February 2000 (divisible by 400: a leap year)'],
    ['330502200402291238', '29 February 2004'],
    ['330521199001010101', 'a check digit 1 (Σ mod 11 = 0)'],
    ['330502200706150039', 'born 2007, a minor: still a valid number'],
  ])('accepts %s (%s)', (id) => {
    expect(checkCitizenId(id, TODAY)).toBeNull();
  });

  it.each([
    ['33050219000229001X', 'ID_BIRTH_DATE', /1900-02-29 that does not exist/], // 1900 is not a leap year
    ['33050220010229001X', 'ID_BIRTH_DATE', /2001-02-29 that does not exist/],
    ['33050220261301001X', 'ID_BIRTH_DATE', /does not exist/], // month 13
    ['33050220260316001X', 'ID_BIRTH_DATE', /after today \(2026-03-15\)/], // tomorrow
    ['110105194912310021', 'ID_CHECK', /should be 'X', not '1'/],
    ['330502200002290018', 'ID_CHECK', /should be '7'/],
    ['110105491231002', 'ID_OLD_15_DIGIT', /old 15-digit/],
    ['11010519491231002', 'ID_LENGTH', /got 17/],
    ['11010519491231002X0', 'ID_LENGTH', /got 19/],
    ['', 'ID_LENGTH', /got 0/],
    ['1101051949123100XX', 'ID_CHARACTER', /character 17 \('X'\) must be a digit/],
    ['11010519491231002Y', 'ID_CHARACTER', /last character \('Y'\)/],
    ['11010519491231-02X', 'ID_CHARACTER', /character 15/],
    ['11010519491231 02X', 'ID_LENGTH', /got 17/], // a blank is no character: a digit is missing
  ])('rejects %j with %s', (id, rule, message) => {
    const problem = checkCitizenId(id, TODAY);
    expect(problem?.rule).toBe(rule);
    expect(problem?.message).toMatch(message);
  });

  // the figures each refusal's message says, as values a client words in its own language (docs/integrators.md#refusal-figures)
  it.each([
    ['33050219000229001X', { birthDate: '1900-02-29' }],
    ['33050220261301001X', { birthDate: '2026-13-01' }],
    ['33050220260316001X', { birthDate: '2026-03-16', today: TODAY }],
    ['110105194912310021', { expected: 'X', actual: '1' }],
    ['11010519491231002', { length: 17 }],
    ['1101051949123100XX', { position: 17, character: 'X' }],
    ['11010519491231002Y', { position: 18, character: 'Y' }],
  ])('sends the figures of %j as args', (id, args) => {
    expect(checkCitizenId(id, TODAY)?.args).toEqual(args);
  });

  it('accepts a birth date of today (not in the future)', () => {
    expect(checkCitizenId('330502202603150019', '2026-03-15')).toBeNull();
  });

  it('names the expected check character', () => {
    expect(checkCitizenId('110105194912310020', TODAY)).toMatchObject({ rule: 'ID_CHECK', expected: 'X' });
  });

  it('refuses a malformed "today" rather than comparing nonsense', () => {
    expect(() => checkCitizenId('11010519491231002X', '2026-02-30')).toThrow(/today/);
  });

  it.each([
    ['11010519491231002', 'X'],
    ['33050220000229001', '7'], // Σ = 170, 170 mod 11 = 5 → '7'
  ])('computes the check character of %s as %s', (first17, expected) => {
    expect(citizenIdCheckCharacter(first17)).toBe(expected);
  });

  it.each([
    [' 11010519491231002x ', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
    ['\u3000110105 19491231 002X', '11010519491231002X'],
  ])('normalises %p to %p (upper-case X, half-width, without blanks)', (raw, id) => {
    expect(normaliseCitizenId(raw)).toBe(id);
  });

  it('accepts a full-width number as its half-width self', () => {
    expect(checkCitizenId('１１０１０５１９４９１２３１００２Ｘ', '2026-01-01')).toBeNull();
  });

  it('reads the birth date', () => {
    expect(birthDateOf('11010519491231002x')).toBe('1949-12-31');
  });

  it.each([
    ['11010519491231002X', '2026-12-30', 76], // the day before the 77th birthday
    ['11010519491231002X', '2026-12-31', 77], // on the birthday
    ['11010519491231002X', '1949-12-31', 0],
    ['33050220080229004X', '2026-02-28', 17], // hypothetical leap-day birth, 18th year: not yet 18 on 28 Feb
    ['33050220080229004X', '2026-03-01', 18], // 1 March in a common year
    ['33050220080229004X', '2028-02-29', 20], // a leap year has the birthday itself
    ['33050220080229004X', '2028-02-28', 19],
  ])('%s on %s is %i full years old', (id, date, age) => {
    expect(ageOn(id, date)).toBe(age);
  });

  it('refuses an age before birth', () => {
    expect(() => ageOn('11010519491231002X', '1949-12-30')).toThrow(/before the birth date/);
  });
});

describe('an ID-number column of an import', () => {
  it.each([
    ['110105194912310021', 'X'],
    ['１１０１０５１９４９１２３１００２１', 'X'],
    ['11010519491231002X', null], // right: nothing to tell
    ['11010519491231002', null], // too short: no check character
    ['110105194912310', null], // an old 15-digit number has none
  ])('tells %p to end in %p', (text, expected) => {
    expect(CITIZEN_ID_COLUMN.expected(text)).toBe(expected);
  });
});
