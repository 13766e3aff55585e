import { decimalPlacesMessage, decimalPlacesOf, fitsDecimalPlaces, fromHundredths, toHundredths } from './decimal';

describe('decimal ↔ hundredths', () => {
  it.each([
    ['85.5', 8550],
    ['85.50', 8550],
    ['0.01', 1],
    ['12850', 1285000],
    ['12850.400', 1285040],
    ['-3.25', -325],
  ])('%s is %i hundredths', (text, hundredths) => {
    expect(toHundredths(text)).toBe(hundredths);
  });

  it.each(['85.505', '1,99', '', 'abc', '1e3'])('refuses %s', (text) => {
    expect(() => toHundredths(text)).toThrow(RangeError);
  });

  it.each([
    [8550, '85.50'],
    [1, '0.01'],
    [0, '0.00'],
    [-325, '-3.25'],
  ])('%i hundredths is %s', (hundredths, text) => {
    expect(fromHundredths(hundredths)).toBe(text);
  });

  it('sums 0.1 + 0.2 exactly (what floats get wrong)', () => {
    expect(fromHundredths(toHundredths('0.10') + toHundredths('0.20'))).toBe('0.30');
  });
});

describe('DECIMAL_PLACES: more decimals than the field keeps is refused, never rounded', () => {
  it.each([
    ['1.23', 2],
    ['1.230', 2],
    ['1.2300000', 2],
    ['1.234', 3],
    ['1.999', 3],
    ['100.004', 3],
    ['2', 0],
    ['2.', null],
    ['2.0', 0],
    ['-0.005', 3],
    [' 1.5 ', 1],
    ['1e3', null],
    ['1.5e-3', null],
    ['NaN', null],
    ['Infinity', null],
    ['-Infinity', null],
    ['1,99', null],
    ['', null],
    ['.5', null],
  ])('%p needs %p decimals', (text, places) => {
    expect(decimalPlacesOf(text)).toBe(places);
  });

  it.each([
    ['1.23', 2, true],
    ['1.234', 2, false],
    ['1.999', 2, false],
    ['100.004', 2, false],
    ['100.000', 2, true],
    ['1.6925', 4, true],
    ['1.69251', 4, false],
    ['12', 0, true],
    ['12.5', 0, false],
    // not a decimal at all: the format rule refuses it, not this one
    ['1e-7', 2, true],
  ])('%p within %i places: %p', (text, places, fits) => {
    expect(fitsDecimalPlaces(text, places)).toBe(fits);
  });

  it('says how many decimals the field keeps', () => {
    expect(decimalPlacesMessage(2)).toMatch(/^must have at most 2 decimal places: this field keeps 2/);
    expect(decimalPlacesMessage(4)).toMatch(/at most 4 decimal places/);
  });
});
