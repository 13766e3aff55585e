import crypto from 'node:crypto';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, getNamedType, GraphQLSchema, isLeafType, isObjectType, OperationDefinitionNode } from 'graphql';
import client from 'prom-client';
import { DataSource } from 'typeorm';
import { Config } from '../config';
import type { DoorRequest, DoorResponse, DoorStep } from '../http/front-door';
import { laneRequest } from './lane-request';
import { answerBody, answerText, keepAnswerText } from './answer-text';
import { operationLabel, recordRequest } from './metrics';
import { logOperation, settleSession } from './plugins';
import type { RequestContext } from '../request/context';
import { Role } from '../request/principal';
import { todayInChina } from '../shared/iso-date';
import { listsReadCaller } from '../shared/list';
import { Lru } from '../shared/lru';
import { operationFootprint, ReadFootprint } from '../shared/read-plan';
import { registry } from '../shared/metrics';
import { fingerprint } from '../shared/table-versions';

/**
 * Answers of read-only registry queries kept in memory (docs/architecture.md#response-cache). An answer is served
 * again only to a caller who may see exactly the same thing — same query text, variables, role and scopes, the
 * same day in China (current committees), and the same user unless the answer is proven the same for everyone of
 * that role (no officer's jurisdiction, personal data, available actions, nor a list filter or scope that reads
 * the caller: shared/list.ts listsReadCaller) — and only while PostgreSQL's version of every table it read
 * (shared/read-plan.ts operationFootprint) is the one it was computed under. Mutations, introspection and
 * anything the footprint cannot account for are never cached. Runs after the access plugin has admitted the
 * caller, so a cached answer is never a way around a refusal.
 */
const laneAnswers = new client.Counter({
  name: 'wuye_response_cache_lane_answers_total',
  help: 'held answers sent by the lane in front of Apollo (a subset of the hits)',
  registers: [registry],
});
const lookups = new client.Counter({
  name: 'wuye_response_cache_lookups_total',
  help: 'cacheable queries: answered from memory (hit) or executed (miss: nothing held, or written since)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});
/** Every cache of this process, for the gauge (a test's two servers have one each). */
const allCaches = new Set<Lru<string, unknown>>();
new client.Gauge({
  name: 'wuye_response_cache_bytes',
  help: 'memory the response cache holds (its answers as JSON), against RESPONSE_CACHE_MB',
  registers: [registry],
  collect() {
    this.set([...allCaches].reduce((sum, cache) => sum + cache.totalWeight, 0));
  },
});

interface Held {
  fingerprint: string;
  data: Record<string, unknown>;
  /** the whole response body as Apollo writes it (`{"data":…}` and a newline), encoded once: the lane sends it as it is */
  body: Buffer;
  bytes: number;
}

/** A lookup that missed: where its answer is kept, under the versions read before it was computed. */
interface Pending {
  cache: Lru<string, Held>;
  keys: AnswerKeys;
  fingerprint: string;
  ctx: RequestContext;
}

/**
 * Where an answer may be held: under the caller's own key always, under the key of everyone with the caller's role
 * and scopes (`shared`) only when its execution proved it the same for all of them. Whether it is proven depends on
 * the text and variables alone (which filters are given), so a key never holds both kinds of answer.
 */
interface AnswerKeys {
  /** null when the footprint already says the answer is the caller's own */
  shared: string | null;
  own: string;
}

/** The miss of the response cache's lane, for the planned lane (compiled-execution.ts) that computes the answer without Apollo. */
export interface CacheMiss {
  /** counts the miss, and keeps the answer when there is one */
  keep(data: Record<string, unknown> | undefined): void;
}

interface Footprint {
  tables: string[];
  /** known from the text alone to depend on who asks: kept for the caller only, whatever the execution finds */
  callerDependent: boolean;
}

/**
 * Whether every root's arguments are of kinds whose meaning the cache can account for: a list's `options` (its
 * filters and scope tell at execution, listsReadCaller) or plain values (an id, a quarter). Any other argument of a
 * root registered later is taken to depend on who asks until shown otherwise.
 */
function rootArgumentsAccounted(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const fields = schema.getQueryType()?.getFields() ?? {};
  return operation.selectionSet.selections.every((root) => {
    if (root.kind !== 'Field' || root.name.value === '__typename') return true;
    const field = fields[root.name.value];
    if (!field) return false;
    const type = getNamedType(field.type);
    const isList = isObjectType(type) && 'items' in type.getFields();
    return field.args.every((arg) => (isList && arg.name === 'options') || isLeafType(getNamedType(arg.type)));
  });
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
  return fragments;
}

/** Who the answer is for: everyone of the caller's kind, role and scopes, or (`own`) this caller alone. */
function callerKey(ctx: RequestContext, own: boolean): string {
  const principal = ctx.principal;
  if (!principal) return 'anonymous';
  // the key stands for what admitted the answer: a person who must still change an admin-set password is admitted to less (policies.ts)
  const access = principal.mustChangePassword ? `${principal.role}!password` : principal.role;
  return `${principal.kind}:${access}:${[...principal.scopes].sort().join(',')}${own ? `:${principal.id}` : ''}`;
}

/** The keys of an answer: everything that changes what this caller may see for this request. */
function answerKeys(query: string, operationName: string | null, variables: unknown, ctx: RequestContext, footprint: Footprint): AnswerKeys {
  const day = todayInChina();
  const key = (own: boolean) =>
    crypto
      .createHash('sha256')
      .update(JSON.stringify([query, operationName, variables ?? {}, callerKey(ctx, own), day]))
      .digest('base64');
  // an officer's lists are narrowed to their jurisdiction
  const ownOnly = !ctx.principal || footprint.callerDependent || ctx.principal.role === Role.OFFICER;
  return { shared: ownOnly ? null : key(false), own: key(true) };
}

/** The answer held for these keys and still current: one proven the same for the caller's role first, else the caller's own. */
function heldFor(cache: Lru<string, Held>, keys: AnswerKeys, versions: string): Held | undefined {
  const shared = keys.shared === null ? undefined : cache.get(keys.shared);
  if (shared && shared.fingerprint === versions) return shared;
  const own = cache.get(keys.own);
  return own && own.fingerprint === versions ? own : undefined;
}

/** What the cache learned of a query text when Apollo first answered it: enough to answer it again in front of Apollo. */
interface TextFacts {
  footprint: Footprint;
  /** its metrics label (metrics.ts operationLabel) */
  label: string;
}
/** One key per query text and operation name: what is learned of a text (here, and by compiled execution) is kept under it. */
export const operationTextKey = (query: string, operationName: string | null | undefined) => `${operationName ?? ''}\n${query}`;

export interface ResponseCache {
  plugin: ApolloServerPlugin<RequestContext>;
  /**
   * Express middleware in front of Apollo: a request whose exact text, operation name and variables were answered
   * for a caller like this one (the same key), while nothing it read has changed, is answered with the held text
   * without Apollo's pipeline — no parse, validation or plan. The caller is authenticated first, by the context
   * Apollo then reuses when the lane does not answer (contextFor runs once); a held answer exists only where
   * Apollo's access checks admitted the same text, variables, role and scopes (the key), so the lane never
   * answers what Apollo would refuse. It logs and counts the request as the plugins do.
   */
  lane(contextFor: (req: DoorRequest, res: DoorResponse) => Promise<RequestContext>, options: { exposeSqlStatements: boolean }): DoorStep;
}

export function createResponseCache(schema: GraphQLSchema, config: Config['responseCache']): ResponseCache {
  const footprints = new WeakMap<OperationDefinitionNode, Footprint | null>();
  const caches = new WeakMap<DataSource, Lru<string, Held>>();
  const facts = new Lru<string, TextFacts>(1_000);
  const cacheOf = (ds: DataSource) => {
    let cache = caches.get(ds);
    if (!cache) {
      caches.set(ds, (cache = new Lru<string, Held>(100_000, { maxWeight: config.maxBytes, weightOf: (held) => held.bytes })));
      allCaches.add(cache as Lru<string, unknown>);
    }
    return cache;
  };
  const footprintOf = (ds: DataSource, document: DocumentNode, operation: OperationDefinitionNode): Footprint | null => {
    if (footprints.has(operation)) return footprints.get(operation)!;
    const found: ReadFootprint | null = operationFootprint(schema, ds, operation, fragmentsOf(document));
    const footprint = found && { tables: [...found.tables].sort(), callerDependent: found.callerDependent || !rootArgumentsAccounted(schema, operation) };
    footprints.set(operation, footprint);
    return footprint;
  };

  /** An answer kept under the versions read before it was computed: serialised once (or already text: a page PostgreSQL wrote), and encoded once, as every hit sends it. */
  const keep = ({ cache, keys, fingerprint: versions, ctx }: Pending, data: Record<string, unknown>) => {
    keepAnswerText(data, answerText(data) ?? Buffer.from(JSON.stringify(data)));
    // a list that read rows for this caller (mine, submittedByMe, a scope) makes the answer theirs alone
    const key = keys.shared !== null && !listsReadCaller(ctx) ? keys.shared : keys.own;
    const body = answerBody({ data });
    cache.set(key, { fingerprint: versions, data, body, bytes: 2 * body.length + key.length });
  };

  const plugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      if (!config.enabled) return;
      let pending: Pending | null = null;
      return {
        async responseForOperation({ document, operation, request, contextValue, source }) {
          if (!operation || operation.operation !== 'query' || !contextValue.tableVersions) return null;
          const ds = contextValue.em.connection;
          const footprint = footprintOf(ds, document, operation);
          if (!footprint) return null;
          // learned once per text (Apollo keeps one parsed document per text, so the label is worked out once too)
          const textKey = request.query !== undefined && !request.extensions ? operationTextKey(request.query, request.operationName) : null;
          if (textKey !== null && !facts.get(textKey)) facts.set(textKey, { footprint, label: operationLabel(operation, fragmentsOf(document)) });
          const current = fingerprint(await contextValue.tableVersions(), footprint.tables);
          // the text Apollo runs (`source`): a persisted query sent by its hash alone has no request.query, and keyed by ''
          // every such query of one kind of caller would share one answer (attacker round 5)
          const keys = answerKeys(source, request.operationName ?? null, request.variables, contextValue, footprint);
          const cache = cacheOf(ds);
          const held = heldFor(cache, keys, current);
          if (held) {
            // a session held in memory whose tables moved is looked up again before a held answer goes to it
            const refused = await settleSession(contextValue);
            if (refused) return refused;
            lookups.inc({ outcome: 'hit' });
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: held.data } } };
          }
          lookups.inc({ outcome: 'miss' });
          pending = { cache, keys, fingerprint: current, ctx: contextValue };
          return null;
        },
        async willSendResponse({ response }) {
          if (!pending || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length && data) keep(pending, data);
        },
      };
    },
  };

  const lane: ResponseCache['lane'] = (contextFor, options) => async (req, res, next) => {
    const request = config.enabled ? laneRequest(req) : null;
    const known = request && facts.get(operationTextKey(request.query, request.operationName));
    if (!request || !known) return next();
    const started = process.hrtime.bigint();
    // Apollo's context function takes this very promise (and its refusal, a 401 or 429, is Apollo's to send)
    const context = contextFor(req, res);
    res.locals.context = context;
    try {
      const ctx = await context.catch(() => null);
      if (!ctx?.tableVersions) return next();
      const pending: Pending = {
        cache: cacheOf(ctx.em.connection),
        keys: answerKeys(request.query, request.operationName, request.variables, ctx, known.footprint),
        // read before the answer is computed: a write after it moves the versions, and the answer is not served again
        fingerprint: fingerprint(await ctx.tableVersions(), known.footprint.tables),
        ctx,
      };
      const held = heldFor(pending.cache, pending.keys, pending.fingerprint);
      if (!held) {
        const miss: CacheMiss = {
          keep(data) {
            lookups.inc({ outcome: 'miss' });
            if (data) keep(pending, data);
          },
        };
        res.locals.cacheMiss = miss;
        return next();
      }
      // refused, Apollo sends the refusal (its plugins settle the same check again and get the same answer)
      if (ctx.sessionCheck && !(await ctx.sessionCheck.settle().then(() => true, () => false))) return next();
      lookups.inc({ outcome: 'hit' });
      laneAnswers.inc();
      res.statusCode = 200;
      res.setHeader('content-type', request.contentType);
      if (options.exposeSqlStatements) res.setHeader('x-sql-statements', String(ctx.stats.sqlStatements));
      res.end(held.body);
      logOperation(ctx, request.operationName, started, undefined);
      recordRequest(known.label, [], started, ctx);
    } catch (error) {
      next(error);
    }
  };

  return { plugin, lane };
}
