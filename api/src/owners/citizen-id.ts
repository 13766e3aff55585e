import { IsoDate, assertIsoDate, isRealDate } from '../shared/iso-date';
import { matchKey } from '../shared/match-key';

/**
 * Citizen ID number (公民身份号码), GB 11643-1999 — docs/domain-rules.md#citizen-id.
 * 6-digit address code, birth date YYYYMMDD, 3-digit sequence, check character (0-9 or X).
 * Personal data: mask it with `maskIdNumber` (auth/personal-data.ts) for display, never log it.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432'; // indexed by Σ mod 11

/** Each problem's `args` are the figures its message says, for a client's own words (docs/integrators.md#refusal-figures). */
export type CitizenIdProblem =
  | { rule: 'ID_OLD_15_DIGIT'; message: string; args?: undefined }
  | { rule: 'ID_LENGTH'; message: string; args: { length: number } }
  | { rule: 'ID_CHARACTER'; message: string; position: number; args: { position: number; character: string } }
  | { rule: 'ID_BIRTH_DATE'; message: string; args: { birthDate: string; today?: string } }
  | { rule: 'ID_CHECK'; message: string; expected: string; args: { expected: string; actual: string } };

/** What is stored and compared: full-width digits, blanks and a lower-case x written the usual way (matchKey). */
export function normaliseCitizenId(raw: string): string {
  return matchKey(raw);
}

/** The check character for the first 17 digits. */
export function citizenIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('the check character is computed over exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** null when valid on `today` (YYYY-MM-DD), otherwise the first problem found, in words a clerk understands. */
export function checkCitizenId(raw: string, today: IsoDate): CitizenIdProblem | null {
  assertIsoDate(today, 'today');
  const id = normaliseCitizenId(raw);
  if (id.length === 15 && /^\d{15}$/.test(id)) {
    // first-generation cards (15 digits, no century, no check) stopped being valid on 2013-01-01
    return {
      rule: 'ID_OLD_15_DIGIT',
      message: 'this is an old 15-digit ID number, no longer valid; ask for the 18-digit number on the current card',
    };
  }
  if (id.length !== 18) return { rule: 'ID_LENGTH', message: `must be 18 characters, got ${id.length}`, args: { length: id.length } };
  for (let i = 0; i < 17; i++) {
    if (id[i] < '0' || id[i] > '9') {
      return { rule: 'ID_CHARACTER', message: `character ${i + 1} ('${id[i]}') must be a digit`, position: i + 1, args: { position: i + 1, character: id[i] } };
    }
  }
  if (!/[0-9X]/.test(id[17])) {
    return { rule: 'ID_CHARACTER', message: `the last character ('${id[17]}') must be a digit or X`, position: 18, args: { position: 18, character: id[17] } };
  }
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) {
    // birthDate as the number writes it, a day no calendar has (1970-02-30): a client says its parts, not a date
    return { rule: 'ID_BIRTH_DATE', message: `characters 7–14 give a birth date ${birth} that does not exist`, args: { birthDate: birth } };
  }
  if (birth > today) {
    return { rule: 'ID_BIRTH_DATE', message: `characters 7–14 give a birth date ${birth} after today (${today})`, args: { birthDate: birth, today } };
  }
  const expected = citizenIdCheckCharacter(id.slice(0, 17));
  if (id[17] !== expected) {
    return { rule: 'ID_CHECK', message: `check character should be '${expected}', not '${id[17]}'`, expected, args: { expected, actual: id[17] } };
  }
  return null;
}

/** The birth date written in a well-formed 18-character ID (check it first with `checkCitizenId`). */
export function birthDateOf(id: string): IsoDate {
  const normalised = normaliseCitizenId(id);
  if (!/^\d{17}[0-9X]$/.test(normalised)) throw new RangeError('not an 18-character citizen ID number');
  const birth = `${normalised.slice(6, 10)}-${normalised.slice(10, 12)}-${normalised.slice(12, 14)}`;
  assertIsoDate(birth, 'birth date in the ID number');
  return birth;
}

/**
 * Full years (周岁) on `date`. The age goes up on the birthday itself; someone born on 29 February
 * goes up on 1 March in common years (their birthday has not come on 28 February).
 */
export function ageOn(id: string, date: IsoDate): number {
  assertIsoDate(date);
  const birth = birthDateOf(id);
  if (date < birth) throw new RangeError(`${date} is before the birth date`);
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  // "MM-DD" strings compare in calendar order
  return date.slice(5) >= birth.slice(5) ? years : years - 1;
}

/**
 * The birth date an ID number on the roll states, or null when it states none to rely on: an 18-character number
 * with a real date and a right check character, or an old 15-digit one (YYMMDD, all born in the 1900s).
 */
export function statedBirthDate(raw: string | null | undefined): IsoDate | null {
  const id = normaliseCitizenId(raw ?? '');
  const fromDigits = (year: string, month: string, day: string): IsoDate | null =>
    isRealDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : null;
  if (/^\d{15}$/.test(id)) return fromDigits(`19${id.slice(6, 8)}`, id.slice(8, 10), id.slice(10, 12));
  if (!/^\d{17}[0-9X]$/.test(id) || id[17] !== citizenIdCheckCharacter(id.slice(0, 17))) return null;
  return fromDigits(id.slice(6, 10), id.slice(10, 12), id.slice(12, 14));
}

/** Full years (周岁) from `birth` to `date`, as `ageOn` counts them; negative before the birth. */
export function fullYearsOn(birth: IsoDate, date: IsoDate): number {
  assertIsoDate(birth, 'birth date');
  assertIsoDate(date);
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  return date.slice(5) >= birth.slice(5) ? years : years - 1;
}

/** An ID-number column of an import: a wrong check character is answered with the one its first 17 digits call for. */
export const CITIZEN_ID_COLUMN = {
  rule: 'ID_CHECK',
  expected: (text: string): string | null => {
    const id = normaliseCitizenId(text);
    if (!/^\d{17}[0-9X]$/.test(id)) return null;
    const expected = citizenIdCheckCharacter(id.slice(0, 17));
    return id[17] === expected ? null : expected;
  },
};
