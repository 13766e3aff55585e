import { fromHundredths, toHundredths } from './decimal';

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
