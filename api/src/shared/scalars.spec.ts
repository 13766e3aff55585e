import { Kind, parseValue as parseGraphqlValue } from 'graphql';
import { Decimal, parseDecimal } from './scalars';

describe('Decimal: one defined outcome for every way of writing a number', () => {
  it.each([
    ['12.34', '12.34'],
    ['0', '0'],
    ['7', '7'],
    ['1.230', '1.230'], // trailing zeros kept: the field's places rule counts what they need
    [' 12.34 ', '12.34'], // spaces around dropped, as every text's are
    ['\u00a012.34\u3000', '12.34'],
    ['-0', '0'], // a zero has no sign
    ['-0.00', '0.00'],
    ['-000.0', '0.0'],
    ['007.50', '7.50'], // leading zeros dropped
    ['-12.5', '-12.5'],
    ['999999999999.99', '999999999999.99'],
  ])('%j is %j', (text, canonical) => {
    expect(parseDecimal(text)).toBe(canonical);
  });

  it.each([
    [0.1], // a JSON number: already a double
    [1e21],
    [12],
    [Number.NaN],
    [null],
    [true],
    [{ value: '1' }],
    ['NaN'],
    ['Infinity'],
    ['-Infinity'],
    ['1e3'],
    ['1E-2'],
    ['+1'],
    ['+0.5'],
    ['12 .34'],
    ['1 234.5'],
    ['1,234.5'],
    ['.5'],
    ['5.'],
    ['--1'],
    ['0x10'],
    ['１２.５'], // full-width digits
    [''],
    ['   '],
    ['1234567890123'], // beyond the 12 digits any column keeps
  ])('%j is refused', (value) => {
    expect(() => parseDecimal(value)).toThrow(TypeError);
  });

  it.each([
    ['"1.69"', '1.69'],
    ['"-0"', '0'],
  ])('a string literal %s in the query text is %j', (literal, canonical) => {
    expect(Decimal.parseLiteral(parseGraphqlValue(literal))).toBe(canonical);
  });

  it.each([['0.1'], ['12'], ['1e21'], ['true'], ['[1]']])('a literal %s in the query text is refused, as the same number in a variable is', (literal) => {
    const ast = parseGraphqlValue(literal);
    expect([Kind.FLOAT, Kind.INT, Kind.BOOLEAN, Kind.LIST]).toContain(ast.kind);
    expect(() => Decimal.parseLiteral(ast)).toThrow(TypeError);
  });
});
