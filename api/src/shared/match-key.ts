/**
 * The one form in which text that identifies something is compared and stored (unit addresses, credit codes, ID
 * numbers, names an import looks up): what a person writes differently but means the same must be one key
 * (docs/domain-rules.md#identifying-text).
 */

/**
 * Code points that draw nothing and so never tell two keys apart: controls (Cc), white space of every kind, format
 * characters (Cf: zero-width space/joiners, word joiner, soft hyphen, BOM, bidi controls, tags), variation selectors,
 * the combining grapheme joiner and the blank Hangul fillers. Written out (not \p{…}) so that PostgreSQL's regular
 * expressions, which know no Unicode classes, drop exactly the same ones.
 */
export const IGNORED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0020], // C0 controls, space
  [0x007f, 0x00a0], // DEL, C1 controls, no-break space
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x1680, 0x1680], // Ogham space mark
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors, vowel separator
  [0x2000, 0x200f], // spaces, zero-width space, ZWNJ, ZWJ, LRM, RLM
  [0x2028, 0x202f], // line/paragraph separators, bidi embeddings and overrides, narrow no-break space
  [0x205f, 0x206f], // medium space, word joiner, invisible operators, bidi isolates, deprecated format
  [0x3000, 0x3000], // ideographic space
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM, zero-width no-break space
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0xfff9, 0xfffb], // interlinear annotation
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical format controls
  [0xe0000, 0xe0fff], // tags, variation selectors supplement
];

/**
 * Dashes and minus signs a keyboard, a word processor or a full-width input method writes for a hyphen (NFKC already
 * makes － and ﹣ a hyphen-minus): all become '-'. Wave dashes (〜 〰, "from … to") are not hyphens and stay.
 */
export const DASH_CODE_POINTS: readonly number[] = [
  0x058a, 0x05be, 0x1400, 0x1806, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x2e17, 0x2e1a, 0x2e3a, 0x2e3b, 0x2e40, 0x2e5d, 0xfe31, 0xfe32,
  0xfe58, 0xfe63, 0xff0d,
];

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
const jsChar = (n: number) => `\\u{${hex(n, 4)}}`;
// PostgreSQL's regex cannot take NUL (nor can its text hold one)
const sqlChar = (n: number) => (n > 0xffff ? `\\U${hex(n, 8)}` : `\\u${hex(Math.max(n, 1), 4)}`);
const classOf = (ranges: ReadonlyArray<readonly [number, number]>, char: (n: number) => string) =>
  `[${ranges.map(([from, to]) => (from === to ? char(from) : `${char(from)}-${char(to)}`)).join('')}]`;

const IGNORED = new RegExp(classOf(IGNORED_RANGES, jsChar), 'gu');
const DASHES = new RegExp(classOf(DASH_CODE_POINTS.map((n) => [n, n] as const), jsChar), 'gu');
const IGNORED_SQL = classOf(IGNORED_RANGES, sqlChar);
const DASHES_SQL = classOf(DASH_CODE_POINTS.map((n) => [n, n] as const), sqlChar);

/**
 * Invisible characters dropped (before and after NFKC, which turns some spaces into one), NFKC (full-width １Ａ to
 * 1A, ideographic space to a space), every dash a hyphen-minus, a–z as A–Z. Only ASCII letters change case, so
 * PostgreSQL's matchKeySql gives the same key under any collation. Traditional and simplified forms (棟/栋) are not
 * folded: no maintained library does it the same way in SQL.
 */
export function matchKey(text: string): string {
  return text
    .replace(IGNORED, '')
    .normalize('NFKC')
    .replace(IGNORED, '')
    .replace(DASHES, '-')
    .replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/** matchKey of a column in SQL, for lookups that compare stored text with keys made by matchKey (test/match-key.e2e.spec.ts holds them equal). */
export function matchKeySql(column: string): string {
  const dropped = (sql: string) => `regexp_replace(${sql}, '${IGNORED_SQL}', '', 'g')`;
  return `translate(regexp_replace(${dropped(`normalize(${dropped(column)}, NFKC)`)}, '${DASHES_SQL}', '-', 'g'), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')`;
}
