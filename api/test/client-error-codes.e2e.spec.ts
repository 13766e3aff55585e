import { startTestApp, TestApp } from './harness';

/**
 * A client's mistake is logged and counted with the code the client got (docs/architecture.md#errors), so an
 * alert on INTERNAL_SERVER_ERROR fires only for the server's own faults.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function scrape(): Promise<string> {
  const response = await fetch(`${app.baseUrl}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/** One sample's value, 0 when the series does not exist yet (as vital-signs.e2e.spec.ts reads it). */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (.+)$/.exec(line);
    if (!match || line.startsWith('#') || match[1] !== name) continue;
    if (wanted.every((w) => (match[2] ?? '').split(',').includes(w))) return Number(match[3]);
  }
  return 0;
}

const requests = (text: string, operation: string, outcome: string) => sample(text, 'wuye_graphql_requests_total', { operation, outcome });

async function post(body: Record<string, unknown>, token: string) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
  return { status: response.status, codes: (answer.errors ?? []).map((e) => e.extensions.code), requestId: response.headers.get('x-request-id')! };
}

describe('client errors in the log and the metrics', () => {
  it.each([
    ['a persisted query whose hash does not match its text', { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }, 'unparsed', 'BAD_USER_INPUT'],
    ['a persisted query not known yet', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, 'unparsed', 'PERSISTED_QUERY_NOT_FOUND'],
    ['a query that does not parse', { query: '{ me { id ' }, 'unparsed', 'GRAPHQL_PARSE_FAILED'],
    ['a field the schema does not have', { query: '{ me { noSuchField } }' }, 'unknown', 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable of the wrong type', { query: 'query($id: ID!) { firm(id: $id) { id } }', variables: { id: { not: 'an id' } } }, 'query:firm', 'BAD_USER_INPUT'],
    ['a record that does not exist', { query: '{ firm(id: "999999") { id } }' }, 'query:firm', 'NOT_FOUND'],
  ])('%s: the log line and the metrics name the code the client got', async (_case, body, operation, code) => {
    const token = await app.tokenFor('clerk');
    const before = await scrape();
    const answer = await post(body, token);
    expect(answer.codes).toEqual([code]);

    const line = app.logLines.map((text) => JSON.parse(text)).find((entry) => entry.requestId === answer.requestId && entry.event === 'graphql');
    expect(line?.errors).toEqual([code]);
    const after = await scrape();
    expect(requests(after, operation, code) - requests(before, operation, code)).toBe(1);
    expect(requests(after, operation, 'INTERNAL_SERVER_ERROR')).toBe(requests(before, operation, 'INTERNAL_SERVER_ERROR'));
    expect(app.logLines.some((text) => text.includes('graphql.internal_error') && text.includes(answer.requestId))).toBe(false);
  });
});
