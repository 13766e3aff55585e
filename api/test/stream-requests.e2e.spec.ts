import { startTestApp, TestApp } from './harness';

/**
 * Requests to /graphql/stream that are no subscription request at all (the wrong method, no event-stream accepted,
 * a body that is not JSON, a query or variables of the wrong type): refused with a coded error in the GraphQL error
 * shape, as every other refusal of the stream is (docs/integrators.md), never with graphql-sse's own uncoded words or
 * an empty 404/415 (attacker round 12).
 */
let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  token = await app.tokenFor('manager');
});
afterAll(() => app?.close());

const FEED = 'subscription { changeFeed(after: 0) { position } }';
const EVENTS = 'text/event-stream';

async function send(init: { method?: string; accept?: string | null; contentType?: string | null; body?: string; search?: string }) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (init.accept !== null) headers.accept = init.accept ?? EVENTS;
  if (init.contentType !== null) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(`${app.baseUrl}/graphql/stream${init.search ?? ''}`, { method: init.method ?? 'POST', headers, body: init.body });
  const text = await response.text();
  let body: { errors?: Array<{ message: string; extensions?: { code?: string; fieldErrors?: Array<{ field: string; rule: string }> } }> } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, type: response.headers.get('content-type'), body, text };
}

describe('a request that is no subscription request', () => {
  it.each([
    ['a GET with the query in the address', { method: 'GET', body: undefined, contentType: null, search: `?query=${encodeURIComponent(FEED)}` }, 'method', 'STREAM_POST'],
    ['a PUT (graphql-sse’s single-connection reservation, not served)', { method: 'PUT', body: undefined, contentType: null }, 'method', 'STREAM_POST'],
    ['a DELETE', { method: 'DELETE', body: undefined, contentType: null }, 'method', 'STREAM_POST'],
    ['no Accept: text/event-stream', { accept: 'application/json', body: JSON.stringify({ query: FEED }) }, 'accept', 'STREAM_ACCEPT'],
    ['no Accept at all', { accept: null, body: JSON.stringify({ query: FEED }) }, 'accept', 'STREAM_ACCEPT'],
    ['a text/plain body', { contentType: 'text/plain', body: JSON.stringify({ query: FEED }) }, 'content-type', 'STREAM_JSON'],
    ['a JSON array', { body: JSON.stringify([{ query: FEED }]) }, 'body', 'STREAM_JSON'],
    ['no query', { body: JSON.stringify({ variables: {} }) }, 'query', 'REQUIRED'],
    ['a query that is not text', { body: JSON.stringify({ query: { a: 1 } }) }, 'query', 'TYPE'],
    ['variables that are a list', { body: JSON.stringify({ query: FEED, variables: [1] }) }, 'variables', 'TYPE'],
    ['variables that are text', { body: JSON.stringify({ query: FEED, variables: '{"after":0}' }) }, 'variables', 'TYPE'],
    ['an operation name that is not text', { body: JSON.stringify({ query: FEED, operationName: { a: 1 } }) }, 'operationName', 'TYPE'],
    ['extensions that are a number', { body: JSON.stringify({ query: FEED, extensions: 5 }) }, 'extensions', 'TYPE'],
  ])('%s: BAD_USER_INPUT (400) naming what is wrong, as JSON', async (_what, init, field, rule) => {
    const answer = await send(init);
    expect({ status: answer.status, type: answer.type }).toEqual({ status: 400, type: expect.stringMatching(/^application\/json/) });
    expect(answer.body?.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule }] });
  });

  it('a subscription request as the guide writes it still opens the stream', async () => {
    const head = await app.gql<{ changes: { headPosition: number } }>('{ changes(after: 2147483647, take: 1) { headPosition } }', {}, token);
    const controller = new AbortController();
    const response = await fetch(`${app.baseUrl}/graphql/stream`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, accept: EVENTS, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ query: FEED.replace('after: 0', `after: ${head.data.changes.headPosition}`), variables: null, operationName: null }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    controller.abort();
  });
});
