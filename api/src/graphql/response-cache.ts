import crypto from 'node:crypto';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import client from 'prom-client';
import { DataSource } from 'typeorm';
import { Config } from '../config';
import { answerText, keepAnswerText } from './answer-text';
import type { RequestContext } from '../request/context';
import { Role } from '../request/principal';
import { todayInChina } from '../shared/iso-date';
import { Lru } from '../shared/lru';
import { operationFootprint, ReadFootprint } from '../shared/read-plan';
import { registry } from '../shared/metrics';
import { fingerprint } from '../shared/table-versions';

/**
 * Answers of read-only registry queries kept in memory (docs/architecture.md#response-cache). An answer is served
 * again only to a caller who may see exactly the same thing — same query text, variables, role and scopes, the
 * user too where the answer depends on who asks (officers' jurisdiction, personal data, available actions),
 * the same day in China (current committees) — and only while PostgreSQL's version of every table it read
 * (shared/read-plan.ts operationFootprint) is the one it was computed under. Mutations, introspection and
 * anything the footprint cannot account for are never cached. Runs after the access plugin has admitted the
 * caller, so a cached answer is never a way around a refusal.
 */
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
  bytes: number;
}

interface Footprint {
  tables: string[];
  callerDependent: boolean;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
  return fragments;
}

/** Who the answer is for, as far as it changes what they may see. */
function callerKey(ctx: RequestContext, footprint: Footprint): string {
  const principal = ctx.principal;
  if (!principal) return 'anonymous';
  const byUser = footprint.callerDependent || principal.role === Role.OFFICER;
  return `${principal.kind}:${principal.role}:${[...principal.scopes].sort().join(',')}${byUser ? `:${principal.id}` : ''}`;
}

export function responseCachePlugin(schema: GraphQLSchema, config: Config['responseCache']): ApolloServerPlugin<RequestContext> {
  const footprints = new WeakMap<OperationDefinitionNode, Footprint | null>();
  const caches = new WeakMap<DataSource, Lru<string, Held>>();
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
    const footprint = found && { tables: [...found.tables].sort(), callerDependent: found.callerDependent };
    footprints.set(operation, footprint);
    return footprint;
  };

  return {
    async requestDidStart() {
      if (!config.enabled) return;
      let pending: { cache: Lru<string, Held>; key: string; fingerprint: string } | null = null;
      return {
        async responseForOperation({ document, operation, request, contextValue }) {
          if (!operation || operation.operation !== 'query' || !contextValue.tableVersions) return null;
          const ds = contextValue.em.connection;
          const footprint = footprintOf(ds, document, operation);
          if (!footprint) return null;
          const current = fingerprint(await contextValue.tableVersions(), footprint.tables);
          const key = crypto
            .createHash('sha256')
            .update(JSON.stringify([request.query ?? '', request.operationName ?? null, request.variables ?? {}, callerKey(contextValue, footprint), todayInChina()]))
            .digest('base64');
          const cache = cacheOf(ds);
          const held = cache.get(key);
          if (held && held.fingerprint === current) {
            lookups.inc({ outcome: 'hit' });
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: held.data } } };
          }
          lookups.inc({ outcome: 'miss' });
          pending = { cache, key, fingerprint: current };
          return null;
        },
        async willSendResponse({ response }) {
          if (!pending || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors?.length || !data) return;
          // serialised once (or already text: a page PostgreSQL wrote), for its size here and as what every hit sends
          const text = answerText(data) ?? JSON.stringify(data);
          keepAnswerText(data, text);
          pending.cache.set(pending.key, { fingerprint: pending.fingerprint, data, bytes: Buffer.byteLength(text) + pending.key.length });
        },
      };
    },
  };
}
