import { maskPersonalDataIn } from './personal-shapes';

const ID = '11010519491231002X';
const ID2 = '330502198003010419'; // a right check character (shared/ may not import owners/)

describe('maskPersonalDataIn: personal data masked by its shape, wherever it stands', () => {
  it.each([
    [ID, '1101**********002X'],
    [ID.toLowerCase(), '1101**********002X'],
    [`"${ID}" is neither 是 nor 否`, '"1101**********002X" is neither 是 nor 否'],
    [`3幢${ID2}室`, `3幢${ID2.slice(0, 4)}**********${ID2.slice(-4)}室`],
    ['110105 19491231 002X', '1101**********002X'], // grouped
    ['１１０１０５１９４９１２３１００２Ｘ', '1101**********002X'], // full-width
    ['110105194912310021', '1101**********0021'], // a wrong check character, but a birth date: still someone's
    ['13812345678', '138****5678'],
    ['电话13812345678。', '电话138****5678。'],
    ['138 1234 5678', '138****5678'],
    ['138-1234-5678', '138****5678'],
    ['+86 13812345678', '138****5678'],
    ['＋86-138-1234-5678', '138****5678'],
    ['１３８１２３４５６７８', '138****5678'],
    ['0572-2345678', '057****5678'],
    ['05722345678', '057****5678'],
    ['(0572)2345678', '057****5678'],
    ['010-87654321', '010****4321'],
    ['a: 13812345678; b: 13987654321', 'a: 138****5678; b: 139****4321'],
  ])('%j → %j', (text, masked) => {
    expect(maskPersonalDataIn(text)).toBe(masked);
  });

  it.each([
    [''],
    ['1幢1单元101'],
    ['89.12'],
    ['2025-01-01'],
    ['12345'],
    ['91330502MA2B3C4D5E'], // a credit code
    ['913305020000000018'], // an all-digit credit code: no birth date, no ID check character
    ['1381234567'], // ten digits
    ['138123456789'], // twelve
    ['1234567890123456789'], // nineteen digits
    ['must be from 0 to 99999999.99'],
    ['12345678.12'],
  ])('%j is left as it is', (text) => {
    expect(maskPersonalDataIn(text)).toBe(text);
  });
});
