import { labelPersonalDataIn, maskPersonalDataIn, personalDataIn } from './personal-shapes';

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
    ['13812345678 13987654321', '138****5678 139****4321'],
    // any grouping of three or more digits, any common separator, mixed
    ['身份证 330521 1981 0806 5255,', '身份证 3305**********5255,'],
    ['330521-1981-0806-5255', '3305**********5255'],
    ['330.521.19810806.5255', '3305**********5255'],
    ['330521　19810806　5255', '3305**********5255'], // ideographic spaces
    ['330521 1981-0806.5255', '3305**********5255'],
    ['110 105 1949 1231 002X', '1101**********002X'],
    ['0572-2345678 0572-2345679', '057****5678 057****5679'], // two landlines, never an ID number
    ['手机 138.0013.8000', '手机 138****8000'],
    ['138．0013．8000', '138****8000'],
    ['1380 013 8000', '138****8000'],
    ['138 0013-8000', '138****8000'],
    ['1380013 8000', '138****8000'],
    ['138·0013·8000', '138****8000'],
    ['+86.138.0013.8000', '138****8000'],
    ['8613800138000', '138****8000'],
    ['2025.12.01 13800138000', '2025.12.01 138****8000'],
    // a digit or two at a time, one separator throughout
    ['1 3 8 0 0 1 3 8 0 0 0', '138****8000'],
    ['手机 13 80 01 38 00 0。', '手机 138****8000。'],
    ['1-3-8-0-0-1-3-8-0-0-0', '138****8000'],
    ['+86 13 80 01 38 00 0', '138****8000'],
    ['33 05 21 19 81 08 06 52 55', '3305**********5255'],
    ['3 3 0 5 2 1 1 9 8 1 0 8 0 6 5 2 5 5', '3305**********5255'],
    ['1.1.0.1.0.5.1.9.4.9.1.2.3.1.0.0.2X', '1101**********002X'],
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
    // amounts, dates, times, filing and ordinal numbers, written with the same separators
    ['15.00 18.00 20.00 13.50'],
    ['1.38 0013 8000'],
    ['13 800 138 000'],
    ['2025-12-01 13:00'],
    ['2024.03.15 至 2027.03.14'],
    ['1999.12.31 2000.01.01'],
    ['湖物备〔2024〕138号'],
    ['第 138 号, 001 幢, 3800 元'],
    ['1380013800.00'],
    ['1234 5678 9012 3456 78'], // eighteen grouped digits without a birth date or a right check character
    ['330521 1981 0806 5250'], // grouped, with a birth date but a wrong check character
    ['138123 456789'], // twelve, grouped
    ['1.5 2.5 3.5 4.5 5.5 6'], // decimals: two separators
    ['13 80 01 38 00 00'], // twelve, in pairs
    ['33 05 21 19 81 08 06 52 50'], // in pairs, a wrong check character
    ['1 2 3 4 5 6 7 8 9 10 11'],
    ['1 3 8 0 0'],
  ])('%j is left as it is', (text) => {
    expect(maskPersonalDataIn(text)).toBe(text);
    expect(personalDataIn(text)).toBeNull();
  });
});

describe('personalDataIn (PERSONAL_DATA_IN_TEXT) and the log scrubber see the same shapes', () => {
  it.each([
    ['业主身份证 330521 1981 0806 5255,手机 138.0013.8000', 'ID_NUMBER', '业主身份证 [id-number],手机 [phone]'],
    ['手机 138.0013.8000', 'MOBILE', '手机 [phone]'],
    ['电话 138-0013-8000 或 0572-2345678', 'MOBILE', '电话 [phone] 或 [phone]'],
    ['会议于 2025.12.01 召开, 面积 89.12', null, '会议于 2025.12.01 召开, 面积 89.12'],
    ['0572-2345678 0572-2345679', null, '[phone] [phone]'],
    ['电话 1 3 8 0 0 1 3 8 0 0 0, 证件 33 05 21 19 81 08 06 52 55', 'ID_NUMBER', '电话 [phone], 证件 [id-number]'],
  ])('%j', (text, kind, labelled) => {
    expect(personalDataIn(text)).toBe(kind);
    expect(labelPersonalDataIn(text, { idNumber: '[id-number]', phone: '[phone]' })).toBe(labelled);
  });
});
