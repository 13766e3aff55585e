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
