import { matchKey } from '../shared/match-key';

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015 — docs/domain-rules.md#credit-code.
 * 18 characters; the 18th is a check character over the first 17.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem =
  | { rule: 'CREDIT_CODE_LENGTH'; message: string; args: { length: number } }
  | { rule: 'CREDIT_CODE_CHARACTER'; message: string; position: number; args: { position: number; character: string } }
  | { rule: 'CREDIT_CODE_CHECK'; message: string; expected: string; args: { expected: string; actual: string } };

/** The check character for the first 17 characters (which must be from the alphabet). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** What is stored and compared: full-width characters, blanks and lower case written the usual way (matchKey). */
export function normaliseCreditCode(raw: string): string {
  return matchKey(raw);
}

/** null when valid, otherwise the first problem found, in words a clerk understands. */
export function checkCreditCode(raw: string): CreditCodeProblem | null {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) {
    return { rule: 'CREDIT_CODE_LENGTH', message: `must be 18 characters, got ${code.length}`, args: { length: code.length } };
  }
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_ALPHABET.includes(code[i])) {
      return {
        rule: 'CREDIT_CODE_CHARACTER',
        message: `character ${i + 1} ('${code[i]}') is not allowed (I, O, Z, S, V and symbols never appear)`,
        position: i + 1,
        args: { position: i + 1, character: code[i] },
      };
    }
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) {
    return { rule: 'CREDIT_CODE_CHECK', message: `check character should be '${expected}', not '${code[17]}'`, expected, args: { expected, actual: code[17] } };
  }
  return null;
}

/** A credit-code column of an import: a wrong check character is answered with the one its first 17 call for. */
export const CREDIT_CODE_COLUMN = {
  rule: 'CREDIT_CODE_CHECK',
  expected: (text: string): string | null => {
    const problem = checkCreditCode(text);
    return problem?.rule === 'CREDIT_CODE_CHECK' ? problem.expected : null;
  },
};
