import { startTestApp, TestApp } from './harness';

/**
 * Per-token rate limits (docs/architecture.md#rate-limits): counted in PostgreSQL by the token lookup itself, so
 * two API processes on one database share one count; over the limit, RATE_LIMITED with HTTP 429 and Retry-After.
 * Sessions of people are not counted.
 */
const CREATE_TOKEN = `mutation($input: ApiTokenInput!) { createApiToken(input: $input) { token apiToken { id rateLimitPerMinute effectiveRateLimitPerMinute } } }`;
const TOKENS = `query { apiTokens { id name rateLimitPerMinute effectiveRateLimitPerMinute usage { requestsThisMinute refusedThisMinute requestsLast24h refusedLast24h lastUsedAt } } }`;
const SET_LIMIT = `mutation($id: ID!, $perMinute: Int) { setApiTokenRateLimit(id: $id, perMinute: $perMinute) { id rateLimitPerMinute effectiveRateLimitPerMinute } }`;
const FIRMS = `query { firms(options: { take: 1 }) { totalItems } }`;

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp({ TOKEN_RATE_LIMIT_PER_MINUTE: '8' });
  b = await startTestApp({ TOKEN_RATE_LIMIT_PER_MINUTE: '8' }, { sameDatabaseAs: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

/** A request with its HTTP status and Retry-After header, which the harness's gql does not keep. */
async function raw(app: TestApp, token: string, query = FIRMS) {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: any; errors?: Array<{ extensions: Record<string, any> }> };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body, sql: Number(response.headers.get('x-sql-statements')) };
}

/** Counts are per clock minute (the database's): start a burst early in one so it cannot straddle two. */
async function earlyInAMinute(): Promise<void> {
  const [{ second }] = await a.ds.query(`SELECT extract(second FROM now())::float8 AS second`);
  if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

async function newToken(name: string, rateLimitPerMinute?: number): Promise<{ id: string; token: string }> {
  const { createApiToken } = await a.as('admin', CREATE_TOKEN, { input: { name, scopes: ['REGISTRY_READ'], ...(rateLimitPerMinute ? { rateLimitPerMinute } : {}) } });
  return { id: createApiToken.apiToken.id, token: createApiToken.token };
}

async function usageOf(id: string) {
  const { apiTokens } = await a.as('admin', TOKENS);
  return apiTokens.find((t: { id: string }) => t.id === id);
}

describe('a token limited to 5 requests a minute', () => {
  let limited: { id: string; token: string };
  beforeAll(async () => {
    limited = await newToken('限流测试平台', 5);
  });

  it('serves exactly 5 of 12 concurrent requests sent to two API processes; the rest are RATE_LIMITED with 429 and Retry-After', async () => {
    await earlyInAMinute();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => raw(i % 2 ? a : b, limited.token)));
    const served = results.filter((r) => r.status === 200 && !r.body.errors);
    const refused = results.filter((r) => r.status === 429);
    expect(served).toHaveLength(5);
    expect(refused).toHaveLength(7);
    for (const r of served) expect(r.body.data.firms.totalItems).toBeGreaterThan(0);
    for (const r of refused) {
      const extensions = r.body.errors![0].extensions;
      expect(extensions.code).toBe('RATE_LIMITED');
      expect(extensions.http).toBeUndefined();
      expect(extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(r.retryAfter).toBe(String(extensions.retryAfterSeconds));
    }
  });

  it('shows the admin the minute’s requests, the refused ones and when it was last used', async () => {
    const token = await usageOf(limited.id);
    expect(token).toMatchObject({
      rateLimitPerMinute: 5,
      effectiveRateLimitPerMinute: 5,
      usage: { requestsThisMinute: 12, refusedThisMinute: 7, requestsLast24h: 12, refusedLast24h: 7 },
    });
    expect(Date.now() - new Date(token.usage.lastUsedAt).getTime()).toBeLessThan(120_000);
  });

  it('an admin raises the limit (audited) and the token is served again at once', async () => {
    const { setApiTokenRateLimit } = await a.as('admin', SET_LIMIT, { id: limited.id, perMinute: 50 });
    expect(setApiTokenRateLimit).toMatchObject({ rateLimitPerMinute: 50, effectiveRateLimitPerMinute: 50 });
    const again = await raw(b, limited.token);
    expect(again.status).toBe(200);
    const [event] = await a.ds.query(`SELECT actor_name, before, after FROM audit_event WHERE action = 'apiToken.rateLimit' AND entity_id = $1`, [limited.id]);
    expect(event.before.rateLimitPerMinute).toBe(5);
    expect(event.after.rateLimitPerMinute).toBe(50);
    expect(event.after.tokenHash).toBeUndefined();
  });

  it('back to the default (null): TOKEN_RATE_LIMIT_PER_MINUTE applies', async () => {
    const { setApiTokenRateLimit } = await a.as('admin', SET_LIMIT, { id: limited.id, perMinute: null });
    expect(setApiTokenRateLimit).toMatchObject({ rateLimitPerMinute: null, effectiveRateLimitPerMinute: 8 });
  });
});

describe('who may see and set it', () => {
  it('refuses usage and limits to everyone but the admin, and a bad limit changes nothing', async () => {
    const { id, token } = await newToken('无权查看平台');
    for (const username of ['manager', 'registrar', 'clerk']) {
      const seen = await a.gql(TOKENS, {}, await a.tokenFor(username));
      expect(seen.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const set = await a.gql(SET_LIMIT, { id, perMinute: 1000 }, await a.tokenFor(username));
      expect(set.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const own = await raw(a, token, TOKENS);
    expect(own.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
    for (const perMinute of [0, -3, 100_001]) {
      const bad = await a.gql(SET_LIMIT, { id, perMinute }, await a.tokenFor('admin'));
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'perMinute', rule: 'RANGE' }] });
    }
    expect((await usageOf(id)).rateLimitPerMinute).toBeNull();
    const missing = await a.gql(SET_LIMIT, { id: '999999', perMinute: 10 }, await a.tokenFor('admin'));
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('what it costs and whom it leaves alone', () => {
  it('a person’s session is not counted: 12 requests over the default of 8 are all served', async () => {
    const session = await a.tokenFor('manager');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => raw(i % 2 ? a : b, session)));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
  });

  it('counting adds no statement: a token’s request runs as many as a session’s', async () => {
    const { token } = await newToken('语句计数平台', 100);
    await raw(a, token);
    await raw(a, await a.tokenFor('manager'));
    const [byToken, bySession] = [await raw(a, token), await raw(a, await a.tokenFor('manager'))];
    expect(byToken.status).toBe(200);
    expect(byToken.sql).toBe(bySession.sql);
  });

  it('counting is no durable write: the counts live in an unlogged table, so a read waits for no WAL flush', async () => {
    const [{ persistence }] = await a.ds.query(`SELECT relpersistence AS persistence FROM pg_class WHERE oid = 'api_token_usage'::regclass`);
    expect(persistence).toBe('u');
  });

  it('a revoked token is refused as before (UNAUTHENTICATED), and not counted', async () => {
    const { id, token } = await newToken('吊销平台', 3);
    await a.as('admin', `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id });
    const refused = await raw(a, token);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await usageOf(id)).usage.requestsLast24h).toBe(0);
  });
});
