import { registerDecorator, ValidationArguments, ValidationError, ValidationOptions } from 'class-validator';
import { DECIMAL_PLACES, decimalPlacesMessage, fitsDecimalPlaces } from './decimal';
import { FieldError } from './errors';
import { todayInChina } from './iso-date';
import { hasVisibleCharacter } from './text';

/**
 * Field rules as class-validator decorators on the input classes, so GraphQL arguments and imported rows are
 * checked by the same code. The decorator name becomes the `rule` of the field error the console translates.
 */
export function fieldRule(name: string, validate: (value: unknown, args: ValidationArguments) => boolean, message: (args: ValidationArguments) => string, options?: ValidationOptions) {
  return (target: object, property: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property,
      options,
      validator: { validate, defaultMessage: message },
    });
}

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
  );

/** Fields a person names or titles something with, in every input (name, title, ownerName, titleZh, username …). */
export const NAME_FIELD = /(?:^|[a-z])(?:name|title|Name|Title)(?:Zh|En)?$/;

/** The rule of a name or title that shows nothing (only zero-width, bidi or other invisible characters). */
export const INVISIBLE_TEXT = 'INVISIBLE_TEXT';

/**
 * Every name or title field of an input object (nested inputs and lists too) whose text is not empty but shows
 * nothing, as class-validator's errors: checked at the root for GraphQL arguments and imported rows alike, since a
 * name like "\u202e\u200b" passes every length rule and then sorts first in every list looking empty.
 */
export function invisibleNameErrors(value: unknown): ValidationError[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
  return entries.flatMap(([property, field]) => {
    if (typeof field === 'string') {
      if (!NAME_FIELD.test(property) || field === '' || hasVisibleCharacter(field)) return [];
      return [Object.assign(new ValidationError(), { property, value: field, constraints: { [INVISIBLE_TEXT]: 'must show at least one visible character' }, children: [] })];
    }
    const children = invisibleNameErrors(field);
    return children.length ? [Object.assign(new ValidationError(), { property, value: field, children })] : [];
  });
}

const RULE_NAMES: Record<string, string> = {
  isLength: 'LENGTH',
  maxLength: 'LENGTH',
  minLength: 'LENGTH',
  min: 'RANGE',
  max: 'RANGE',
  matches: 'FORMAT',
  isNotEmpty: 'REQUIRED',
  arrayNotEmpty: 'REQUIRED',
  isIn: 'ONE_OF',
};

/** class-validator's nested errors as our flat field errors (`field` is the input property path). */
export function toFieldErrors(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      rule: RULE_NAMES[name] ?? name,
      // class-validator prefixes the property name; our field carries it already
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
