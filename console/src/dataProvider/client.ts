import { ApolloClient, ApolloLink, from, gql, HttpLink, InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { getOperationAST } from 'graphql';
import type { TypedDocumentString } from '../generated/graphql';
import { session } from '../session';
import { toHttpError } from './errors';

/**
 * The API answers refusals made before execution (401, 403, 413…) with an HTTP error status and the usual
 * GraphQL error body; handing that body on as a 200 lets Apollo report the coded error like every other.
 */
const fetchKeepingErrorBodies: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.status >= 400 && response.status < 500 && response.headers.get('content-type')?.includes('json')) {
    return new Response(await response.text(), { status: 200, headers: response.headers });
  }
  return response;
};

const authLink = new ApolloLink((operation, forward) => {
  const token = session.token();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
    session.contacted();
  }
  return forward(operation);
});

export const apolloClient = new ApolloClient({
  link: from([authLink, new HttpLink({ uri: '/graphql', fetch: fetchKeepingErrorBodies })]),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
});

/** A GraphQL operation of the console: a `graphql(…)` document typed by `npm run codegen` (result R, variables V). */
export type Operation<R, V> = TypedDocumentString<R, V>;

/** The operation as Apollo takes it, parsed once (gql keeps every text it parsed) and still typed. */
export function documentOf<R, V>(operation: Operation<R, V>): TypedDocumentNode<R, V> {
  return gql(String(operation));
}

/**
 * Sends one operation and answers its data; whatever fails becomes the console's coded HttpError (errors.ts),
 * with the values the user entered so that field errors read well.
 */
export async function call<R, V extends OperationVariables>(operation: Operation<R, V>, variables: V, values?: Record<string, unknown>): Promise<R> {
  const document = documentOf(operation);
  try {
    if (getOperationAST(document)?.operation === 'mutation') {
      const { data } = await apolloClient.mutate({ mutation: document, variables });
      if (!data) throw new Error('The API answered a mutation without data');
      return data;
    }
    return (await apolloClient.query({ query: document, variables, fetchPolicy: 'no-cache' })).data;
  } catch (error) {
    throw toHttpError(error, values);
  }
}

/** A document of the API (a vote's PDF notice or JSON record), fetched with the session's token. */
export async function downloadDocument(path: string): Promise<Blob> {
  const token = session.token();
  if (token) session.contacted();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } | null;
    throw toHttpError({ graphQLErrors: body?.errors ?? [], status: response.status });
  }
  return response.blob();
}
