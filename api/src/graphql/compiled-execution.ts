import { ApolloServerPlugin, GraphQLResponse, HeaderMap } from '@apollo/server';
import type { DoorRequest, DoorResponse, DoorStep } from '../http/front-door';
import {
  defaultFieldResolver,
  DocumentNode,
  FieldNode,
  FormattedExecutionResult,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLField,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  OperationDefinitionNode,
  SelectionSetNode,
  visit,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import client from 'prom-client';
import type { RequestContext } from '../request/context';
import { registry } from '../shared/metrics';
import { askForText, collectResponseFields, isUnsupported, operationFootprint, TextPage } from '../shared/read-plan';
import { answerBody, dataFromText } from './answer-text';
import { laneRequest } from './lane-request';
import { operationLabel, recordRequest } from './metrics';
import { errorCodesOf, logOperation, OperationChecks, settleSession } from './plugins';
import { CacheMiss, operationTextKey } from './response-cache';
import { Lru } from '../shared/lru';

/**
 * Compiled execution (docs/architecture.md#compiled-reads): a query made only of compiled-read types (the same
 * test as the response cache's footprint) is executed by a plan built once per document instead of by
 * graphql-js, which for every field of every row builds an info object, coerces arguments and walks promises.
 * The plan calls the very resolvers graphql-js would (root lists, plain reads, masks, preloaded relations,
 * computed fields), so access, masking and jurisdiction are the same code. It answers only when everything
 * completes synchronously without an error; otherwise (a read guard's promise, any error, a null where the
 * schema forbids one) it steps aside and graphql-js executes the operation, reusing the root fields' values
 * already read, so the statements, the answer and its errors are exactly the ordinary path's. One list root of
 * plain columns goes by the text lane (textLaneOf): PostgreSQL writes its items as the answer's JSON.
 */

const executions = new client.Counter({
  name: 'wuye_graphql_planned_executions_total',
  help: 'compiled-read queries executed by their plan: answered, or stepped aside for graphql-js (a promise, an error)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

const textPages = new client.Counter({
  name: 'wuye_graphql_text_pages_total',
  help: 'compiled list pages whose items PostgreSQL wrote as the answer’s JSON text (the text lane)',
  registers: [registry],
});

const laneAnswers = new client.Counter({
  name: 'wuye_graphql_planned_lane_answers_total',
  help: 'queries executed by their plan in front of Apollo, without its pipeline (a subset of the planned executions)',
  registers: [registry],
});

/** One selected field of an object type, as graphql-js's collectFields merges it (by response key). */
interface FieldPlan {
  key: string;
  nodes: FieldNode[];
  /** undefined for __typename */
  def?: GraphQLField<unknown, unknown>;
  resolve: GraphQLFieldResolver<unknown, unknown>;
  hasArgs: boolean;
  /** the plan of the object type the field returns (named type), if it is one */
  object?: ObjectPlan;
}

interface ObjectPlan {
  type: GraphQLObjectType;
  fields: FieldPlan[];
}

interface OperationPlan {
  root: ObjectPlan;
  fragments: Record<string, FragmentDefinitionNode>;
  /** the root field whose page PostgreSQL may write as the answer's text (textLaneOf) */
  text: FieldPlan | null;
}

const LIST_FIELDS = new Set(['items', 'nextCursor', 'totalItems']);

/**
 * The text lane (docs/architecture.md#compiled-reads): an operation of one root field returning a list object
 * (`items`, `nextCursor`, `totalItems`, each at most once) may have its items written by PostgreSQL as the
 * answer's JSON; compiledList decides whether the items' fields allow it and answers with a TextPage if so.
 */
function textLaneOf(root: ObjectPlan): FieldPlan | null {
  if (root.fields.length !== 1) return null;
  const [field] = root.fields;
  const list = field.object;
  if (!field.def || !list || isListType(isNonNullType(field.def.type) ? field.def.type.ofType : field.def.type)) return null;
  const names = list.fields.map((f) => f.def?.name ?? '__typename');
  if (!names.includes('items') || new Set(names).size !== names.length) return null;
  return names.every((name) => name === '__typename' || LIST_FIELDS.has(name)) ? field : null;
}

/** `{"<root key>":` + the list object's JSON around the items PostgreSQL wrote (its keys in the selection's order) + `}`, as bytes. */
function rootText(run: Run, root: FieldPlan, page: TextPage): Buffer {
  const list = root.object!;
  const parts: Buffer[] = [];
  let text = `{${JSON.stringify(root.key)}:{`;
  list.fields.forEach((f, i) => {
    const name = f.def?.name ?? '__typename';
    text += `${i ? ',' : ''}${JSON.stringify(f.key)}:`;
    if (name === 'items') {
      parts.push(Buffer.from(text), page.items);
      text = '';
      return;
    }
    const value = name === '__typename' ? list.type.name : complete(run, f.def!.type, undefined, name === 'nextCursor' ? page.nextCursor : page.totalItems);
    text += JSON.stringify(value);
  });
  parts.push(Buffer.from(`${text}}}`));
  return Buffer.concat(parts);
}

/** Thrown while completing: graphql-js must execute this operation instead. */
class StepAside extends Error {}

/**
 * Root values already read for a request, handed to graphql-js's own execution when the plan stepped aside: keyed
 * by the request's memo, which Apollo's shallow copy of a context (the planned lane's) shares.
 */
const readRoots = new WeakMap<object, Map<FieldNode, unknown>>();

/**
 * Wraps the query's root resolvers so that, after the plan stepped aside, a root field already read returns
 * that value (or that error) instead of reading it again. Run once when the schema is built.
 */
export function reuseReadRoots(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  if (!query) return;
  for (const field of Object.values(query.getFields())) {
    const inner = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
    field.resolve = (root, args, ctx, info) => {
      const held = readRoots.get((ctx as RequestContext).memo);
      if (held?.has(info.fieldNodes[0])) {
        const value = held.get(info.fieldNodes[0]);
        held.delete(info.fieldNodes[0]);
        return value;
      }
      return inner(root, args, ctx, info);
    };
  }
}

function hasDirectives(node: DocumentNode | OperationDefinitionNode | FragmentDefinitionNode): boolean {
  let found = false;
  visit(node, { Directive: () => ((found = true), undefined) });
  return found;
}

function objectPlan(type: GraphQLObjectType, sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): ObjectPlan {
  const fields: FieldPlan[] = [];
  for (const [key, nodes] of collectResponseFields(type, sets, fragments)) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      fields.push({ key, nodes, resolve: () => type.name, hasArgs: false });
      continue;
    }
    const def = type.getFields()[name];
    if (!def) throw new StepAside(name);
    const named = getNamedType(def.type);
    let object: ObjectPlan | undefined;
    if (isObjectType(named)) {
      const subSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
      object = objectPlan(named, subSets, fragments);
    } else if (!isLeafType(named)) {
      throw new StepAside(`${type.name}.${name} returns an abstract type`);
    }
    fields.push({ key, nodes, def, resolve: (def.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>, hasArgs: def.args.length > 0, object });
  }
  return { type, fields };
}

/** The plan of an operation, or null when graphql-js executes it (anything beyond the compiled-read types, directives). */
function planOf(schema: GraphQLSchema, ctx: RequestContext, document: DocumentNode, operation: OperationDefinitionNode): OperationPlan | null {
  if (operation.operation !== 'query' || hasDirectives(operation)) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== 'FragmentDefinition') continue;
    if (hasDirectives(definition)) return null;
    fragments[definition.name.value] = definition;
  }
  if (!operationFootprint(schema, ctx.em.connection, operation, fragments)) return null;
  const query = schema.getQueryType();
  if (!query) return null;
  try {
    const root = objectPlan(query, [operation.selectionSet], fragments);
    return { root, fragments, text: textLaneOf(root) };
  } catch (error) {
    if (error instanceof StepAside || isUnsupported(error)) return null;
    throw error;
  }
}

interface Run {
  ctx: RequestContext;
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** per field plan: its info and arguments, the same for every row (they depend on the document and variables only) */
  infos: Map<FieldPlan, { info: GraphQLResolveInfo; args: Record<string, unknown> }>;
}

function infoOf(run: Run, parent: GraphQLObjectType, field: FieldPlan): { info: GraphQLResolveInfo; args: Record<string, unknown> } {
  let held = run.infos.get(field);
  if (!held) {
    const def = field.def!;
    held = {
      args: field.hasArgs ? getArgumentValues(def, field.nodes[0], run.variables) : {},
      info: {
        fieldName: def.name,
        fieldNodes: field.nodes,
        returnType: def.type,
        parentType: parent,
        path: { prev: undefined, key: field.key, typename: parent.name },
        schema: run.schema,
        fragments: run.fragments,
        rootValue: undefined,
        operation: run.operation,
        variableValues: run.variables,
      },
    };
    run.infos.set(field, held);
  }
  return held;
}

function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** As graphql-js's completeValue, for what the plan allows; anything it would report as an error steps aside. */
function complete(run: Run, type: GraphQLOutputType, plan: ObjectPlan | undefined, value: unknown): unknown {
  if (isThenable(value)) {
    // graphql-js will ask again; this one's outcome is nobody's
    (value as Promise<unknown>).then(undefined, () => undefined);
    throw new StepAside('promise');
  }
  if (value instanceof Error) throw new StepAside('error');
  if (isNonNullType(type)) {
    if (value === null || value === undefined) throw new StepAside('null for a non-null field');
    return complete(run, type.ofType, plan, value);
  }
  if (value === null || value === undefined) return null;
  if (isListType(type)) {
    if (!Array.isArray(value)) throw new StepAside('not a list');
    return value.map((item) => complete(run, type.ofType, plan, item));
  }
  if (isLeafType(type)) {
    const serialized = type.serialize(value);
    if (serialized === null || serialized === undefined) throw new StepAside('not serializable');
    return serialized;
  }
  if (!plan || !isObjectType(type)) throw new StepAside('abstract type');
  return completeObject(run, plan, value);
}

function completeObject(run: Run, plan: ObjectPlan, source: unknown): Record<string, unknown> {
  if (plan.type.isTypeOf) {
    const is = plan.type.isTypeOf(source, run.ctx, undefined as never);
    if (is !== true) throw new StepAside('isTypeOf');
  }
  const result: Record<string, unknown> = Object.create(null);
  for (const field of plan.fields) {
    if (!field.def) {
      result[field.key] = plan.type.name;
      continue;
    }
    const { info, args } = infoOf(run, plan.type, field);
    result[field.key] = complete(run, field.def.type, field.object, field.resolve(source, args, run.ctx, info));
  }
  return result;
}

/** An answer with data, as graphql-js's execution would make it. */
const answer = (data: Record<string, unknown>): GraphQLResponse => ({ http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } });

/**
 * Executes an operation by its plan for this caller: the response, or null when graphql-js must execute it (the
 * root fields already read are kept for it, readRoots). The session held in memory is settled before anything
 * read for it is answered.
 */
async function executePlan(
  schema: GraphQLSchema,
  plan: OperationPlan,
  ctx: RequestContext,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  /** the same variables coerced already (by the access checks), or undefined */
  coercedVariables?: Record<string, unknown>,
): Promise<GraphQLResponse | null> {
  const coerced = coercedVariables ? { coerced: coercedVariables } : getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return settleSession(ctx); // graphql-js reports them, to a confirmed session
  const run: Run = { ctx, schema, operation, fragments: plan.fragments, variables: coerced.coerced, infos: new Map() };
  askForText(ctx, plan.text?.nodes[0]);
  // the root fields start together, as graphql-js starts them; each one's value or error is kept for it
  const roots = plan.root.fields.map((field) => {
    if (!field.def) return { field, value: Promise.resolve(plan.root.type.name) };
    try {
      const { info, args } = infoOf(run, plan.root.type, field);
      return { field, value: Promise.resolve(field.resolve(undefined, args, ctx, info)) };
    } catch (error) {
      return { field, value: Promise.reject(error) };
    }
  });
  const settled = await Promise.allSettled(roots.map((r) => r.value));
  askForText(ctx, undefined);
  // a session held in memory: confirmed by the version read its first statement carried, or checked now;
  // refused (401), what was read for it is dropped
  const refused = await settleSession(ctx);
  if (refused) return refused;
  const first = settled[0];
  if (plan.text && first.status === 'fulfilled' && first.value instanceof TextPage) {
    try {
      const text = rootText(run, plan.text, first.value);
      executions.inc({ outcome: 'answered' });
      textPages.inc();
      return answer(dataFromText(plan.text.key, text));
    } catch {
      // graphql-js reads the page again, as objects (a TextPage is nothing it can complete)
      executions.inc({ outcome: 'stepped_aside' });
      readRoots.set(ctx.memo, new Map());
      return null;
    }
  }
  try {
    const data: Record<string, unknown> = Object.create(null);
    settled.forEach((outcome, i) => {
      if (outcome.status === 'rejected') throw new StepAside('root error');
      const { field } = roots[i];
      data[field.key] = field.def ? complete(run, field.def.type, field.object, outcome.value) : outcome.value;
    });
    executions.inc({ outcome: 'answered' });
    return answer(data);
  } catch {
    // a StepAside or a resolver's error: graphql-js executes it and reports what it reports, with the roots
    // already read (their values, or the same rejections)
    executions.inc({ outcome: 'stepped_aside' });
    const held = new Map<FieldNode, unknown>();
    roots.forEach(({ field }, i) => {
      if (field.def) held.set(field.nodes[0], roots[i].value);
    });
    readRoots.set(ctx.memo, held);
    return null;
  }
}

/** A text compiled execution has planned: what the planned lane needs to execute it again without Apollo. */
interface PlannedText {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** its metrics label (metrics.ts operationLabel) */
  label: string;
}

export interface PlannedLaneDeps {
  /** the access plugin's checks (graphql/plugins.ts operationChecks) */
  checks: OperationChecks;
  /** the response cache is on: the lane then answers only what the cache's lane missed, and keeps the answer (response-cache.ts CacheMiss) */
  cacheEnabled: boolean;
  exposeSqlStatements: boolean;
}

export interface CompiledExecution {
  plugin: ApolloServerPlugin<RequestContext>;
  /** whether this operation will be executed by a plan (only compiled reads, nothing that writes) */
  executesByPlan(ctx: RequestContext, document: DocumentNode, operation: OperationDefinitionNode): boolean;
  /**
   * whether a request's text was executed by a plan before: only then may its session be checked by the read itself
   * (request/session-check.ts); anything else, malformed or hostile included, is authenticated before Apollo parses it
   */
  plannedBefore(query: unknown, operationName: unknown): boolean;
  /**
   * Express middleware in front of Apollo (docs/architecture.md#planned-lane): a text Apollo parsed, validated and
   * had executed by a plan before is executed by that plan again without Apollo's pipeline, after the access
   * plugin's own checks. Anything the lane does not answer (a refusal, a plan that steps aside, a request of
   * another shape) goes on to Apollo, which reuses the context and the roots already read.
   */
  lane(contextFor: (req: DoorRequest, res: DoorResponse) => Promise<RequestContext>, deps: PlannedLaneDeps): DoorStep;
}

export function createCompiledExecution(schema: GraphQLSchema): CompiledExecution {
  const plans = new WeakMap<OperationDefinitionNode, OperationPlan | null>();
  const plannedTexts = new Lru<string, PlannedText>(1_000);
  const planFor = (ctx: RequestContext, document: DocumentNode, operation: OperationDefinitionNode): OperationPlan | null => {
    // traced (OTEL_EXPORTER_OTLP_ENDPOINT), graphql-js executes: its instrumentation makes the operation's span
    if (!ctx.config.compiledReads || ctx.config.traceEndpoint) return null;
    let plan = plans.get(operation);
    if (plan === undefined) plans.set(operation, (plan = planOf(schema, ctx, document, operation)));
    return plan;
  };
  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, request, contextValue: ctx }) {
          if (!operation) return null;
          // the planned lane read this request's roots and stepped aside: graphql-js executes it with them
          if (readRoots.has(ctx.memo)) return null;
          const plan = planFor(ctx, document, operation);
          if (!plan) return null;
          if (request.query !== undefined && !request.extensions) {
            const key = operationTextKey(request.query, request.operationName);
            if (!plannedTexts.get(key)) plannedTexts.set(key, { document, operation, label: operationLabel(operation, plan.fragments) });
          }
          return executePlan(schema, plan, ctx, operation, request.variables);
        },
      };
    },
  };

  const lane: CompiledExecution['lane'] = (contextFor, deps) => async (req, res, next) => {
    const request = laneRequest(req);
    const planned = request && plannedTexts.get(operationTextKey(request.query, request.operationName));
    if (!request || !planned) return next();
    const started = process.hrtime.bigint();
    // the response cache's lane may have authenticated this request already; Apollo takes the same promise (and
    // sends its refusal, a 401 or 429)
    const context = (res.locals.context as Promise<RequestContext> | undefined) ?? contextFor(req, res);
    res.locals.context = context;
    try {
      const ctx = await context.catch(() => null);
      const cacheMiss = res.locals.cacheMiss as CacheMiss | undefined;
      if (!ctx || (deps.cacheEnabled && !cacheMiss)) return next();
      const plan = planFor(ctx, planned.document, planned.operation);
      if (!plan) return next();
      let coerced: Record<string, unknown>;
      try {
        coerced = deps.checks(planned.document, planned.operation, ctx.principal, request.variables);
      } catch {
        // Apollo refuses it the same way, after settling the session (accessPlugin)
        return next();
      }
      const response = await executePlan(schema, plan, ctx, planned.operation, request.variables, coerced);
      if (!response) return next();
      const { singleResult } = response.body as { kind: 'single'; singleResult: FormattedExecutionResult };
      const codes = errorCodesOf(undefined, response);
      cacheMiss?.keep(!codes && singleResult.data ? singleResult.data : undefined);
      res.statusCode = response.http.status ?? 200;
      for (const [name, value] of response.http.headers) res.setHeader(name, value);
      res.setHeader('content-type', request.contentType);
      if (deps.exposeSqlStatements) res.setHeader('x-sql-statements', String(ctx.stats.sqlStatements));
      res.end(answerBody(singleResult));
      laneAnswers.inc();
      logOperation(ctx, request.operationName, started, codes);
      recordRequest(planned.label, codes ?? [], started, ctx);
    } catch (error) {
      next(error);
    }
  };

  return {
    plugin,
    lane,
    executesByPlan: (ctx, document, operation) => planFor(ctx, document, operation) !== null,
    plannedBefore: (query, operationName) =>
      typeof query === 'string' && (operationName == null || typeof operationName === 'string') && plannedTexts.get(operationTextKey(query, operationName)) !== undefined,
  };
}
