import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  getVariableValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { AppError, fail, FieldError } from '../shared/errors';
import { MAX_ID, parseId } from '../shared/ids';
import { INVISIBLE_TEXT, invisibleTextProblem, TEXT_PROBLEM_MESSAGES, textProblem, trimSpaces } from '../shared/text';
import { personalTextErrors, toFieldErrors } from '../shared/validators';
import { ownsPersonalShape } from '../auth/personal-data';

/**
 * Every value a client passes reaches a resolver through a field argument, whether written in the query or
 * sent as a variable. Before execution, each argument's coerced value is walked along its input type: an
 * `ID` must be one of ours (a positive 32-bit integer), a string must be storable (no NUL, no unpaired
 * surrogate) and of a sane length (a plain String argument also without invisible characters), a list must stay short. So nothing PostgreSQL would refuse gets that far (BAD_USER_INPUT, 400).
 */

/** Longer lists are not a client's honest request (the longest real ones are pages of ids, MAX_PAGE_SIZE). */
export const MAX_LIST_INPUT = 1000;
/** Longer text is not a name, an address or a note; files travel in `contentBase64`, bounded by their own limits. */
export const MAX_TEXT_LENGTH = 10_000;
const LONG_TEXT_FIELDS = new Set(['contentBase64']);
/** Field errors reported at most: enough to fix a request, few enough to stay small. */
const MAX_REPORTED = 20;

interface ArgumentSite {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

const badInput = (fieldErrors: FieldError[]): AppError => fail.badInput(fieldErrors.slice(0, MAX_REPORTED)).withHttpStatus();

/** The fields with arguments that an operation reaches (through its fragments too), found once per document. */
const sitesByOperation = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  const known = sitesByOperation.get(operation);
  if (known) return known;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  const reached = new Set<string>();
  const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  while (pending.length) {
    visit(
      pending.pop()!,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          if (field && field.args.length > 0) sites.push({ field, node });
        },
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (fragment && !reached.has(node.name.value)) {
            reached.add(node.name.value);
            pending.push(fragment);
          }
        },
      }),
    );
  }
  sitesByOperation.set(operation, sites);
  return sites;
}

/** The operation's variables coerced to their declared types; a value that does not fit is the client's mistake. */
/** graphql-js's "Did you mean …?" names the fields, arguments and enum values nearest to a mistyped one: the schema, piece by piece. */
export const withoutSuggestions = (message: string): string => message.replace(/ ?Did you mean(.+?)\?$/, '');

export function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  /** an anonymous caller in production: no "Did you mean …?" naming the input fields and enum values near a mistyped one */
  hideSuggestions = false,
): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: MAX_REPORTED });
  if (result.errors) {
    const message = (error: GraphQLError) => (hideSuggestions ? withoutSuggestions(error.message) : error.message);
    throw badInput(result.errors.map((error) => ({ field: variableName(error), rule: 'VARIABLE', message: message(error) })));
  }
  return result.coerced;
}

function variableName(error: GraphQLError): string {
  return /Variable "\$(\w+)"/.exec(error.message)?.[1] ?? 'variables';
}

/**
 * Walks one value along its input type, without recursion (a client chooses how deep a variable nests). `path` is
 * what the value is named by in a field error: '' for a mutation's input object, whose fields are then named by their
 * path inside it (`name`, `phasePlan.VOTING.startsOn`), as its validation and its service name them
 * (docs/architecture.md#errors).
 */
function valueProblems(value: unknown, type: GraphQLInputType, path: string, problems: FieldError[], writes: boolean): void {
  // [value, its type, its name in an error, whether it lies inside an input object]
  const pending: Array<[unknown, GraphQLInputType, string, boolean]> = [[value, type, path, false]];
  while (pending.length && problems.length < MAX_REPORTED) {
    const [current, currentType, at, inObject] = pending.pop()!;
    if (current === null || current === undefined) continue;
    const nullable = getNullableType(currentType);
    if (isListType(nullable)) {
      if (!Array.isArray(current)) continue; // a single value for a list: coercion already checked it as the item
      if (current.length > MAX_LIST_INPUT) {
        problems.push({ field: at, rule: 'LIST_TOO_LONG', message: `must have at most ${MAX_LIST_INPUT} items`, args: { max: MAX_LIST_INPUT } });
        continue;
      }
      current.forEach((item, index) => pending.push([item, nullable.ofType, `${at}[${index}]`, inObject]));
    } else if (isInputObjectType(nullable)) {
      for (const field of Object.values(nullable.getFields())) {
        const value = (current as Record<string, unknown>)[field.name];
        if (LONG_TEXT_FIELDS.has(field.name) && typeof value === 'string') continue; // decoded to bytes, never stored as text
        pending.push([value, field.type, at ? `${at}.${field.name}` : field.name, true]);
      }
    } else if (getNamedType(nullable).name === 'ID') {
      if (parseId(current) === null) problems.push({ field: at, rule: 'ID', message: `must be an id from 1 to ${MAX_ID}`, args: { min: 1, max: MAX_ID } });
    } else if (typeof current === 'string') {
      if (current.length > MAX_TEXT_LENGTH) {
        problems.push({ field: at, rule: 'LENGTH', message: `must be at most ${MAX_TEXT_LENGTH} characters`, args: { max: MAX_TEXT_LENGTH } });
        continue;
      }
      const problem = textProblem(current);
      if (problem) problems.push({ field: at, rule: 'TEXT', message: TEXT_PROBLEM_MESSAGES[problem] });
      else if (!inObject) {
        // a plain String argument (an input object's texts are type-graphql's to check, with their form's paths: graphql/input-validation.ts)
        const kind = at.replace(/\[\d+\]/g, '');
        const invisible = invisibleTextProblem(kind, trimSpaces(current));
        // a required text a write stores or acts on (a resolution, a reason, a note): spaces alone say nothing
        if (writes && isNonNullType(currentType) && current.trim() === '') problems.push({ field: at, rule: 'REQUIRED', message: 'must not be blank' });
        else if (invisible) problems.push({ field: at, rule: INVISIBLE_TEXT, message: invisible });
        else if (writes) problems.push(...toFieldErrors(personalTextErrors({ [kind]: current }, ownsPersonalShape)).map((e) => ({ ...e, field: at })));
      }
    }
  }
}

/** Refuses, before execution, any argument value (literal or variable) a resolver or PostgreSQL could not take. */
export function checkArgumentValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const problems: FieldError[] = [];
  for (const { field, node } of argumentSites(schema, document, operation)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, variables);
    } catch (error) {
      // e.g. a nullable variable holding null for a non-null argument
      problems.push({ field: field.name, rule: 'ARGUMENT', message: error instanceof Error ? error.message : 'is not valid' });
      continue;
    }
    const writes = operation.operation === 'mutation';
    // a mutation's input object is a form: its fields are named inside it (a list of them keeps its name: scores[0].score, as
    // its services name it); a query's options keep their argument's name (options.take)
    for (const arg of field.args) valueProblems(values[arg.name], arg.type, writes && isInputObjectType(getNullableType(arg.type)) ? '' : arg.name, problems, writes);
    if (problems.length >= MAX_REPORTED) break;
  }
  if (problems.length) throw badInput(problems);
}
