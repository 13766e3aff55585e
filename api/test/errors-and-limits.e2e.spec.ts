import { startTestApp, TestApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAX_BODY_BYTES: '65536' });
});
afterAll(() => app?.close());

const noInternals = (body: unknown) => {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|at [A-Za-z]+ \(|\.ts:\d+|SELECT|INSERT|postgres/i);
};

describe('hostile and malformed requests', () => {
  it('a syntax error is GRAPHQL_PARSE_FAILED without a stack trace', async () => {
    const result = await app.gql('{ firms( ', {}, await app.tokenFor('manager'));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    noInternals(result.errors);
  });

  it('an unknown field is GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await app.gql('{ firms { items { passwordHash } } }', {}, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    noInternals(result.errors);
  });

  it('a query nested too deep is QUERY_TOO_COMPLEX before anything runs', async () => {
    const deep = `{ firms { items { projects { firm { projects { firm { projects { firm { projects { estate { community { subdistrict { district { name } } } } } } } } } } } } } }`;
    const result = await app.gql(deep, {}, await app.tokenFor('manager'));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.sqlStatements).toBe(1); // the version read only, which checks the token
  });

  it('a query asking for too much is QUERY_TOO_COMPLEX', async () => {
    const wide = `{ firms(options: { take: 200 }) { items { projects { firm { projects { estate { projects { name } } } } } } } }`;
    const result = await app.gql(wide, {}, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('aliases do not smuggle in a field without access: every root field is checked', async () => {
    const result = await app.gql(`{ a: firms { totalItems } b: users { totalItems } }`, {}, await app.tokenFor('manager'));
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(result.data).toBeUndefined();
  });

  it('fragments on the root type are checked too', async () => {
    const result = await app.gql(`query { ...Root } fragment Root on Query { users { totalItems } }`, {}, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a body over the limit is PAYLOAD_TOO_LARGE (413)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(70_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a body that is not JSON is BAD_USER_INPUT (400)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    noInternals(body);
  });

  it('a GET without the CSRF header is refused (Apollo CSRF prevention)', async () => {
    const response = await fetch(`${app.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('the health check answers', async () => {
    const response = await fetch(`${app.baseUrl}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
