import crypto from 'node:crypto';
import { ApolloServerPlugin, GraphQLResponse, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLField,
  GraphQLFormattedError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
} from 'graphql';
import { findPolicy, refusal } from '../auth/policies';
import { Principal } from '../request/principal';
import { Config } from '../config';
import { checkViolation, concurrentWrite } from '../shared/db-errors';
import { AppError, ErrorCode, fail, FieldError, httpStatusFor, isAppError } from '../shared/errors';
import { Logger } from '../shared/logger';
import { Lru } from '../shared/lru';
import { toFieldErrors } from '../shared/validators';
import type { RequestContext } from '../request/context';
import { checkArgumentValues, coerceVariables, withoutSuggestions } from './operation-inputs';
import { costCounter } from './query-limits';

type Fragments = Record<string, FragmentDefinitionNode>;

export function fragmentsOf(document: DocumentNode): Fragments {
  const fragments: Fragments = {};
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** The root fields an operation asks for, through inline fragments and fragment spreads. */
export function rootFields(set: SelectionSetNode, fragments: Fragments, seen = new Set<string>()): string[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection.name.value];
    if (selection.kind === 'InlineFragment') return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name) || !fragments[name]) return [];
    seen.add(name);
    return rootFields(fragments[name].selectionSet, fragments, seen);
  });
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** The root fields of each operation, found once per document (Apollo reuses the document of the same text). */
const rootFieldsByOperation = new WeakMap<OperationDefinitionNode, string[]>();

function rootFieldsOf(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  let fields = rootFieldsByOperation.get(operation);
  if (!fields) {
    fields = rootFields(operation.selectionSet, fragmentsOf(document));
    rootFieldsByOperation.set(operation, fields);
  }
  return fields;
}

/** In production the schema is for signed-in callers: an anonymous caller gets neither introspection nor suggestions. */
const schemaHiddenFrom = (principal: Principal | null, config: Config): boolean => !principal && config.nodeEnv === 'production';

/** null when the caller may use every root field; deny by default, and the schema is for signed-in callers in production. */
function accessRefusal(fields: Record<string, GraphQLField<unknown, unknown>>, names: string[], principal: Principal | null, config: Config): AppError | null {
  for (const name of names) {
    if (name === '__typename') continue;
    if (INTROSPECTION_FIELDS.has(name)) {
      if (schemaHiddenFrom(principal, config)) return fail.unauthenticated('Sign in to read the schema (it is also in schema/schema.graphql)');
      continue;
    }
    const policy = findPolicy(fields[name]?.extensions?.policy);
    const error = policy ? refusal(policy, principal, name) : fail.forbidden(`${name} has no access rule, so nobody may use it`, 'NO_RULE');
    if (error) return error;
  }
  return null;
}

/**
 * In production an anonymous caller is refused a root field that is not public before Apollo validates the document,
 * whose errors name what exists ("Cannot query field …" for a mistyped field, none for a right one): the answer is the
 * same 401 whether the document is valid or not, so the schema cannot be read field by field. Refused or not, per
 * digest of text and operation name, is kept for the texts seen last. null for a signed-in caller or outside production.
 */
export function anonymousRootRefusal(schema: GraphQLSchema, config: Config): ((query: string, operationName: string | undefined) => AppError | null) | null {
  if (config.nodeEnv !== 'production') return null;
  const refused = new Lru<string, boolean>(1000);
  return (query, operationName) => {
    // by digest: a thousand texts near the size limit must not be kept whole
    const key = crypto.createHash('sha256').update(`${operationName ?? ''}\u0000${query}`).digest('base64');
    let refuses = refused.get(key);
    if (refuses === undefined) {
      let document: DocumentNode;
      try {
        document = parse(query);
      } catch {
        return null; // Apollo answers a syntax error, which names nothing of the schema
      }
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
      );
      refuses = operation !== undefined && accessRefusal(schema.getRootType(operation.operation)?.getFields() ?? {}, rootFieldsOf(document, operation), null, config) !== null;
      refused.set(key, refuses);
    }
    return refuses ? fail.unauthenticated() : null;
  };
}

/**
 * Before anything runs, in this order: every root field must name a policy that admits the caller (deny by
 * default); the variables must fit their types; every argument value must be one the resolvers and
 * PostgreSQL can take; and the operation must stay within its cost. The query text's size and the
 * document's shape are bounded earlier (checkQueryText in front of Apollo, queryShapeRules in validation).
 * Every refusal has an HTTP status.
 */
export function accessPlugin(
  schema: GraphQLSchema,
  config: Config,
  /** compiled execution's own test (graphql/compiled-execution.ts); by default every session is settled before running */
  executesByPlan: (ctx: RequestContext, document: DocumentNode, operation: OperationDefinitionNode) => boolean = () => false,
  /** shared with the planned lane in front of Apollo, which runs the same checks (and their memoised costs) */
  check: OperationChecks = operationChecks(schema, config),
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ contextValue }) {
          if (!schemaHiddenFrom(contextValue.principal, config)) return;
          return async (errors) => errors?.forEach((error) => (error.message = withoutSuggestions(error.message)));
        },
        async didResolveOperation({ document, operation, contextValue, request }) {
          if (!operation) return; // Apollo refuses a document without the named operation before this
          // a session held in memory is confirmed before anything runs, but a compiled read, whose statement carries the
          // check and which settles it before answering; and before any refusal (request/session-check.ts)
          const session = contextValue.sessionCheck;
          if (session?.pending && !executesByPlan(contextValue, document, operation)) await session.settle();
          try {
            if (operation.operation === 'subscription') {
              throw fail.badField('query', 'SUBSCRIPTION_OVER_SSE', 'subscriptions are served as Server-Sent Events at /graphql/stream').withHttpStatus();
            }
            check(document, operation, contextValue.principal, request.variables);
          } catch (refusal) {
            await session?.settle();
            throw refusal;
          }
        },
      };
    },
  };
}

/** Throws the refusal; returns the variables coerced to their types. */
export type OperationChecks = (document: DocumentNode, operation: OperationDefinitionNode, principal: Principal | null, variables: Record<string, unknown> | undefined) => Record<string, unknown>;

/**
 * The checks of accessPlugin for a validated operation, for any way in (/graphql, /graphql/stream, the planned
 * lane): access (deny by default), variables, argument values, cost. Throws the refusal with its HTTP status.
 */
export function operationChecks(schema: GraphQLSchema, config: Config): OperationChecks {
  const checkCost = costCounter(schema, config.limits);
  return (document, operation, principal, variables) => {
    const rootType = schema.getRootType(operation.operation);
    const denied = accessRefusal(rootType?.getFields() ?? {}, rootFieldsOf(document, operation), principal, config);
    if (denied) throw denied.withHttpStatus();
    const coerced = coerceVariables(schema, operation, variables, schemaHiddenFrom(principal, config));
    checkArgumentValues(schema, document, operation, coerced);
    checkCost(document, operation, variables ?? {}); // it coerces them itself
    return coerced;
  };
}

/** The logger of the request an error came from (its request id), for formatErrorFor, which Apollo gives no context. */
const requestLogOf = new WeakMap<object, Logger>();

/** The one log line of an answered operation (requestLogPlugin's, and the response cache lane's for what it answers). */
export function logOperation(ctx: RequestContext, operationName: string | null, started: bigint, errors: unknown[] | undefined): void {
  ctx.log.info('graphql', {
    operation: operationName,
    // to the hundredth: the nanoseconds told nothing more, and their digits could look like a phone to the scrubber
    ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
    sql: ctx.stats.sqlStatements,
    principal: ctx.principal ? `${ctx.principal.kind}:${ctx.principal.id}` : null,
    errors,
  });
}

/**
 * The error codes of an answer, read from the answer itself: the codes formatErrorFor gave the client (or a
 * plugin's refusalResponse), so the log line and the metrics name what the client got, never the raw error's.
 */
export function errorCodesOf(errors: readonly GraphQLError[] | undefined, response: GraphQLResponse): string[] | undefined {
  const sent = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
  return (sent ?? errors)?.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

/** A refusal made while a plugin answers (after Apollo's own error handling): the status and body formatError gives it. */
export function refusalResponse(error: AppError): GraphQLResponse {
  const { http, ...extensions } = error.extensions as { http?: { headers?: Map<string, string> } };
  // with the headers withHttpStatus gave it (Retry-After over an integrator's limit)
  const headers = new HeaderMap(http?.headers);
  return { http: { status: httpStatusFor(error.code), headers }, body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions }] } } };
}

/**
 * A session held in memory settled before a plugin answers (request/session-check.ts): null when confirmed, or
 * the 401 to send instead of what was read for it.
 */
export async function settleSession(ctx: RequestContext): Promise<GraphQLResponse | null> {
  try {
    await ctx.sessionCheck?.settle();
    return null;
  } catch (error) {
    if (isAppError(error)) return refusalResponse(error);
    throw error;
  }
}

/**
 * One log line per operation, through the request's own logger (`ctx.log`, naming its request id): its name,
 * time, SQL statements and error codes; never variables or results.
 */
export function requestLogPlugin(config: Pick<Config, 'exposeSqlStatements'>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) requestLogOf.set(error, contextValue.log);
        },
        async willSendResponse({ response, operationName, errors }) {
          // an internal metric: for tests and the benchmark only (EXPOSE_SQL_STATEMENTS=1)
          if (config.exposeSqlStatements) response.http.headers.set('x-sql-statements', String(contextValue.stats.sqlStatements));
          logOperation(contextValue, operationName ?? null, started, errorCodesOf(errors, response));
        },
      };
    },
  };
}

/** Apollo's own request errors (parse, validation, bad variables) are safe to show as they are. */
export const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The last word on what a client sees: our coded errors as they are, class-validator's as field errors,
 * Apollo's request errors by code, and anything else as a bare INTERNAL_SERVER_ERROR (logged, not shown).
 */
export function formatErrorFor(log: Logger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(raw);
    // a refusal reported by a validation rule arrives wrapped in Apollo's GRAPHQL_VALIDATION_FAILED
    const error = unwrapped instanceof GraphQLError && isAppError(unwrapped.originalError) ? unwrapped.originalError : unwrapped;
    const base = { locations: formatted.locations, path: formatted.path };
    if (isAppError(error)) {
      const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
      return { ...base, message: error.message, extensions };
    }
    const validationErrors = error instanceof GraphQLError ? (error.extensions?.validationErrors as never) : undefined;
    if (validationErrors) {
      const fieldErrors: FieldError[] = toFieldErrors(validationErrors);
      const appError = fail.badInput(fieldErrors);
      return { ...base, message: appError.message, extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors: appError.extensions.fieldErrors } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    // graphql-js's own request errors (e.g. a variable a scalar refused) have no path: they describe the
    // client's input, never the server's internals
    if (error instanceof GraphQLError && !error.path) {
      return { ...base, message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const met = concurrentWrite(error);
    if (met) {
      (requestLogOf.get(raw as object) ?? log).warn('db.concurrent_write', { code: ((error as { driverError?: { code?: string } }).driverError ?? {}).code, path: formatted.path });
      const { http: _http, ...extensions } = met.extensions as Record<string, unknown>;
      return { ...base, message: met.message, extensions };
    }
    const refused = checkViolation(error);
    if (refused) {
      // a rule of the input's missing for its CHECK: answered as the client's mistake, logged to be given its rule
      (requestLogOf.get(raw as object) ?? log).warn('db.check_violation', { message: (error as Error).message.slice(0, 300), path: formatted.path });
      const { http: _http, ...extensions } = refused.extensions as Record<string, unknown>;
      return { ...base, message: refused.message, extensions };
    }
    (requestLogOf.get(raw as object) ?? log).error('graphql.internal_error', {
      name: error instanceof Error ? error.name : typeof error,
      message: error instanceof Error ? error.message.slice(0, 300) : undefined,
      path: formatted.path,
    });
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

