import { getMetadataStorage, registerDecorator, ValidationArguments, ValidationError, ValidationOptions } from 'class-validator';
import { DECIMAL_PLACES, decimalPlacesMessage, fitsDecimalPlaces } from './decimal';
import { FieldError } from './errors';
import type { RuleArgs } from './rule-violation';
import { todayInChina } from './iso-date';
import { INVISIBLE_TEXT, invisibleTextProblem, NOT_TEXT_FIELD, textLength } from './text';
import { personalDataIn } from './personal-shapes';
import { HTTP_PROTOCOLS, parsedUrl } from './url';

/**
 * Field rules as class-validator decorators on the input classes, so GraphQL arguments and imported rows are
 * checked by the same code. The decorator name becomes the `rule` of the field error the console translates;
 * `figures`, the bounds its message says, become the error's `args` (toFieldErrors).
 */
export function fieldRule(name: string, validate: (value: unknown, args: ValidationArguments) => boolean, message: (args: ValidationArguments) => string, options?: ValidationOptions, figures?: RuleArgs) {
  return (target: object, property: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property,
      options,
      constraints: figures ? [figures] : [],
      validator: { validate, defaultMessage: message },
    });
}

/** The one length rule of text fields (LENGTH), counted as textLength counts: `min` and `max` characters inclusive. */
export const TextLength = (min: number, max?: number, options?: ValidationOptions) =>
  fieldRule(
    'LENGTH',
    (value) => typeof value === 'string' && textLength(value) >= min && (max === undefined || textLength(value) <= max),
    () => (max === undefined ? `must be at least ${min} characters` : min > 0 ? `must be from ${min} to ${max} characters` : `must be at most ${max} characters`),
    options,
    // the bounds the message says: a lone maximum has no minimum of 0 to say
    max === undefined ? { min } : min > 0 ? { min, max } : { max },
  );

const MOBILE = /^1[3-9][0-9]{9}$/;
const LANDLINE = /^0[0-9]{2,3}-?[0-9]{7,8}$/;

/** A mainland mobile number (11 digits) or a landline with its area code, e.g. 0572-2345678. */
export const isPhone = (value: unknown): boolean => typeof value === 'string' && (MOBILE.test(value) || LANDLINE.test(value));

/** The PHONE rule as a decorator (see isPhone). */
export const IsPhone = (options?: ValidationOptions) =>
  fieldRule(
    'PHONE',
    isPhone,
    () => 'must be an 11-digit mobile number or a landline such as 0572-2345678',
    options,
  );

/**
 * An http(s) URL as `new URL()` reads it (shared/url.ts), the parser the value is then used with: class-validator's
 * isURL accepted what `new URL()` throws on (an IPv6 zone id), a 500 instead of a field error.
 */
export const IsHttpUrl = (options?: ValidationOptions) =>
  fieldRule(
    'URL',
    (value) => typeof value === 'string' && parsedUrl(value, HTTP_PROTOCOLS) !== null,
    () => 'must be an http:// or https:// URL',
    options,
  );

/** A "YYYY-MM-DD" date on or after the date in `otherProperty`. */
export const IsOnOrAfter = (otherProperty: string, options?: ValidationOptions) =>
  fieldRule(
    'DATE_ORDER',
    (value, args) => {
      const other = (args.object as Record<string, unknown>)[otherProperty];
      return typeof value !== 'string' || typeof other !== 'string' || value >= other;
    },
    () => `must not be before ${otherProperty}`,
    options,
    { otherField: otherProperty },
  );

/** A "YYYY-MM-DD" date not later than today in China (from 00:00 Beijing time, not 08:00). */
export const IsNotFuture = (options?: ValidationOptions) =>
  fieldRule(
    'NOT_FUTURE',
    (value) => typeof value !== 'string' || value <= todayInChina(),
    () => 'must not be in the future',
    options,
  );

/** A Decimal (string) within [min, max]. */
export const DecimalRange = (min: number, max: number, options?: ValidationOptions) =>
  fieldRule(
    'RANGE',
    (value) => value === null || value === undefined || (typeof value === 'string' && Number(value) >= min && Number(value) <= max),
    () => `must be from ${min} to ${max}`,
    options,
    { min, max },
  );

/**
 * A Decimal (string) with at most `places` decimals, the scale its column keeps: a longer one is refused
 * (DECIMAL_PLACES), since PostgreSQL would round it without a word. Every Decimal input field carries it
 * (test/decimal-places.e2e.spec.ts checks the schema for one without).
 */
export const DecimalPlaces = (places: number, options?: ValidationOptions) =>
  fieldRule(
    DECIMAL_PLACES,
    (value) => typeof value !== 'string' || fitsDecimalPlaces(value, places),
    () => decimalPlacesMessage(places),
    options,
    { places },
  );

export { INVISIBLE_TEXT } from './text';

/**
 * Every text of an input object (nested inputs and lists too) holding an invisible or control character, or
 * showing nothing, as class-validator's errors (shared/text.ts invisibleTextProblem): checked at the root for
 * GraphQL arguments and imported rows alike, since "\u202e\u200b" passes every length rule and then sorts first in
 * every list looking empty, and "1栋\u200b101" looks like an address it is not. `field` names the kind of the
 * strings of a list (its property), for the multi-line decision.
 */
export function invisibleTextErrors(value: unknown, field = ''): ValidationError[] {
  return textErrors(value, (kind, text) => {
    const problem = invisibleTextProblem(kind, text);
    return problem ? [INVISIBLE_TEXT, problem] : null;
  }, field);
}

/** The rule of personal data typed into a text that is not its own field (docs/roles-and-workflows.md#masking). */
export const PERSONAL_DATA_IN_TEXT = 'PERSONAL_DATA_IN_TEXT';

/**
 * Every text of a record being written holding an ID number or a mobile number outside the fields meant for them
 * (`ownField`: the personal fields, masked for those who may not read them): typed into a name, an address or a note it
 * would reach every reader, integrators and the audit log included, unmasked.
 */
export function personalTextErrors(value: unknown, ownField: (field: string) => boolean, field = ''): ValidationError[] {
  return textErrors(value, (kind, text) => {
    if (ownField(kind) || NOT_TEXT_FIELD.test(kind)) return null;
    const found = personalDataIn(text);
    if (!found) return null;
    return [PERSONAL_DATA_IN_TEXT, `holds ${found === 'ID_NUMBER' ? 'an ID number' : 'a mobile number'}: personal data goes only in its own field, which is masked for those who may not read it`];
  }, field);
}

/** Every text of an input object (nested inputs and lists too) that `check` refuses, as class-validator's errors. */
function textErrors(value: unknown, check: (kind: string, text: string) => [rule: string, message: string] | null, field: string): ValidationError[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string, unknown, string]> = Array.isArray(value) ? value.map((item, i) => [String(i), item, field]) : Object.entries(value).map(([k, v]) => [k, v, k]);
  return entries.flatMap(([property, item, kind]) => {
    if (typeof item === 'string') {
      const problem = check(kind, item);
      return problem ? [Object.assign(new ValidationError(), { property, value: item, constraints: { [problem[0]]: problem[1] }, children: [] })] : [];
    }
    if (NOT_TEXT_FIELD.test(kind)) return [];
    const children = textErrors(item, check, kind);
    return children.length ? [Object.assign(new ValidationError(), { property, value: item, children })] : [];
  });
}

const RULE_NAMES: Record<string, string> = {
  min: 'RANGE',
  max: 'RANGE',
  matches: 'FORMAT',
  isNotEmpty: 'REQUIRED',
  arrayNotEmpty: 'REQUIRED',
  isIn: 'ONE_OF',
};

/** class-validator's own rules whose one constraint is a bound its message says, by the name the bound is sent as. */
const BOUND_NAMES: Record<string, string> = { min: 'min', max: 'max', minLength: 'min', maxLength: 'max', arrayMinSize: 'min', arrayMaxSize: 'max' };

/** The figures of a refused rule of an input class's property, as its decorator declared them (fieldRule's, or class-validator's bound). */
function figuresOf(error: ValidationError, rule: string): RuleArgs | undefined {
  const target = error.target?.constructor;
  if (!target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === rule);
  const [constraint] = metadata?.constraints ?? [];
  if (BOUND_NAMES[rule] && typeof constraint === 'number') return { [BOUND_NAMES[rule]]: constraint };
  // fieldRule's figures are a plain object; class-validator's other constraints (a pattern, a list of choices) are not figures
  return constraint && Object.getPrototypeOf(constraint) === Object.prototype ? (constraint as RuleArgs) : undefined;
}

/** class-validator's nested errors as our flat field errors (`field` is the input property path, `items[1].name`). */
export function toFieldErrors(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    // list items by index, the one way every field path is written: items[1].name
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      rule: RULE_NAMES[name] ?? name,
      // class-validator prefixes the property name; our field carries it already
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
      args: figuresOf(error, name),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
