import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { findPolicy, refusal } from '../auth/policies';
import { Config } from '../config';
import { ErrorCode, fail, FieldError, isAppError } from '../shared/errors';
import { DEFAULT_TAKE } from '../shared/list';
import { Logger } from '../shared/logger';
import { toFieldErrors } from '../shared/validators';
import type { RequestContext } from '../request/context';

type Fragments = Record<string, FragmentDefinitionNode>;

function fragmentsOf(document: DocumentNode): Fragments {
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

/** How deep the selection nests, introspection aside (fragment cycles are already refused by GraphQL validation). */
export function selectionDepth(set: SelectionSetNode | undefined, fragments: Fragments): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === 'Field' && selection.name.value.startsWith('__')) continue; // introspection
    const depth =
      selection.kind === 'Field'
        ? 1 + selectionDepth(selection.selectionSet, fragments)
        : selection.kind === 'InlineFragment'
          ? selectionDepth(selection.selectionSet, fragments)
          : selectionDepth(fragments[selection.name.value]?.selectionSet, fragments);
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** A list read with `options.take` costs take × its items; a relation list counts as ten children. */
const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0; // introspection: bounded by the schema
  const take = (args?.options as { take?: number } | undefined)?.take;
  if (args && 'options' in args) return 1 + (take ?? DEFAULT_TAKE) * childComplexity;
  // the items of a list contract are what `take` already multiplied: counting them ten times again would
  // make a page of 100 cost as much as one of 1,000
  if (field.name === 'items' && type.name.endsWith('List')) return 1 + childComplexity;
  if (isListType(getNullableType(field.type)) && getNamedType(field.type) instanceof GraphQLObjectType) {
    return 1 + 10 * childComplexity;
  }
  return 1 + childComplexity;
};

/**
 * Before anything runs: every root field must name a policy that admits the caller (deny by default), and
 * the operation must stay within the depth and complexity limits.
 */
export function accessPlugin(schema: GraphQLSchema, config: Config): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue, request }) {
          if (!operation) return; // Apollo refuses a document without the named operation before this
          const fragments = fragmentsOf(document);
          const rootType = schema.getRootType(operation.operation);
          const fields = rootType?.getFields() ?? {};
          for (const name of rootFields(operation.selectionSet, fragments)) {
            if (name.startsWith('__')) continue; // introspection: the schema is public (schema/schema.graphql)
            const policy = findPolicy(fields[name]?.extensions?.policy);
            const error = policy
              ? refusal(policy, contextValue.principal, name)
              : fail.forbidden(`${name} has no access rule, so nobody may use it`, 'NO_RULE');
            if (error) throw error.withHttpStatus();
          }
          checkLimits(schema, config, document, operation, fragments, request.variables ?? {});
        },
      };
    },
  };
}

function checkLimits(
  schema: GraphQLSchema,
  config: Config,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
): void {
  const { maxDepth, maxComplexity } = config.limits;
  const depth = selectionDepth(operation.selectionSet, fragments);
  if (depth > maxDepth) {
    throw fail.tooComplex(`The query nests ${depth} levels deep; the limit is ${maxDepth}`).withHttpStatus();
  }
  const complexity = getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables,
    estimators: [listAwareEstimator],
  });
  if (complexity > maxComplexity) {
    throw fail
      .tooComplex(`The query would cost ${complexity} (limit ${maxComplexity}); ask for smaller pages or fewer nested lists`)
      .withHttpStatus();
  }
}

/** One log line per operation: its name, time, SQL statements and error codes; never variables or results. */
export function requestLogPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName, errors }) {
          response.http.headers.set('x-sql-statements', String(contextValue.stats.sqlStatements));
          log.info('graphql', {
            operation: operationName ?? null,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            sql: contextValue.stats.sqlStatements,
            principal: contextValue.principal ? `${contextValue.principal.kind}:${contextValue.principal.id}` : null,
            errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          });
        },
      };
    },
  };
}

/** Apollo's own request errors (parse, validation, bad variables) are safe to show as they are. */
const APOLLO_CLIENT_CODES = new Set([
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
    const error = unwrapResolverError(raw);
    const base = { locations: formatted.locations, path: formatted.path };
    if (isAppError(error)) {
      const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
      return { ...base, message: error.message, extensions };
    }
    const validationErrors = error instanceof GraphQLError ? (error.extensions?.validationErrors as never) : undefined;
    if (validationErrors) {
      const fieldErrors: FieldError[] = toFieldErrors(validationErrors);
      const appError = fail.badInput(fieldErrors);
      return { ...base, message: appError.message, extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors } };
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
    log.error('graphql.internal_error', {
      name: error instanceof Error ? error.name : typeof error,
      message: error instanceof Error ? error.message.slice(0, 300) : undefined,
      path: formatted.path,
    });
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

