import { halfWidthNumber, hasVisibleCharacter, invisibleTextProblem, textLength, textProblem, trimSpaces } from './text';

describe('textProblem', () => {
  it.each([
    [''],
    ['湖州市物业服务有限公司'],
    ['emoji 😀 (a surrogate pair)'],
    ["' OR 1=1 --"],
    ['tab\tand newline\n'],
  ])('%p can be stored', (text) => {
    expect(textProblem(text)).toBeNull();
  });

  it.each([
    ['\u0000', 'NUL'],
    ['admin\u0000', 'NUL'],
    ['\ud800', 'UNPAIRED_SURROGATE'],
    ['a\udc00b', 'UNPAIRED_SURROGATE'],
    ['😀'.slice(0, 1), 'UNPAIRED_SURROGATE'],
    ['\udc00\ud800', 'UNPAIRED_SURROGATE'],
    ['😀\ud83d', 'UNPAIRED_SURROGATE'],
  ])('%p is refused as %p', (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });
});

describe('hasVisibleCharacter', () => {
  it.each([
    ['湖州市物业服务有限公司'],
    ['a'],
    ['x\u200b'],
    ['\u202e公司'],
    ['é'], // e + combining acute
    ['👨‍👩‍👧'], // emoji joined by ZWJ
    ['\ue000'], // private use: a custom glyph for a rare character in a name
    ['0'],
    ['.'],
  ])('%p has one', (text) => {
    expect(hasVisibleCharacter(text)).toBe(true);
  });

  it.each([
    [''],
    [' \t\n'],
    ['\u3000'], // ideographic space
    ['\u00a0'],
    ['\u202e\u200b\u200d'], // the attack's firm name
    ['\ufeff'],
    ['\u2060\u2061\u2063'],
    ['\u200e\u200f\u061c'],
    ['\u{e0041}\u{e0042}'], // tag characters
    ['\u0301\u0308'], // combining marks on nothing
    ['\u200b\u0301'], // a mark on an invisible base
    ['\ufe0f'], // a variation selector alone
    ['\u3164\u115f\uffa0'], // Hangul fillers
    ['\u2800'], // braille blank
    ['\u0007\u001b'], // control characters
    ['\u2028\u2029'], // line and paragraph separators
    ['\u{50000}'], // unassigned
  ])('%p has none', (text) => {
    expect(hasVisibleCharacter(text)).toBe(false);
  });
});

describe('trimSpaces: the spaces around a value, not the invisible characters', () => {
  it.each([
    ['  湖州  ', '湖州'],
    ['\u3000湖州\u00a0', '湖州'],
    ['\t湖州\r\n', '湖州'],
    ['\ufeff湖州', '\ufeff湖州'], // a BOM is refused, not dropped
    ['湖州\u2028', '湖州\u2028'],
    ['\u200b湖州', '\u200b湖州'],
    ['\u000b湖州', '\u000b湖州'],
    ['湖 州', '湖 州'],
  ])('%j → %j', (text, trimmed) => {
    expect(trimSpaces(text)).toBe(trimmed);
  });
});

describe('invisibleTextProblem', () => {
  it.each([
    ['name', '湖州物业', null],
    ['name', '张\u00a0三', null],
    ['name', '湖州\u200b物业', 'U+200B'],
    ['name', '\ufeff湖州', 'U+FEFF'],
    ['name', '湖州\u2028', 'U+2028'],
    ['name', 'a\u0301', null], // a combining accent on a letter
    ['name', '\u0301', 'visible'],
    ['name', '\u3164', 'U+3164'], // Hangul filler
    ['name', '\u2800', 'U+2800'], // braille blank
    ['name', '王\u{e0100}', null], // an ideographic variation selector
    ['name', '湖州德信\ufe00物业服务有限公司', 'U+FE00'], // VS1 after a Chinese character draws the same name (security review F11)
    ['name', '湖州德信\ufe0f物业', 'U+FE0F'],
    ['note', '好❤️', null], // after an emoji it picks the picture
    ['name', '〇\ufe00', 'U+FE00'],
    ['name', 'x\n', 'U+000A'],
    ['note', 'x\ny\tz\r\n', null],
    ['note', 'x\u000c', 'U+000C'],
    ['evidenceNote', 'a\nb', null],
    ['overrideReason', 'a\nb', null],
    ['note', '👩\u200d💻', null],
    ['note', '👩\u200d', 'U+200D'],
    ['password', '\u0000\u200b', null],
    ['newPassword', '\t', null],
    ['name', '', null],
  ])('%s %j → %p', (field, text, found) => {
    const problem = invisibleTextProblem(field, text);
    if (found === null) expect(problem).toBeNull();
    else expect(problem).toContain(found);
  });
});

describe('textLength: code points, as PostgreSQL length() counts a UTF8 text', () => {
  it.each([
    ['', 0],
    ['物业', 2],
    ['❤️', 2], // U+2764 U+FE0F
    ['😀', 1], // one code point in two UTF-16 units
    ['👨‍👩‍👧', 5], // three people joined by two ZWJ
    ['e\u0301', 2],
    ['𠀀𠀁', 2],
  ])('%j is %i', (text, length) => {
    expect(textLength(text)).toBe(length);
  });
});

describe('halfWidthNumber: a number or date typed in full-width digits is read as the number; other text is kept as written', () => {
  it.each([
    ['８９．１２', '89.12'],
    ['１３８５７２１２３４５', '13857212345'],
    ['２０２７年１月１日', '2027年1月1日'],
    ['２０２７－０１－０１', '2027-01-01'],
    ['１,２３４', '1,234'],
    ['89.12', '89.12'],
    ['８９．１２平方米', '８９．１２平方米'],
    ['１幢', '１幢'],
    ['ＡＢＣ物业', 'ＡＢＣ物业'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '９１３５０１００Ｍ０００１００Ｙ４３'],
    ['', ''],
  ])('%j → %j', (text, read) => {
    expect(halfWidthNumber(text)).toBe(read);
  });
});
