/**
 * The one form in which text that identifies something is compared and stored (unit addresses, credit codes, ID
 * numbers, names an import looks up): what a person writes differently but means the same must be one key.
 */

const WHITE_SPACE = /\s+/gu;

/**
 * NFKC (full-width １Ａ to 1A, ideographic space to a space), no white space anywhere, a–z as A–Z. Only ASCII
 * letters change case, so PostgreSQL's matchKeySql gives the same key under any collation.
 */
export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(WHITE_SPACE, '').replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/** matchKey of a column in SQL, for lookups that compare stored text with keys made by matchKey. */
export function matchKeySql(column: string): string {
  return `translate(regexp_replace(normalize(${column}, NFKC), '\\s+', '', 'g'), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')`;
}
