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
    ['1栋\u200b101', '1栋101'], // zero-width space
    ['1栋\u200c\u200d101', '1栋101'], // ZWNJ, ZWJ
    ['1栋\u2060101', '1栋101'], // word joiner
    ['\ufeff1栋', '1栋'], // BOM
    ['1栋\u00ad101', '1栋101'], // soft hyphen
    ['1栋\ufe0f101', '1栋101'], // variation selector
    ['1栋\u{e0101}101', '1栋101'], // ideographic variation selector
    ['\u202e101\u202c', '101'], // bidi override and pop
    ['\u2066101\u2069', '101'], // bidi isolate
    ['1\u0085栋\u2028', '1栋'], // next line, line separator
    ['e\u200d\u0301', 'é'], // a joiner between a letter and its accent: composed as without it
    ['1栋‐101', '1栋-101'], // hyphen
    ['1栋‑101', '1栋-101'], // non-breaking hyphen
    ['1栋‒101', '1栋-101'], // figure dash
    ['1栋–101', '1栋-101'], // en dash
    ['1栋—101', '1栋-101'], // em dash
    ['1栋―101', '1栋-101'], // horizontal bar
    ['1栋−101', '1栋-101'], // minus sign
    ['1栋－101', '1栋-101'], // full-width hyphen-minus
    ['1栋﹣101', '1栋-101'], // small hyphen-minus
    ['1栋﹘101', '1栋-101'], // small em dash
    ['1〜3', '1〜3'], // a wave dash means "to", not a hyphen
    ['1棟', '1棟'], // traditional forms are not folded (docs/domain-rules.md#identifying-text)
  ])('%p → %p', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });

  it.each([
    ['1幢/1单元/101', '１幢/１单元/１０１'],
    ['A幢', 'a幢'],
    ['91350100M000100Y43', ' ９１３５０１００ｍ０００１００ｙ４３ '],
    ['1栋-101', '1栋–101'],
    ['1栋101', '1栋\u200b101'],
    ['91350100M000100Y43', '\u202d91350100M000100Y43\u202c'],
  ])('%p and %p are one key', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it.each([
    ['1幢', '2幢'],
    ['101', '1O1'], // a letter O is not a zero
    ['一幢', '1幢'], // Chinese numerals are not digits
    ['1栋-101', '1栋101'], // a hyphen is not nothing
    ['1棟', '1栋'], // not folded
  ])('%p and %p stay apart', (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });
});
