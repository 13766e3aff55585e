import type { GraphiQLProps } from 'graphiql';
import { createClient } from 'graphql-sse';
import { session } from '../session';
import { chosenOperation } from './operation';

type Fetcher = GraphiQLProps['fetcher'];
type FetcherResult = Awaited<ReturnType<Fetcher>>;

/** The console's session in this tab, as a header: GraphiQL sends its introspection without the editor's headers. */
export function sessionHeaders(): Record<string, string> {
  const token = session.token();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * Queries and mutations go to /graphql; subscriptions to /graphql/stream as Server-Sent Events (graphql-sse),
 * both with the headers of GraphiQL's headers editor (a token pasted there wins over the session's).
 */
export const fetcher: Fetcher = (params, options) => {
  const edited = Object.entries((options?.headers as Record<string, string> | undefined) ?? {}).filter(([, value]) => value !== '');
  const headers: Record<string, string> = { ...sessionHeaders(), ...Object.fromEntries(edited) };
  const chosen = chosenOperation(params.query, params.operationName);
  const operationName = chosen ? chosen.name : (params.operationName ?? undefined);
  if (chosen?.kind === 'subscription') {
    const client = createClient({ url: '/graphql/stream', headers, retryAttempts: 0 });
    const iterator = client.iterate({ query: params.query, variables: params.variables ?? undefined, operationName });
    // closing the subscription (a new run, or the stop button) closes the stream
    const done = iterator.return?.bind(iterator);
    iterator.return = async (value?: unknown) => {
      client.dispose();
      return done ? done(value) : { done: true, value: undefined };
    };
    return iterator as unknown as FetcherResult;
  }
  return fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ ...params, operationName }),
  }).then((response) => response.json());
};
