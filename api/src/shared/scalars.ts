import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO, LocalDateResolver } from 'graphql-scalars';
import { trimSpaces } from './text';

/**
 * Exact decimals (areas in m², fees in 元) travel as strings such as "1.69": never as numbers, in a variable or in
 * the query text alike (docs/integrators.md#numbers). A JSON number has already been rounded to a double by the time
 * it arrives (0.1 is 0.1000000000000000055…, 1e21 has lost its digits), so it is refused, not guessed at.
 */
export const Decimal = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number written as a string, e.g. "1.69" (元/m²/月) or "12850.40" (m²): an optional minus, digits, an optional point and decimals; no exponent, no "+", no grouping, no NaN or Infinity. A JSON number or a number literal is refused (it would be rounded); spaces around it are dropped, leading zeros and the minus of a zero too ("-0.00" is "0.00"). A value with more decimals than its field keeps (two for 元 and m² unless the field says otherwise) is refused with the rule DECIMAL_PLACES, never rounded.',
  serialize(value) {
    return String(value);
  },
  parseValue(value) {
    return parseDecimal(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) return parseDecimal(ast.value);
    // the same answer as for a variable: "1.69" in quotes is the one way to write a decimal
    throw new TypeError(`Decimal must be a string such as "1.69", not a number literal (${ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : ast.kind})`);
  },
});

const DECIMAL_TEXT = /^(-?)(\d{1,12})(?:\.(\d{1,30}))?$/;

/**
 * The form only, in its one canonical writing: the decimals a field keeps are its own rule (DecimalPlaces,
 * shared/validators.ts), so that too many of them is refused as DECIMAL_PLACES next to the field rather than as a
 * malformed variable. Trailing zeros stay (they say how precisely the clerk measured).
 */
export function parseDecimal(value: unknown): string {
  if (typeof value !== 'string') {
    throw new TypeError(`Decimal must be a string such as "1.69", got ${typeof value === 'number' ? 'a JSON number (it would be rounded)' : JSON.stringify(value) ?? typeof value}`);
  }
  const match = DECIMAL_TEXT.exec(trimSpaces(value));
  if (!match) throw new TypeError(`Decimal must look like "1.69" (digits, an optional point; no exponent, "+", spaces or grouping), got ${JSON.stringify(value.slice(0, 40))}`);
  const [, sign, whole, fraction] = match;
  const zero = !/[1-9]/.test(whole + (fraction ?? ''));
  return `${zero ? '' : sign}${whole.replace(/^0+(?=\d)/, '')}${fraction === undefined ? '' : `.${fraction}`}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The registry's dates are decades, not millennia; beyond these, date arithmetic (deadlines, terms) would leave four-digit years. */
export const LOCAL_DATE_RANGE = { from: '1900-01-01', to: '2999-12-31' } as const;

function inRange(date: unknown): unknown {
  const text = typeof date === 'string' ? date : date instanceof Date ? date.toISOString().slice(0, 10) : null;
  if (text !== null && (text < LOCAL_DATE_RANGE.from || text > LOCAL_DATE_RANGE.to)) {
    throw new TypeError(`LocalDate must be from ${LOCAL_DATE_RANGE.from} to ${LOCAL_DATE_RANGE.to}, got ${text}`);
  }
  return date;
}

/**
 * Calendar dates (contracts, establishment) as "YYYY-MM-DD", with no time zone to shift them. Inputs are
 * validated in full; outputs already in that shape (PostgreSQL's dates, our date arithmetic) go out as they
 * are instead of being parsed again for every row of a page.
 */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  parseValue: (value) => inRange(LocalDateResolver.parseValue(value)),
  parseLiteral: (ast) => inRange(LocalDateResolver.parseLiteral(ast, undefined)),
  serialize(value) {
    return typeof value === 'string' && ISO_DATE.test(value) ? value : LocalDateResolver.serialize(value);
  },
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The DateTimeISO scalar every Date field uses, with one shortcut: an instant already written as
 * Date#toISOString writes it (a compiled list's timestamps, formatted by PostgreSQL) goes out as it is instead of
 * being parsed into a Date and written back for every row.
 */
export const DateTimeISO = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  serialize: (value) => (typeof value === 'string' && ISO_INSTANT.test(value) ? value : GraphQLDateTimeISO.serialize(value)),
});
