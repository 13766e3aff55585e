import { matchKey } from './match-key';

describe('matchKey', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['1幢', '1幢'],
    ['１幢', '1幢'], // full-width digit
    ['１０１', '101'],
    ['a幢', 'A幢'],
    ['Ａ幢', 'A幢'], // full-width capital
    ['ａ幢', 'A幢'], // full-width small letter
    [' 1 幢 ', '1幢'],
    ['\u30001幢\u3000', '1幢'], // ideographic space
    ['1\u00a0单元', '1单元'], // no-break space
    ['1\t单元\n', '1单元'],
    ['91330502mA2b3c4d5e', '91330502MA2B3C4D5E'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
    ['11010519491231002x', '11010519491231002X'],
    ['阳光花园', '阳光花园'],
    ['阳光 花园（一期）', '阳光花园(一期)'], // full-width parentheses become ASCII
    ['é', 'é'], // composed: only ASCII letters change case
    ['ß', 'ß'],
    ['Straße', 'STRAßE'],
    ['①', '1'], // a circled digit means the digit
  ])('%p → %p', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });

  it.each([
    ['1幢/1单元/101', '１幢/１单元/１０１'],
    ['A幢', 'a幢'],
    ['91350100M000100Y43', ' ９１３５０１００ｍ０００１００ｙ４３ '],
  ])('%p and %p are one key', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it.each([
    ['1幢', '2幢'],
    ['101', '1O1'], // a letter O is not a zero
    ['一幢', '1幢'], // Chinese numerals are not digits
  ])('%p and %p stay apart', (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });
});
