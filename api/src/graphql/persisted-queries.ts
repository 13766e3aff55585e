import crypto from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../request/context';
import { Lru } from '../shared/lru';

/**
 * Automatic persisted queries (Apollo's protocol: a text registered with its SHA-256, then sent by the hash alone), each
 * caller's kept apart: a hash is known only to the caller who registered its text. In Apollo's one store for everyone a
 * hash told who else had asked that very text (attacker round 13): an anonymous caller was refused 401 for a text a
 * signed-in person had run and told PERSISTED_QUERY_NOT_FOUND for any other, so a text with a name or an ID number written
 * in could be confirmed by anyone. Apollo keeps handling the protocol's refusals (unknown hash, wrong hash, version) over
 * a store that never holds anything (`NOTHING_HELD`); this plugin swaps a caller's own text in before Apollo reads it.
 */
export const NOTHING_HELD = {
  get: async (): Promise<string | undefined> => undefined,
  set: async (): Promise<void> => undefined,
  delete: async (): Promise<boolean | void> => undefined,
};

/** Whose texts these are: a person or a token, or an anonymous caller's address. */
function callerOf(ctx: RequestContext): string {
  return ctx.principal ? `${ctx.principal.kind}:${ctx.principal.id}` : `address:${ctx.clientIp}`;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * The plugin, first of all (its requestDidStart runs before Apollo reads the request's text). At most `capacity` texts
 * and `maxBytes` of them are kept, the least used dropped: a dropped one is PERSISTED_QUERY_NOT_FOUND, and the client
 * sends the text again, as the protocol has it.
 */
export function persistedQueries(capacity = 10_000, maxBytes = 8 * 1024 * 1024): ApolloServerPlugin<RequestContext> {
  const texts = new Lru<string, string>(capacity, { maxWeight: maxBytes, weightOf: (text) => 2 * text.length });
  return {
    async requestDidStart({ request, contextValue }) {
      const persisted = request.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
      // anything else about the extension is Apollo's to refuse, in its words
      if (!persisted || persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') return;
      const key = `${callerOf(contextValue)}\n${persisted.sha256Hash}`;
      let registered: string | null = null;
      if (request.query === undefined) {
        const text = texts.get(key);
        if (text === undefined) return; // PERSISTED_QUERY_NOT_FOUND, as for a hash no one registered
        request.query = text;
      } else if (typeof request.query === 'string' && sha256(request.query) === persisted.sha256Hash) {
        registered = request.query;
      } else return; // the hash does not match the text: Apollo refuses it
      const { persistedQuery: _persisted, ...others } = request.extensions!;
      request.extensions = Object.keys(others).length ? others : undefined;
      if (registered === null) return;
      const text = registered;
      // kept once it is a valid operation, as Apollo kept it
      return { didResolveOperation: async () => texts.set(key, text) };
    },
  };
}
