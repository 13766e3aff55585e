/**
 * Personal data found by its shape, wherever it stands in a text (docs/domain-rules.md#personal-data): an import
 * error quoting a cell, a header, a label. A column named as personal is masked by its field; this catches the ID
 * number typed into a building column, or the phone in a name cell.
 */

const D = '[0-9０-９]';
const X = '[0-9０-９XxＸｘ]';
const SEP = '[ \\-‐‑–—－]?';

/** 18 characters: 17 digits and a check character (digit or X), optionally grouped 6-8-4 by a space or dash. */
export const ID_NUMBER_SHAPE = new RegExp(`(?<!${D})${D}{6}${SEP}${D}{8}${SEP}${D}{3}${X}(?![0-9０-９A-Za-z])`, 'gu');
/** A mainland mobile number: 1[3-9] and nine more digits, optionally +86 first and grouped 3-4-4. */
export const MOBILE_SHAPE = new RegExp(`(?<!${D})(?:(?:\\+|＋)?86${SEP})?[1１][3-9３-９]${D}${SEP}${D}{4}${SEP}${D}{4}(?!${D})`, 'gu');
/** A landline with its area code: 0 and 2–3 digits, then 7–8 digits; the area code may be in brackets. */
export const LANDLINE_SHAPE = new RegExp(`(?<!${D})(?:[(（][0０]${D}{2,3}[)）]|[0０]${D}{2,3})${SEP}${D}{3,4}${SEP}${D}{4}(?!${D})`, 'gu');

const digitsOf = (text: string) => text.normalize('NFKC').replace(/[^0-9Xx]/g, '');

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const hasCheckCharacter = (id: string) => '10X98765432'[WEIGHTS.reduce((sum, w, i) => sum + w * Number(id[i]), 0) % 11] === id[17];
const hasBirthDate = (id: string) => /^(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(id.slice(6, 14));

/**
 * The first four and last four characters of an ID number shown: 3305**********0014 (as maskIdNumber shows it).
 * Eighteen digits with neither a right check character nor a birth date inside (an all-digit credit code) are left.
 */
const maskId = (match: string) => {
  const id = digitsOf(match).toUpperCase();
  if (!hasCheckCharacter(id) && !hasBirthDate(id)) return match;
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
};
/** The first three and last four digits of a phone shown: 138****5678 (as maskPhone shows it). */
const maskPhone = (match: string) => {
  const digits = digitsOf(match).replace(/^86(?=1\d{10}$)/, ''); // +86 says nothing of the person
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
};

/** The kind of personal data `text` holds somewhere inside it (an ID number as maskId would mask it, a mobile), or null. */
export function personalDataIn(text: string): 'ID_NUMBER' | 'MOBILE' | null {
  if (!/[0-9０-９]{3}/.test(text)) return null;
  if ([...text.matchAll(ID_NUMBER_SHAPE)].some(([match]) => maskId(match) !== match)) return 'ID_NUMBER';
  return [...text.matchAll(MOBILE_SHAPE)].length > 0 ? 'MOBILE' : null;
}

/** `text` with every ID number, mobile and landline in it masked; the rest as it was. */
export function maskPersonalDataIn(text: string): string {
  if (!/[0-9０-９]{3}/.test(text)) return text; // the common case: no run of digits at all
  return text.replace(ID_NUMBER_SHAPE, maskId).replace(MOBILE_SHAPE, maskPhone).replace(LANDLINE_SHAPE, maskPhone);
}
