/** What makes a string unfit to store: PostgreSQL refuses NUL in text, and an unpaired surrogate is not UTF-8. */
export type TextProblem = 'NUL' | 'UNPAIRED_SURROGATE';

const SUSPECT = /[\u0000\ud800-\udfff]/;
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first problem of a client's string, or null when PostgreSQL can store it as it is. */
export function textProblem(text: string): TextProblem | null {
  if (!SUSPECT.test(text)) return null; // the common case: one scan
  if (text.includes('\u0000')) return 'NUL';
  return UNPAIRED_SURROGATE.test(text) ? 'UNPAIRED_SURROGATE' : null;
}

export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, string> = {
  NUL: 'must not contain the NUL character (\\u0000)',
  UNPAIRED_SURROGATE: 'must be valid Unicode (it holds an unpaired surrogate)',
};

/**
 * Characters that draw nothing: format (Cf: zero-width, bidi controls, tags), separators (Z*), controls (Cc),
 * unassigned (Cn) and the blank "letters" (Hangul fillers, braille blank). Combining marks (M) draw only on a base.
 */
const INVISIBLE = /[\p{Cf}\p{Z}\p{Cc}\p{Cn}\u115f\u1160\u3164\uffa0\u2800]/gu;
const BASE = /[^\p{M}]/u;

/** Whether a person would see anything of the text: a name of zero-width or bidi characters looks empty. */
export function hasVisibleCharacter(text: string): boolean {
  return BASE.test(text.replace(INVISIBLE, ''));
}

const SPACE = '[\\t\\n\\r \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';
const SURROUNDING_SPACE = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');

/**
 * Text without the spaces around it: ordinary, no-break and ideographic spaces, tabs and line breaks. Unlike
 * String#trim it keeps a BOM, a line separator, a vertical tab or a form feed, which are refused rather than
 * silently dropped (docs/domain-rules.md#refused-characters).
 */
export function trimSpaces(text: string): string {
  return text.replace(SURROUNDING_SPACE, '');
}

// digits and the signs written in numbers and dates, half- or full-width (全角), with the date words; nothing else
const NUMBER_CELL = /^[0-9\uff10-\uff19.\uff0e\-\uff0d/\uff0f:\uff1a+\uff0b,\uff0c年月日]+$/;
const FULL_WIDTH = /[\uff01-\uff5e]/;

/**
 * A cell that is a number or a date typed in full-width digits (a Chinese input method in full-width mode: ８９．１２,
 * ２０２７年１月１日) in half-width, as its reader expects; any other text is returned as written
 * (docs/domain-rules.md#unit-address).
 */
export function halfWidthNumber(text: string): string {
  return NUMBER_CELL.test(text) && FULL_WIDTH.test(text) ? text.normalize('NFKC') : text;
}

/**
 * Characters refused in any text a client sends or a file holds (docs/domain-rules.md#refused-characters): controls
 * (Cc), format characters (Cf: zero-width space and joiners, word joiner, soft hyphen, BOM, bidi controls, tags), line
 * and paragraph separators and the blank Hangul fillers and braille blank, and a variation selector VS1–VS16 after a
 * Chinese character (湖州德信\uFE00物业 looked like a firm's name; security review F11). Ordinary and ideographic
 * spaces are text; variation selectors after other characters (❤️) and ideographic variation selectors
 * (U+E0100–U+E01EF, the registered glyphs of a name) shape the character before them and are kept.
 */
const REFUSED_CHARACTER = /[\p{Cc}\p{Cf}\u2028\u2029\u115f\u1160\u3164\uffa0\u2800]|(?<=\p{Script=Han})[\ufe00-\ufe0f]/u;
/** The joiner inside an emoji sequence (👨‍👩‍👧) draws the sequence: it is the one format character kept. */
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}\ufe0f?)\u200d(?=\p{Extended_Pictographic})/gu;
/** Line breaks and tabs: allowed in multi-line text only. */
const LINE_BREAK_OR_TAB = /[\n\r\t]/g;

/**
 * Fields of free text written over several lines (a note, a reason, a description, a summary): the one kind where
 * line breaks and tabs are text. Every other field (names, addresses, codes, search words) is one line.
 */
export const MULTI_LINE_FIELD = /(?:note|notes|reason|description|summary|purpose|remarks?|comments?|body|minutes)$/i;

/** Fields taken exactly as typed and never shown (a password's characters are its own) or not text at all (file content). */
export const NOT_TEXT_FIELD = /password|secret|contentBase64/i;

/** The rule of text holding an invisible or control character, or showing nothing at all. */
export const INVISIBLE_TEXT = 'INVISIBLE_TEXT';

/**
 * Why a field's text is refused as INVISIBLE_TEXT, or null when it is fine: the first refused character (as U+XXXX),
 * or text that is not empty but shows nothing. `field` is the input field's or column's name, deciding multi-line.
 */
export function invisibleTextProblem(field: string, text: string): string | null {
  if (text === '' || NOT_TEXT_FIELD.test(field)) return null;
  const kept = MULTI_LINE_FIELD.test(field) ? text.replace(LINE_BREAK_OR_TAB, '') : text;
  const refused = REFUSED_CHARACTER.exec(kept.replace(EMOJI_JOINER, ''));
  if (refused) {
    const code = refused[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const lines = MULTI_LINE_FIELD.test(field) ? '' : ' (this field is one line)';
    return `must not hold invisible or control characters; it holds U+${code}${lines}`;
  }
  return hasVisibleCharacter(text) ? null : 'must show at least one visible character';
}

/**
 * A text's length as PostgreSQL's length() counts it, and so every CHECK (length(…) …) of the migrations: code points.
 * class-validator's @Length leaves out U+FE0E/U+FE0F, so a name of 60 "❤️" passed it and broke the CHECK (a 500).
 */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
