/**
 * Personal data found by its shape, wherever it stands in a text (docs/domain-rules.md#personal-data): an import
 * error quoting a cell, a header, a label. A column named as personal is masked by its field; this catches the ID
 * number typed into a building column, or the phone in a name cell.
 */

/**
 * Every decimal digit of any script (\p{Nd}: Arabic-Indic ٣, Devanagari ३, full-width ３…) as its value: NFKC folds
 * only the full-width ones. Each script's ten digits are one run of code points starting at its zero (Unicode's
 * stability policy), so a digit's value is its distance from the start of its run, modulo ten (𝟎–𝟿 are five runs).
 */
const ANY_DIGIT = /\p{Nd}/u;
const digitValues = new Map<string, string>();
function digitValue(char: string): string {
  let value = digitValues.get(char);
  if (value === undefined) {
    const cp = char.codePointAt(0)!;
    let zero = cp;
    while (ANY_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    value = String((cp - zero) % 10);
    digitValues.set(char, value);
  }
  return value;
}

/** Chinese numerals read out as digits (一三七零…, 幺 and 两 as a phone number is said aloud, 〇), and ¹ ① ⓪ whose NFKC is one digit. */
const SPOKEN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const SPOKEN = new RegExp(`[${Object.keys(SPOKEN_DIGITS).join('')}]|\\p{No}`, 'u');
const ANY_NUMERAL = new RegExp(`\\p{Nd}|${SPOKEN.source}`, 'u');

/** A text with its digits as 0–9 and where each of its characters came from (`at[i]` for folded position i; `at[length]` = the text's end; null: the text itself). */
interface Folded {
  text: string;
  at: number[] | null;
}

const NOT_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * `text` with every \p{Nd} digit as 0–9 and, when `spoken`, Chinese numerals and one-digit symbols too; null when that
 * reading finds nothing to fold. Two readings are searched because folding 一 or ① may glue a word to a real number
 * ("第一13800138000" is twelve digits once folded).
 */
function folded(text: string, spoken: boolean): Folded | null {
  // the common case: ASCII digits only, and (in the second reading) no numeral (a log line, most texts)
  if (spoken ? !SPOKEN.test(text) : !NOT_ASCII_DIGIT.test(text)) return spoken ? null : { text, at: null };
  let out = '';
  const at: number[] = [];
  let i = 0;
  for (const char of text) {
    let digit = char;
    if (char >= '0' && char <= '9') digit = char;
    else if (ANY_DIGIT.test(char)) digit = digitValue(char);
    else if (spoken && SPOKEN.test(char)) {
      const nfkc = char.normalize('NFKC');
      digit = SPOKEN_DIGITS[char] ?? (/^[0-9]$/.test(nfkc) ? nfkc : char);
    }
    for (let k = 0; k < digit.length; k++) at.push(i);
    out += digit;
    i += char.length;
  }
  at.push(i);
  return { text: out, at };
}

const D = '[0-9]';
/** Between two groups of a number: any one character that is neither a letter nor a digit (space of any kind, / _ , 、 | . - · …). */
const SEPARATOR = '[^\\p{L}\\p{N}]';
const GROUP = /[0-9XxＸｘ]+/gu;
const SEP = `${SEPARATOR}?`;

/** Digits in groups joined by one separator each, as a number is written across a text: "330521 1981 0806 5255". */
const DIGIT_RUN = new RegExp(`(?<!${D})[+＋]?${D}+(?:${SEPARATOR}${D}+)*(?:[XxＸｘ](?![0-9A-Za-z]))?(?!${D})`, 'gu');
/** A landline with its area code: 0 and 2–3 digits, then 7–8 digits; the area code may be in brackets. Found in folded text. */
export const LANDLINE_SHAPE = new RegExp(`(?<!${D})(?:[(（]0${D}{2,3}[)）]|0${D}{2,3})${SEP}${D}{3,4}${SEP}${D}{4}(?!${D})`, 'gu');

/** The cheap test first: three digits (any script, or numerals read as digits), at most one character apart. */
export const MAY_HOLD_NUMBER = new RegExp(`(?:${ANY_NUMERAL.source})(?:.?(?:${ANY_NUMERAL.source})){2}`, 'u');

const digitsOf = (text: string) => text.normalize('NFKC').replace(/[^0-9Xx]/g, '');

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const hasCheckCharacter = (id: string) => '10X98765432'[WEIGHTS.reduce((sum, w, i) => sum + w * Number(id[i]), 0) % 11] === id[17];
const hasBirthDate = (id: string) => /^(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(id.slice(6, 14));

/** An ID number's two inner checks: written as one run either suffices (a typo in the check character is still someone's); grouped, both must hold. */
const readsAsIdNumber = (id: string, grouped: boolean) => (grouped ? hasCheckCharacter(id) && hasBirthDate(id) : hasCheckCharacter(id) || hasBirthDate(id));
const MOBILE_DIGITS = /^(?:86)?1[3-9]\d{9}$/;

type PersonalNumberKind = 'ID_NUMBER' | 'MOBILE';
interface PersonalNumber {
  kind: PersonalNumberKind | 'LANDLINE';
  start: number;
  end: number;
  /** its characters without separators, digits 0–9, X upper-case */
  digits: string;
}

/**
 * The ID numbers (17 digits and a check character), mainland mobiles (1[3-9] and nine more, +86 first or not) and
 * landlines with their area codes in `text`, in any script's digits or in Chinese numerals, written as one run, in
 * groups of three or more digits joined by any one separator ("138/0013/8000"), the last of three or more maybe
 * shorter ("3305 2119 8108 0652 55"), an ID number's first too ("33 0521 1981 0806 5255"), or a digit or two at a time with one
 * separator throughout (spacedNumber); amounts, dates and ordinals never make one. `anyIdNumber`: eighteen digits in
 * one run need no checks. In text order, none overlapping; positions are the text's own.
 */
function personalNumbersIn(text: string, anyIdNumber: boolean): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (const spoken of [false, true]) {
    const reading = folded(text, spoken);
    if (!reading) continue;
    const { text: digits, at } = reading;
    const fresh = [...numbersIn(digits, anyIdNumber), ...landlinesIn(digits)];
    for (const n of fresh) {
      const number = at ? { ...n, start: at[n.start], end: at[n.end] } : n;
      if (!found.some((f) => f.start < number.end && number.start < f.end)) found.push(number);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** ID numbers and mobiles in text whose digits are 0–9 (folded), ID numbers and mobiles before landlines. */
function numbersIn(text: string, anyIdNumber: boolean): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(GROUP)].map((g) => ({ start: run.index + g.index, end: run.index + g.index + g[0].length, digits: digitsOf(g[0]).toUpperCase() }));
    // a leading + goes with the number (+86 …)
    groups[0].start = run.index;
    const spaced = spacedNumber(text, groups);
    if (spaced) {
      found.push({ kind: spaced.kind, start: groups[0].start, end: groups[groups.length - 1].end, digits: spaced.digits });
      continue;
    }
    for (let i = 0; i < groups.length; ) {
      const match = numberFrom(text, groups, i, anyIdNumber);
      if (!match) {
        i++;
        continue;
      }
      found.push({ kind: match.kind, start: groups[i].start, end: groups[match.last].end, digits: match.digits });
      i = match.last + 1;
    }
  }
  return found;
}

const landlinesIn = (text: string): PersonalNumber[] =>
  [...text.matchAll(LANDLINE_SHAPE)].map((m) => ({ kind: 'LANDLINE', start: m.index, end: m.index + m[0].length, digits: digitsOf(m[0]) }));

/**
 * A whole run written a digit or two at a time with one separator throughout ("1 3 8 0 0 1 3 8 0 0 0", "33-05-21-…"):
 * a mobile, or an ID number whose check character and birth date both hold. Only the whole run counts, and only with
 * six groups or more: decimals and dates mix separators or longer groups ("1.5 2.5 3.5", "2025.1.1").
 */
function spacedNumber(text: string, groups: Array<{ start: number; end: number; digits: string }>): { kind: PersonalNumberKind; digits: string } | null {
  if (groups.length < 6 || groups.some((g) => g.digits.length > 2)) return null;
  const separator = text[groups[0].end];
  for (let i = 1; i < groups.length - 1; i++) if (text[groups[i].end] !== separator) return null;
  const digits = groups.map((g) => g.digits).join('');
  if (digits.length === 18 && /^\d{17}[\dX]$/.test(digits) && readsAsIdNumber(digits, true)) return { kind: 'ID_NUMBER', digits };
  if (MOBILE_DIGITS.test(digits)) return { kind: 'MOBILE', digits: digits.replace(/^86(?=1\d{10}$)/, '') };
  return null;
}

/** The number that starts at group `first`: an ID number before a mobile that begins it (a mobile found alone). */
function numberFrom(text: string, groups: Array<{ start: number; end: number; digits: string }>, first: number, anyIdNumber: boolean): { kind: PersonalNumberKind; last: number; digits: string } | null {
  const separatorBefore = (group: number) => text.slice(groups[group - 1].end, groups[group].start);
  let digits = '';
  let mobile: { kind: PersonalNumberKind; last: number; digits: string } | null = null;
  // an ID number may also begin with a digit or two (33 0521 1981 0806 5255): then only an ID number whose birth date and
  // check character both hold, in four groups or more joined by one separator, is one (never a mobile: 13 800 138 000 is an amount)
  const shortFirst = groups[first].digits.length < 3 && groups[first].digits !== '86';
  for (let last = first; last < groups.length && digits.length < 18; last++) {
    const group = groups[last].digits;
    const countryCode = last === first && group === '86';
    // a digit or two may end a number of three groups or more, after the separator between the others (3305 2119 8108
    // 0652 55, 138 572 123 45), never go on with one: the cents of 138,001,380.00 are not a mobile's last digits
    const short = group.length < 3 && !countryCode && !(shortFirst && last === first);
    if (short && (last - first < 2 || separatorBefore(last) !== separatorBefore(last - 1))) break;
    if (shortFirst && last > first + 1 && separatorBefore(last) !== separatorBefore(first + 1)) break;
    digits += group;
    if (shortFirst) {
      if (digits.length === 18 && last - first >= 3 && /^\d{17}[\dX]$/.test(digits) && readsAsIdNumber(digits, true)) return { kind: 'ID_NUMBER', last, digits };
    } else {
      if (digits.length === 18 && /^\d{17}[\dX]$/.test(digits) && ((anyIdNumber && last === first) || readsAsIdNumber(digits, last > first))) return { kind: 'ID_NUMBER', last, digits };
      // +86 says nothing of the person
      if (!mobile && MOBILE_DIGITS.test(digits)) mobile = { kind: 'MOBILE', last, digits: digits.replace(/^86(?=1\d{10}$)/, '') };
    }
    if (short) break;
  }
  return mobile;
}

/** The first four and last four characters of an ID number shown: 3305**********0014 (as maskIdNumber shows it). */
const maskId = (id: string) => `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
/** China's three-digit area codes (Beijing 010, 020–029); every other one has four digits. */
const THREE_DIGIT_AREA = /^0(?:10|2\d)/;

/**
 * A phone's digits masked (docs/domain-rules.md#personal-data): a mobile keeps its first three and last four,
 * 138****5678; a landline its area code and at most the last four digits of its local number, four always hidden as
 * a mobile's are, 0572-****678; any other run of digits at most its last four, four always hidden.
 */
export function maskPhoneDigits(digits: string): string {
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const area = !digits.startsWith('0') ? '' : THREE_DIGIT_AREA.test(digits) ? digits.slice(0, 3) : digits.slice(0, 4);
  const local = digits.slice(area.length);
  const shown = Math.min(4, Math.max(0, local.length - 4));
  return `${area && `${area}-`}****${shown > 0 ? local.slice(-shown) : ''}`;
}

/** `text` with each personal number replaced by what `replace` makes of it. */
function replaceNumbers(text: string, numbers: PersonalNumber[], replace: (number: PersonalNumber) => string): string {
  let out = '';
  let at = 0;
  for (const number of numbers) {
    out += text.slice(at, number.start) + replace(number);
    at = number.end;
  }
  return out + text.slice(at);
}

/** The kind of personal data `text` holds somewhere inside it (an ID number as maskPersonalDataIn would mask it, a mobile), or null; a landline is an organisation's as often as a person's. */
export function personalDataIn(text: string): PersonalNumberKind | null {
  if (!MAY_HOLD_NUMBER.test(text)) return null;
  const found = personalNumbersIn(text, false).filter((n): n is PersonalNumber & { kind: PersonalNumberKind } => n.kind !== 'LANDLINE');
  return found.find((n) => n.kind === 'ID_NUMBER')?.kind ?? found[0]?.kind ?? null;
}

/**
 * `text` with every ID number, mobile and landline in it masked; the rest as it was. Eighteen digits with neither a
 * right check character nor a birth date inside (an all-digit credit code) are left.
 */
export function maskPersonalDataIn(text: string): string {
  if (!MAY_HOLD_NUMBER.test(text)) return text; // the common case: no run of digits at all
  return replaceNumbers(text, personalNumbersIn(text, false), (n) => (n.kind === 'ID_NUMBER' ? maskId(n.digits) : maskPhoneDigits(n.digits)));
}

/** `text` with everything shaped like an ID number (in one run, checks or not), a mobile or a landline replaced whole by a label (the log's scrubber). */
export function labelPersonalDataIn(text: string, labels: { idNumber: string; phone: string }): string {
  if (!MAY_HOLD_NUMBER.test(text)) return text;
  return replaceNumbers(text, personalNumbersIn(text, true), (n) => (n.kind === 'ID_NUMBER' ? labels.idNumber : labels.phone));
}
