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
/** without the response cache: a planned read's page is read while the token is looked up */
let uncached: TestApp;
beforeAll(async () => {
  a = await startTestApp({ TOKEN_RATE_LIMIT_PER_MINUTE: '8' });
  b = await startTestApp({ TOKEN_RATE_LIMIT_PER_MINUTE: '8' }, { sameDatabaseAs: a });
  uncached = await startTestApp({ TOKEN_RATE_LIMIT_PER_MINUTE: '8', RESPONSE_CACHE: 'off' }, { sameDatabaseAs: a });
});
afterAll(async () => {
  await uncached?.close();
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

/**
 * A token checked in the last minute is held in memory, and a text executed by its plan before does not wait for the
 * token's lookup: the lookup, which counts the request, runs beside the read, and nothing is answered before it
 * returns (request/session-check.ts SessionCheck.beside). The count and the refusals stay exact.
 */
describe.each([
  ['two processes with the response cache', () => [a, b]],
  ['one process without it', () => [uncached, uncached]],
])('a held token whose lookup runs beside a planned read (%s)', (_servers, servers) => {
  const LIST = `query HeldList { firms(options: { take: 3, sort: { field: ID } }) { totalItems items { id name } } }`;

  /** A token with its limit, held by both servers, with LIST planned on both: two requests counted. */
  async function heldToken(name: string, rateLimitPerMinute: number) {
    const token = await newToken(`${name}${servers()[0] === a ? '' : '（无缓存）'}`, rateLimitPerMinute);
    for (const app of servers()) {
      const read = await raw(app, token.token, LIST);
      expect([read.status, read.body.errors]).toEqual([200, undefined]);
    }
    return token;
  }

  it('serves exactly the limit of a concurrent burst; the rest get 429 with Retry-After and nothing that was read', async () => {
    await earlyInAMinute();
    const held = await heldToken('并行查验平台', 6);
    const burst = await Promise.all(Array.from({ length: 10 }, (_, i) => raw(servers()[i % 2], held.token, LIST)));
    const served = burst.filter((r) => r.status === 200);
    const refused = burst.filter((r) => r.status === 429);
    expect([served.length, refused.length]).toEqual([4, 6]);
    for (const r of served) expect(r.body.data.firms.items).toHaveLength(3);
    for (const r of refused) {
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors![0].extensions.code).toBe('RATE_LIMITED');
      expect(r.retryAfter).toBe(String(r.body.errors![0].extensions.retryAfterSeconds));
    }
    expect((await usageOf(held.id)).usage).toMatchObject({ requestsThisMinute: 12, refusedThisMinute: 6 });
  });

  it('once refused, the token is no longer held: its next requests are refused by the lookup, and counted as refused', async () => {
    await earlyInAMinute();
    const held = await heldToken('限后即拒平台', 3);
    expect((await raw(servers()[0], held.token, LIST)).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const refused = await raw(servers()[0], held.token, LIST);
      expect([refused.status, refused.body.errors?.[0].extensions.code, refused.body.data ?? null]).toEqual([429, 'RATE_LIMITED', null]);
    }
    expect((await usageOf(held.id)).usage).toMatchObject({ requestsThisMinute: 6, refusedThisMinute: 3 });
  });

  it('counts each request once: the lookup beside the read, and no other statement', async () => {
    await earlyInAMinute();
    const held = await heldToken('逐一计数平台', 100);
    const reads = [];
    for (let i = 0; i < 4; i++) reads.push(await raw(servers()[0], held.token, LIST));
    // the token's lookup, and the page unless the response cache holds the answer (checked by the versions that lookup read)
    expect(reads.map((r) => [r.status, r.sql])).toEqual(Array(4).fill([200, servers()[0] === a ? 1 : 2]));
    expect((await usageOf(held.id)).usage.requestsThisMinute).toBe(6);
  });

  it.each([
    ['revoked', (id: string) => a.as('admin', `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id })],
    ['expired', (id: string) => a.ds.query(`UPDATE access_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [id])],
  ])('%s behind the server: the next request gets 401 and nothing that was read', async (_change, change) => {
    const held = await heldToken(`吊销并行平台${_change}`, 100);
    await change(held.id);
    for (const app of servers()) {
      const refused = await raw(app, held.token, LIST);
      expect([refused.status, refused.body.errors?.[0].extensions.code, refused.body.data ?? null]).toEqual([401, 'UNAUTHENTICATED', null]);
    }
  });
});
