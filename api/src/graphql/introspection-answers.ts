import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { DocumentNode, OperationDefinitionNode } from 'graphql';
import client from 'prom-client';
import type { RequestContext } from '../request/context';
import { Lru } from '../shared/lru';
import { registry } from '../shared/metrics';
import { fragmentsOf, rootFields } from './plugins';

/**
 * Answers of introspection-only operations, kept per text, operation name and variables. Such an answer depends
 * on nothing else: the schema is one for every caller the access plugin admits to ask (docs/architecture.md#response-cache), and it reads no table. Executing the full introspection walks the whole schema (about 570 KB
 * of answer), the costliest thing a signed-in caller can ask for without touching the database; kept, a client's
 * or an attacker's repeats cost a lookup.
 */
const lookups = new client.Counter({
  name: 'wuye_introspection_answers_total',
  help: 'introspection-only operations: answered from memory (hit) or executed (miss)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

const INTROSPECTION_ROOTS = new Set(['__schema', '__type', '__typename']);

/** Whether every root field is introspection, and at least one asks for the schema or a type. */
export function isIntrospectionOnly(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const roots = rootFields(operation.selectionSet, fragmentsOf(document));
  return roots.every((name) => INTROSPECTION_ROOTS.has(name)) && roots.some((name) => name !== '__typename');
}

/**
 * The plugin, after the access plugin (a refused caller never reaches it) and before the response cache. Distinct
 * texts are few in honest use (a client's introspection query): a handful are kept, the least used dropped.
 */
export function introspectionAnswers(capacity = 8): ApolloServerPlugin<RequestContext> {
  const answers = new Lru<string, Record<string, unknown>>(capacity);
  return {
    async requestDidStart() {
      let missed: string | null = null;
      return {
        async responseForOperation({ document, operation, request, source }) {
          if (!operation || !isIntrospectionOnly(document, operation)) return null;
          // `source` is the text Apollo runs (a persisted query's too); the variables can choose the type asked for
          const key = JSON.stringify([source, request.operationName ?? null, request.variables ?? {}]);
          const data = answers.get(key);
          if (data) {
            lookups.inc({ outcome: 'hit' });
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          }
          lookups.inc({ outcome: 'miss' });
          missed = key;
          return null;
        },
        async willSendResponse({ response }) {
          if (missed === null || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length && data) answers.set(missed, data);
        },
      };
    },
  };
}
