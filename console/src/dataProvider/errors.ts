import { HttpError } from 'ra-core';
import { ANNOUNCED_PHASES } from '../../../api/src/elections/announced-period';
import { checkCreditCode, normaliseCreditCode } from '../../../api/src/firms/credit-code';

/** An error of the API as it arrives in a GraphQL response. */
export interface ApiError {
  message: string;
  extensions?: { code?: string; fieldErrors?: ServerFieldError[]; [key: string]: unknown };
}

export interface ServerFieldError {
  field: string;
  rule: string;
  message: string;
  /** the figures the message says (api/src/shared/errors.ts FieldError.args): what the console words a refusal with */
  args?: Record<string, unknown> | null;
}

/** react-admin's format for a translated validation message with arguments (see ValidationError). */
const RA_MESSAGE = '@@react-admin@@';

export function validationMessage(message: string, args: Record<string, unknown> = {}): string {
  return RA_MESSAGE + JSON.stringify({ message, args });
}

/** A validation message of that format read back (its key and arguments); undefined for any other text. */
export function readValidationMessage(text: unknown): { message: string; args: Record<string, unknown> } | undefined {
  if (typeof text !== 'string' || !text.startsWith(RA_MESSAGE)) return undefined;
  try {
    return JSON.parse(text.slice(RA_MESSAGE.length));
  } catch {
    return undefined;
  }
}

/**
 * The arguments of a rule's translation: the figures the API sends with the refusal (`args`, docs/integrators.md#refusal-figures),
 * with the server's own words as the fallback. The English message is never read for figures: its wording may change.
 */
export function ruleArgs(error: { rule: string; message: string; args?: ServerFieldError['args'] }): Record<string, unknown> {
  const args = error.args ?? {};
  return { _: error.message, ...args, ...(error.rule === 'ID_BIRTH_DATE' ? birthDateParts(args) : {}) };
}

/**
 * A birth date an ID number gives that no calendar has (owners/citizen-id.ts: 1970-02-30), said by its parts, since it
 * cannot be written as a date; one after today (`today` sent too) is a real day, written as dates are.
 */
function birthDateParts(args: Record<string, unknown>): Record<string, unknown> {
  const parts = typeof args.birthDate === 'string' && args.today === undefined ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(args.birthDate) : null;
  return parts ? { birthYear: parts[1], birthMonth: Number(parts[2]), birthDay: Number(parts[3]) } : {};
}

/** The owner-roll rules that name the other row of the file they contradict (args.otherRow). */
export const ROLL_RULES_NAMING_A_ROW = ['ROLL_ROW_REPEATED', 'ROLL_UNIT_DISAGREES', 'ROLL_ID_NAME_MISMATCH', 'ROLL_ID_KIND_MISMATCH', 'ROLL_ID_PHONE_MISMATCH', 'ROLL_UNIT_HAS_INVALID_ROW'] as const;

/** A generic rule's words that say its figures, by the figures there are; the rule's plain words when none. */
const WITH_FIGURES: Record<string, ReadonlyArray<[needs: readonly string[], key: (args: Record<string, unknown>) => string]>> = {
  RANGE: [
    [['max', 'maxOf'], (args) => `RANGE_MAX_OF_${args.maxOf}`],
    [['min', 'max'], () => 'RANGE_BETWEEN'],
    [['max'], () => 'RANGE_MAX'],
    [['min'], () => 'RANGE_MIN'],
  ],
  LENGTH: [
    [['min', 'max'], () => 'LENGTH_BETWEEN'],
    [['max'], () => 'LENGTH_MAX'],
    [['min'], () => 'LENGTH_MIN'],
  ],
  TAKEN: [[['name'], () => 'TAKEN_NAME']],
  TAKE_RANGE: [[['min', 'max'], () => 'TAKE_RANGE_BETWEEN']],
  BALLOT_TOO_MANY_CHOICES: [[['count', 'seats'], () => 'BALLOT_TOO_MANY_CHOICES_OF']],
  TIE_CHOICE_COUNT: [[['seatsLeft', 'count'], () => 'TIE_CHOICE_COUNT_OF']],
  COMMITTEE_SIZE: [[['min', 'max', 'size'], () => 'COMMITTEE_SIZE_OF']],
  ID_CHECK: [[['expected', 'actual'], () => 'ID_CHECK_EXPECTED']],
  // an owner roll's row that contradicts another says which (owners/owner-roll-import.ts): a file of thousands of rows
  ...Object.fromEntries(ROLL_RULES_NAMING_A_ROW.map((rule) => [rule, [[['otherRow'], () => `${rule}_ROW`]]])),
  CREDIT_CODE_TAKEN: [[['firmName'], () => 'CREDIT_CODE_TAKEN_BY']],
  FIRM_NAME_TAKEN: [[['firmName'], () => 'FIRM_NAME_TAKEN_BY']],
  VOTING_NOTICE_TOO_SHORT: [[['earliest'], () => 'VOTING_NOTICE_TOO_SHORT_FROM']],
  ID_BIRTH_DATE: [
    [['birthDate', 'today'], () => 'ID_BIRTH_DATE_FUTURE'],
    [['birthYear', 'birthMonth', 'birthDay'], () => 'ID_BIRTH_DATE_NOT_REAL'],
  ],
  HOLIDAY_YEAR: [
    [['days', 'event', 'endYear', 'from', 'to'], () => 'HOLIDAY_YEAR_PERIOD'],
    [['from', 'to'], () => 'HOLIDAY_YEAR_BETWEEN'],
  ],
  // an announced period's refusals say its day where the refusal sends it (announced-period.ts, voting-period.guard.ts)
  ...Object.fromEntries(
    Object.values(ANNOUNCED_PHASES).flatMap(({ codes }) => [
      [codes.NOT_STARTED.rule, [[['startsOn'], () => `${codes.NOT_STARTED.rule}_ON`]]],
      [codes.ENDED.rule, [[['endsOn'], () => `${codes.ENDED.rule}_ON`]]],
      [codes.RUNNING.rule, [[['endsOn'], () => `${codes.RUNNING.rule}_UNTIL`]]],
    ]),
  ),
};

/** The rule whose words say the figures given (RANGE_BETWEEN, VOTING_NOT_STARTED_ON), the rule itself when none fits. */
export function ruleWithFigures(rule: string, args: Record<string, unknown>): string {
  const variant = WITH_FIGURES[rule]?.find(([needs]) => needs.every((name) => args[name] !== undefined && args[name] !== null));
  return variant ? variant[1](args) : rule;
}

/** The translation key and arguments of a server field error: wuye.rules.<RULE>, or its variant that says the figures sent. */
export function ruleText(error: { rule: string; message: string; args?: ServerFieldError['args'] }): { key: string; args: Record<string, unknown> } {
  const args = ruleArgs(error);
  return { key: `wuye.rules.${ruleWithFigures(error.rule, args)}`, args };
}

/**
 * The message for one server field error: the rule's translation (wuye.rules.<RULE>), the server's own words
 * when the console has none. A bad credit code is explained by the same rule the server ran.
 */
export function fieldErrorMessage(error: ServerFieldError, value?: unknown): string {
  // the API reports CREDIT_CODE_LENGTH, _CHARACTER or _CHECK; the same check here gives the message its figures
  if (error.rule.startsWith('CREDIT_CODE') && error.rule !== 'CREDIT_CODE_TAKEN' && typeof value === 'string') {
    const problem = creditCodeMessage(value);
    if (problem) return problem;
  }
  const { key, args } = ruleText(error);
  return validationMessage(key, args);
}

/** The as-you-type check of a credit code as a react-admin validator result; undefined when valid or empty. */
export function creditCodeProblem(value: string | null | undefined): { message: string; args: Record<string, unknown> } | undefined {
  if (!value) return undefined;
  const problem = checkCreditCode(value);
  if (!problem) return undefined;
  const code = normaliseCreditCode(value);
  switch (problem.rule) {
    case 'CREDIT_CODE_LENGTH':
      return { message: 'wuye.rules.CREDIT_CODE_LENGTH', args: { count: code.length, _: problem.message } };
    case 'CREDIT_CODE_CHARACTER':
      return { message: 'wuye.rules.CREDIT_CODE_CHARACTER', args: { position: problem.position, character: code[problem.position - 1], _: problem.message } };
    case 'CREDIT_CODE_CHECK':
      return { message: 'wuye.rules.CREDIT_CODE_CHECK', args: { expected: problem.expected, actual: code[17], _: problem.message } };
  }
}

/** The same, in the string form server-side errors take in react-admin's `body.errors`. */
export function creditCodeMessage(value: string | null | undefined): string | undefined {
  const problem = creditCodeProblem(value);
  return problem && validationMessage(problem.message, problem.args);
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  CONTRACT_OVERLAP: 409,
  ALREADY_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  QUERY_TOO_COMPLEX: 400,
  INTERNAL_SERVER_ERROR: 500,
};

/** Codes the console has words for (wuye.errors.<CODE>); others show the server's message. */
const KNOWN = new Set([...Object.keys(STATUS), 'MAKER_CHECKER', 'JURISDICTION', 'SELF']);
/** FORBIDDEN reasons with words of their own (SELF: an admin switching off their own account or admin role). */
const FORBIDDEN_REASONS = ['MAKER_CHECKER', 'JURISDICTION', 'SELF'];

/** What failed, as Apollo Client reports it (ApolloError), or ra-data-graphql (an HttpError whose body holds it). */
interface Failure {
  graphQLErrors?: readonly ApiError[];
  networkError?: { statusCode?: number; result?: { errors?: readonly ApiError[] } } | null;
  status?: number;
  code?: string;
}

const failureOf = (value: unknown): Failure => (typeof value === 'object' && value !== null ? value : {});

/**
 * One error mechanism on the client too: whatever failed (GraphQL error, HTTP refusal, network) becomes an
 * HttpError whose message is a translation key, whose status is the code's HTTP status (the auth provider
 * reads it), and whose body carries the code, its extensions and — for BAD_USER_INPUT — the field errors in
 * react-admin's `body.errors` shape, so they show next to the offending fields.
 */
export function toHttpError(error: unknown, values: Record<string, unknown> = {}, formField?: (apiField: string, values: Record<string, unknown>) => string | undefined): HttpError {
  const carried = failureOf(error instanceof HttpError ? error.body : undefined);
  if (error instanceof HttpError && carried.code) return error;
  const failure = carried.graphQLErrors ? carried : failureOf(error);
  const first = failure.graphQLErrors?.[0] ?? failure.networkError?.result?.errors?.[0];
  if (!first) {
    const status = failure.networkError?.statusCode ?? failureOf(error).status ?? 0;
    return new HttpError('wuye.errors.NETWORK', status, { code: 'NETWORK' });
  }
  const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const status = STATUS[code] ?? 400;
  const reason = first.extensions?.reason as string | undefined;
  const key = code === 'FORBIDDEN' && reason && FORBIDDEN_REASONS.includes(reason) ? reason : code;
  // an overlap names the approved project in the way when the server does
  const named = code === 'CONTRACT_OVERLAP' && first.extensions?.projectName ? '_WITH' : '';
  const message = KNOWN.has(key) ? `wuye.errors.${key}${named}` : first.message;
  const body: Record<string, unknown> = { ...first.extensions, code, serverMessage: first.message };
  const fieldErrors = code === 'BAD_USER_INPUT' ? first.extensions?.fieldErrors : existingAt(first);
  if (fieldErrors?.length) {
    body.fieldErrors = fieldErrors;
    const errors: Record<string, string> = {};
    for (const fieldError of fieldErrors) {
      const source = formField?.(fieldError.field, values) ?? fieldError.field;
      errors[source] ??= fieldErrorMessage(fieldError, values[source]);
    }
    body.errors = errors;
  }
  return new HttpError(message, status, body);
}

/** The extensions that are not a field refusal's figures. */
const NOT_FIGURES = new Set(['code', 'field', 'rule', 'http']);

/**
 * A record in the way of one input (ALREADY_EXISTS naming its `field`: the estate's book, the project's fund, a name
 * taken) as that field's error, so the form says it beside the input like refused input; none for other refusals.
 */
function existingAt(error: ApiError): ServerFieldError[] | undefined {
  const { code, field, rule } = error.extensions ?? {};
  if (code !== 'ALREADY_EXISTS' || typeof field !== 'string') return undefined;
  const figures = Object.entries(error.extensions!).filter(([key, value]) => !NOT_FIGURES.has(key) && (typeof value === 'string' || typeof value === 'number'));
  return [{ field, rule: typeof rule === 'string' ? rule : 'ALREADY_EXISTS', message: error.message, args: Object.fromEntries(figures) as Record<string, string | number> }];
}

export function errorCode(error: unknown): string | undefined {
  return (error as HttpError | undefined)?.body?.code;
}
