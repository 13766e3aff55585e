import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isListType,
  isObjectType,
  Kind,
  Lexer,
  OperationDefinitionNode,
  parse,
  Source,
  TokenKind,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { Config } from '../config';
import { AppError, fail } from '../shared/errors';
import { Lru } from '../shared/lru';
import { DEFAULT_TAKE } from '../shared/list';

/**
 * How much a query may ask for, counted over the whole document before anything runs: tokens, bracket
 * nesting and repeated fields on the text (before Apollo parses it), aliases, directives and depth in
 * validation (graphql-armor rules), and an estimated cost with the variables (graphql-query-complexity).
 * Every refusal is QUERY_TOO_COMPLEX with HTTP 400.
 */
type Limits = Config['limits'];

const tooComplex = (message: string): AppError => fail.tooComplex(message).withHttpStatus();

/** Brackets the parser recurses on; no real query nests them this deep, and its stack stays far from full. */
export const MAX_NESTING = 100;

/** Below this many tokens no document repeats fields enough to matter, and it is not parsed twice. */
const REPEAT_CHECK_TOKENS = 200;

/**
 * Before Apollo parses and validates: at most `maxTokens` tokens, brackets at most MAX_NESTING deep (graphql-js
 * parses recursively, so a deeply nested text would overflow the stack before any validation rule could
 * count it), and a longer document must not repeat fields (see MAX_REPEATED_FIELDS). Apollo turns errors
 * thrown before validation ends into HTTP 500, so this runs as HTTP middleware, in front of it.
 */
export function checkQueryText(query: string, limits: Pick<Limits, 'maxTokens'>): void {
  const tokens = countTokens(query, limits.maxTokens);
  if (tokens <= REPEAT_CHECK_TOKENS) return;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens });
  } catch {
    return; // a syntax error: Apollo's parser reports it
  }
  const repeated = repeatedFieldCount(document);
  if (repeated > MAX_REPEATED_FIELDS) throw tooComplex(`The query repeats a field ${repeated} times (limit ${MAX_REPEATED_FIELDS})`);
}

/**
 * checkQueryText for every request of a server: a text that passed passes again (the check reads the text and the
 * limits only), so a repeated query is not lexed again; refused texts are not remembered. At most 1,000 texts and
 * 4 MB of them are kept.
 */
export function queryTextChecker(limits: Pick<Limits, 'maxTokens'>): (query: string) => void {
  const passed = new Lru<string, number>(1_000, { maxWeight: 4 * 1024 * 1024, weightOf: (length) => 2 * length });
  return (query) => {
    if (passed.get(query) !== undefined) return;
    checkQueryText(query, limits);
    passed.set(query, query.length);
  };
}

/** The tokens of a query text, refusing it once they are too many or nest too deep. */
function countTokens(query: string, maxTokens: number): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let nesting = 0;
  for (;;) {
    let kind: TokenKind;
    try {
      kind = lexer.advance().kind;
    } catch {
      return tokens; // a syntax error: the parser reports it as GRAPHQL_PARSE_FAILED, having read no further
    }
    if (kind === TokenKind.EOF) return tokens;
    if (++tokens > maxTokens) throw tooComplex(`The query text has more than ${maxTokens} tokens`);
    if (kind === TokenKind.BRACE_L || kind === TokenKind.BRACKET_L || kind === TokenKind.PAREN_L) {
      if (++nesting > MAX_NESTING) throw tooComplex(`The query text nests brackets more than ${MAX_NESTING} deep`);
    } else if (kind === TokenKind.BRACE_R || kind === TokenKind.BRACKET_R || kind === TokenKind.PAREN_R) {
      nesting--;
    }
  }
}

/**
 * The same response name repeated within one selection set (inline fragments included) makes graphql-js's
 * "fields can be merged" rule compare every pair, recursively: a few hundred repeats cost seconds of CPU.
 * Real queries repeat a field rarely, so the whole document may repeat this many fields.
 */
export const MAX_REPEATED_FIELDS = 50;

/** Fields repeating a response name within their selection set (inline fragments flattened), over the document. */
export function repeatedFieldCount(document: DocumentNode): number {
  let repeated = 0;
  const sets = document.definitions.flatMap((d) => ('selectionSet' in d && d.selectionSet ? [d.selectionSet] : []));
  while (sets.length) {
    const names = new Set<string>();
    const flattened = [sets.pop()!];
    while (flattened.length) {
      for (const selection of flattened.pop()!.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) flattened.push(selection.selectionSet);
        if (selection.kind !== Kind.FIELD) continue;
        const name = selection.alias?.value ?? selection.name.value;
        if (names.has(name)) repeated++;
        else names.add(name);
        if (selection.selectionSet) sets.push(selection.selectionSet);
      }
    }
  }
  return repeated;
}

/** graphql-armor's refusals reported as ours (Apollo answers validation errors with HTTP 400; formatError shows our code). */
const refuse = [(context: ValidationContext | null, error: GraphQLError) => {
  context?.reportError(tooComplex(error.message.replace(/^Syntax Error: /, '')));
}];

/** The validation rules that bound a document's shape, for ApolloServer's `validationRules`. */
export function queryShapeRules(limits: Limits): ValidationRule[] {
  const common = { exposeLimits: true, onReject: refuse, propagateOnRejection: false };
  return [
    // __typename is free and clients add it everywhere; other aliases multiply work
    maxAliasesRule({ ...common, n: limits.maxAliases, allowList: ['__typename'] }) as ValidationRule,
    maxDirectivesRule({ ...common, n: limits.maxDirectives }) as ValidationRule,
    // introspection's own nesting (ofType chains) is bounded by the schema, not by the client
    maxDepthRule({ ...common, n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true }) as ValidationRule,
  ];
}

/** Fields of a document once its fragments are spread; beyond, it is not estimated but refused. */
export const MAX_QUERY_NODES = 3000;

/** A list read costs this much before its rows: its statement and its count. */
export const LIST_QUERY_COST = 10;
/** A relation read as a plain list (a firm's projects) counts as this many children. */
export const RELATION_LIST_SIZE = 10;
/** One introspection root field: the whole schema, bounded but not free. */
export const INTROSPECTION_COST = 2000;

/** Fields whose resolver does more than read rows (aggregates, tallies, password hashing), on top of their selection. */
export const FIELD_COSTS: Record<string, number> = {
  'Query.dashboard': 10_000,
  'Query.ownerRoll': 200,
  'Election.tally': 200,
  'Resolution.tally': 200,
  'Mutation.login': 1000,
  'Mutation.previewImport': 5000,
  'Mutation.runImport': 5000,
};

/**
 * Fields that take or give a whole file (base64, up to IMPORT_MAX_BYTES): each at most once in an operation, as
 * aliases would repeat the parse and the bytes (attacker round 6: a 563-byte query answered 105 MB). A document
 * with several needs as many requests, each with its own limits.
 */
export const FILE_FIELDS: ReadonlySet<string> = new Set([
  'Query.accountVoucherContent',
  'Query.filingMaterialContent',
  'Mutation.addAccountVoucher',
  'Mutation.addFilingMaterial',
  'Mutation.previewImport',
  'Mutation.runImport',
  'Mutation.importErrorFile',
  'ImportReport.errorFile',
]);

/** The list contract's output types (`FirmList`…): items, totalItems, nextCursor. */
export function isListContract(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'items' in fields && 'totalItems' in fields;
}

function costEstimator(maxTake: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name === '__typename') return 0;
    if (field.name === '__schema' || field.name === '__type') return INTROSPECTION_COST;
    if (type.name.startsWith('__')) return 0; // inside introspection: counted by its root field
    const own = 1 + (FIELD_COSTS[`${type.name}.${field.name}`] ?? 0);
    const named = getNamedType(field.type);
    if (isListContract(named)) {
      // the page size the client asked for (above the cap the list refuses it, and nothing runs)
      const requested = (args.options as { take?: unknown } | undefined)?.take ?? args.take ?? DEFAULT_TAKE;
      const take = typeof requested === 'number' ? Math.min(Math.max(requested, 1), maxTake) : DEFAULT_TAKE;
      return own + LIST_QUERY_COST + take * childComplexity;
    }
    // the items of a list contract are what `take` already multiplied
    if (field.name === 'items' && isListContract(type)) return own + childComplexity;
    if (isListType(getNullableType(field.type)) && isObjectType(named)) return own + RELATION_LIST_SIZE * childComplexity;
    return own + childComplexity;
  };
}

/** Costs kept per operation (Apollo reuses the document of the same text), one per cost key of its variables. */
const COSTS_PER_OPERATION = 64;

/** What a list reads that no estimator looks at (only `take` is): a sync's cursor or a search word must not miss the memo. */
const COST_FREE_OPTIONS = new Set(['after', 'filter', 'sort', 'skip']);

/** The variables as the cost sees them: inside an argument object, its cursor, filter, sort and skip left out. */
export function costKey(variables: Record<string, unknown>): string {
  return JSON.stringify(variables, function (this: unknown, key, value) {
    return this !== variables && COST_FREE_OPTIONS.has(key) ? undefined : value;
  });
}

interface Estimate {
  cost: number;
  /** a file field the operation names more than once (FILE_FIELDS) */
  repeatedFile: string | null;
}

/**
 * The estimated cost of running `operation` with the variables as the client sent them (already checked), kept with its
 * document (which Apollo reuses for the same text) under the variables' cost key: the next page of a sync costs nothing to check.
 */
export function costCounter(schema: GraphQLSchema, limits: Limits) {
  const estimators = [costEstimator(limits.maxTake)];
  const costs = new WeakMap<OperationDefinitionNode, Lru<string, Estimate>>();

  const estimate = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Estimate => {
    // the file fields met, fragments spread and skipped fields left out as the cost sees them; counts nothing itself
    const met = new Set<string>();
    let repeatedFile: string | null = null;
    const fileFields: ComplexityEstimator = ({ type, field }) => {
      const coordinate = `${type.name}.${field.name}`;
      if (FILE_FIELDS.has(coordinate)) {
        if (met.has(coordinate)) repeatedFile ??= coordinate;
        met.add(coordinate);
      }
      return undefined;
    };
    try {
      const cost = getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators: [fileFields, ...estimators], maxQueryNodes: MAX_QUERY_NODES });
      return { cost, repeatedFile };
    } catch {
      // "Query exceeds the maximum allowed number of nodes": fragments spread into thousands of fields
      return { cost: Infinity, repeatedFile };
    }
  };

  return (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void => {
    let known = costs.get(operation);
    if (!known) costs.set(operation, (known = new Lru(COSTS_PER_OPERATION)));
    const key = costKey(variables);
    let found = known.get(key);
    if (found === undefined) {
      found = estimate(document, operation, variables);
      known.set(key, found);
    }
    const { cost, repeatedFile } = found;
    if (repeatedFile) throw tooComplex(`${repeatedFile} takes or gives a whole file: ask for it once a request, not under several aliases`);
    if (cost === Infinity) throw tooComplex(`The query is too large to estimate (over ${MAX_QUERY_NODES} fields once its fragments are spread)`);
    if (cost > limits.maxComplexity) {
      throw tooComplex(`The query would cost ${cost} (limit ${limits.maxComplexity}); ask for smaller pages, fewer nested lists or fewer aliases`);
    }
  };
}
