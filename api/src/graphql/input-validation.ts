import { validateOrReject, ValidationError } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { NOT_TEXT_FIELD, trimSpaces } from '../shared/text';
import { ownsPersonalShape } from '../auth/personal-data';
import { invisibleTextErrors, personalTextErrors } from '../shared/validators';

/** What is taken exactly as typed: a password's or a secret's spaces are part of it; file content is not text. */
const KEPT_AS_TYPED = NOT_TEXT_FIELD;

/**
 * Trims every text of an input object in place (nested inputs and lists too), so that the length and format
 * rules judge what will be stored: "x " is one character, "   " is empty. Services used to trim after
 * validation, and a padded value then met PostgreSQL's CHECK (a 500) or was stored blank.
 */
export function trimInputTexts(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => (typeof item === 'string' ? (value[i] = trimSpaces(item)) : trimInputTexts(item)));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(record)) {
    if (KEPT_AS_TYPED.test(key)) continue;
    if (typeof field === 'string') record[key] = trimSpaces(field);
    else trimInputTexts(field);
  }
}

const OPTIONS = { forbidUnknownValues: false, skipMissingProperties: true } as const;

/**
 * Every argument of every operation: input objects trimmed, then checked by their class-validator rules (as
 * type-graphql's own validation would, with the same error for the one error mechanism to report), every text
 * for invisible characters (shared/validators.ts invisibleTextErrors), and a mutation's for personal data outside
 * its own fields (personalTextErrors). A list argument's errors keep their item's
 * index (`[1].name`); a plain String argument is checked before execution (graphql/operation-inputs.ts).
 */
export const validateArguments: ValidatorFn = async (argValue, _type, { info }) => {
  if (argValue === null || typeof argValue !== 'object') return;
  // what is written must not carry personal data outside its own fields; a search may look for it
  const writes = info.operation.operation === 'mutation';
  trimInputTexts(argValue);
  const list = Array.isArray(argValue);
  const items: Array<[number, object]> = (list ? argValue : [argValue]).flatMap((item: unknown, i: number) => (item !== null && typeof item === 'object' ? [[i, item as object]] : []));
  const errors = (
    await Promise.all(
      items.map(async ([i, item]) => {
        let found: ValidationError[] = [];
        try {
          await validateOrReject(item, OPTIONS);
        } catch (error) {
          found = error as ValidationError[];
        }
        found = [...found, ...invisibleTextErrors(item), ...(writes ? personalTextErrors(item, ownsPersonalShape) : [])];
        return list && found.length ? [Object.assign(new ValidationError(), { property: String(i), value: item, children: found })] : found;
      }),
    )
  ).flat();
  if (errors.length > 0) throw new ArgumentValidationError(errors);
};
