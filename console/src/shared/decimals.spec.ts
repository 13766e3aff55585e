import { decimalText, hasTooManyDecimals, maxDecimals } from './decimals';

describe('decimal inputs keep to their field’s decimals (DECIMAL_PLACES)', () => {
  it.each([
    [1.234, 2, true],
    [1.999, 2, true],
    [100.004, 2, true],
    ['1.234', 2, true],
    [1.23, 2, false],
    ['1.230', 2, false],
    [2, 2, false],
    [1e-7, 2, true],
    [1.6925, 4, false],
    ['1.69251', 4, true],
    ['', 2, false],
    [null, 2, false],
    ['abc', 2, false],
  ])('%p with %i places: too many %p', (value, places, tooMany) => {
    expect(hasTooManyDecimals(value, places)).toBe(tooMany);
  });

  it.each([
    [1.234, '1.234'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [' 12.50 ', '12.50'],
    [undefined, null],
  ])('%p is written %p', (value, text) => {
    expect(decimalText(value)).toBe(text);
  });

  it('answers with the rule and the places, for the translation', () => {
    expect(maxDecimals(2)(1.234)).toEqual({ message: 'wuye.rules.DECIMAL_PLACES', args: { places: 2 } });
    expect(maxDecimals(2)(1.23)).toBeUndefined();
  });
});
