import { validateOrReject, ValidationError } from 'class-validator';
import { getNamedType, getNullableType, GraphQLResolveInfo, isInputObjectType, isListType } from 'graphql';
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

/** The one list-of-inputs argument of the field being resolved (scoreAssessment's `scores`), whose items are validated here. */
function listArgumentOf(info: GraphQLResolveInfo): string | null {
  const lists = (info.parentType.getFields()[info.fieldName]?.args ?? []).filter((arg) => isListType(getNullableType(arg.type)) && isInputObjectType(getNamedType(arg.type)));
  return lists.length === 1 ? lists[0].name : null;
}

/**
 * Every argument of every operation: input objects trimmed, then checked by their class-validator rules (as
 * type-graphql's own validation would, with the same error for the one error mechanism to report), every text
 * for invisible characters (shared/validators.ts invisibleTextErrors), and a mutation's for personal data outside
 * its own fields (personalTextErrors). A list argument's errors name it and their item's
 * index (`scores[1].note`); a plain String argument is checked before execution (graphql/operation-inputs.ts).
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
  if (errors.length === 0) return;
  // a list argument's items are named with the argument, as the checks before execution and its service name them: scores[1].note
  const argument = list ? listArgumentOf(info) : null;
  throw new ArgumentValidationError(argument ? [Object.assign(new ValidationError(), { property: argument, value: argValue, children: errors })] : errors);
};
