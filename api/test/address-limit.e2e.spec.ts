import { ANONYMOUS_BODY_BYTES } from '../src/http/json-body';
import { DEMO_PASSWORD } from '../src/seed/seed';
import { startTestApp, TestApp } from './harness';

/**
 * Requests without an account are counted per client address (docs/architecture.md#address-limit): public reads,
 * sign-ins, made-up tokens, public documents and streams alike; past the limit RATE_LIMITED with HTTP 429 and
 * Retry-After, and nothing is done. A signed-in person's and an integrator's requests are not counted here.
 * Each test speaks from its own address, given by the proxy header the server trusts (TRUST_PROXY).
 */
const LIMIT = 4;
const LOGIN = `mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const FIRMS = `query { firms(options: { take: 1 }) { totalItems } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ANONYMOUS_REQUESTS_PER_MINUTE: String(LIMIT), TRUST_PROXY: '1' });
});
afterAll(async () => {
  await app?.close();
});

let lastAddress = 0;
/** an address no test has spoken from */
const newAddress = () => `198.51.100.${++lastAddress}`;

interface Answer {
  status: number;
  code: string | undefined;
  retryAfter: string | null;
  body: { data?: any; errors?: Array<{ message: string; extensions: Record<string, any> }> };
}

async function answerOf(response: Response): Promise<Answer> {
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, code: body.errors?.[0]?.extensions.code, retryAfter: response.headers.get('retry-after'), body };
}

function post(address: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  return fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  }).then(answerOf);
}

function get(address: string, path: string, token?: string): Promise<Answer> {
  return fetch(`${app.baseUrl}${path}`, { headers: { 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) } }).then(answerOf);
}

function expectRefused(answer: Answer): void {
  expect(answer.status).toBe(429);
  expect(answer.code).toBe('RATE_LIMITED');
  const seconds = answer.body.errors![0].extensions.retryAfterSeconds;
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(answer.retryAfter).toBe(String(seconds));
  expect(answer.body.errors![0].message).toMatch(/without an account/);
}

it('answers an address its limit of public requests, refuses the next with 429 and Retry-After, and answers another address', async () => {
  const address = newAddress();
  for (let i = 0; i < LIMIT; i++) {
    const answer = await post(address, '{ __typename }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  }
  expectRefused(await post(address, '{ __typename }'));
  // a GET of /graphql is the same request
  expectRefused(await get(address, `/graphql?query=${encodeURIComponent('{ __typename }')}`));
  expect((await post(newAddress(), '{ __typename }')).status).toBe(200);
});

it('counts sign-ins: past the limit a correct password signs nobody in', async () => {
  const address = newAddress();
  const sessionsBefore = Number((await app.ds.query(`SELECT count(*) FROM access_token WHERE kind = 'SESSION'`))[0].count);
  for (let i = 0; i < LIMIT; i++) expect((await post(address, LOGIN, { u: 'clerk', p: DEMO_PASSWORD })).body.data.login.token).toEqual(expect.any(String));
  const refused = await post(address, LOGIN, { u: 'clerk', p: DEMO_PASSWORD });
  expectRefused(refused);
  expect(refused.body.data ?? null).toBeNull();
  expect(Number((await app.ds.query(`SELECT count(*) FROM access_token WHERE kind = 'SESSION'`))[0].count)).toBe(sessionsBefore + LIMIT);
});

it('does not count a signed-in person: their requests are answered while their address is over its limit', async () => {
  const address = newAddress();
  const token = (await post(address, LOGIN, { u: 'manager', p: DEMO_PASSWORD })).body.data.login.token as string;
  for (let i = 1; i < LIMIT; i++) expect((await post(address, '{ __typename }')).status).toBe(200);
  expectRefused(await post(address, '{ __typename }'));
  for (let i = 0; i < LIMIT + 2; i++) {
    const answer = await post(address, FIRMS, {}, token);
    expect(answer.status).toBe(200);
    expect(answer.body.data.firms.totalItems).toBe(105);
  }
});

it('counts made-up tokens: past the limit the answer is RATE_LIMITED, not whether the token was good', async () => {
  const address = newAddress();
  for (let i = 0; i < LIMIT; i++) {
    const answer = await post(address, FIRMS, {}, `made-up-token-${i}-${'x'.repeat(40)}`);
    expect(answer.status).toBe(401);
    expect(answer.code).toBe('UNAUTHENTICATED');
  }
  expectRefused(await post(address, FIRMS, {}, `made-up-token-last-${'x'.repeat(40)}`));
});

it('past the limit, a made-up token is refused before its body is read: no body is parsed for it (attacker round 13)', async () => {
  const address = newAddress();
  for (let i = 0; i < LIMIT; i++) expect((await post(address, FIRMS, {}, `made-up-token-${i}-${'x'.repeat(40)}`)).code).toBe('UNAUTHENTICATED');
  // what only reading the body could refuse: text that is no JSON (an 8 MB one was read and parsed at every try)
  const unread = (authorization: string) =>
    fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address, authorization }, body: `{"query": ${'['.repeat(10)}` }).then(answerOf);
  expectRefused(await unread(`Bearer made-up-token-last-${'x'.repeat(40)}`));
  expectRefused(await unread('Basic bm9ib2R5Om5vdGhpbmc='));
  // a good token from the same address is still read and answered, as the body says
  const token = await app.tokenFor('manager');
  expect((await unread(`Bearer ${token}`)).code).toBe('BAD_USER_INPUT');
  expect((await post(address, FIRMS, {}, token)).body.data.firms.totalItems).toBe(105);
});

it('a body longer than one read without a token is read only for a token that holds, under the limit too (attacker round 13’s note)', async () => {
  const address = newAddress();
  // what only reading the body could refuse, longer than 64 KB: text that is no JSON
  const large = `{"query": "{ __typename }", "padding": "${'x'.repeat(ANONYMOUS_BODY_BYTES)}`;
  const send = (authorization: string, body: string) =>
    fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address, authorization }, body }).then(answerOf);
  // a made-up token of the right shape is refused before the body is read (it was read and parsed: BAD_USER_INPUT)
  const madeUp = await send(`Bearer wys_${'A'.repeat(43)}`, large);
  expect([madeUp.status, madeUp.code]).toEqual([401, 'UNAUTHENTICATED']);
  // a good token's long body is read, and refused for what it says
  const token = await app.tokenFor('manager');
  const read = await send(`Bearer ${token}`, large);
  expect([read.status, read.code]).toEqual([400, 'BAD_USER_INPUT']);
  // a short body is read first and the token checked with the request's first statement, as before
  const short = await send(`Bearer wys_${'B'.repeat(43)}`, '{"query": [');
  expect([short.status, short.code]).toEqual([400, 'BAD_USER_INPUT']);
  // the refused token counted against the address, as every refused one does; the limit is not yet spent
  expect((await post(address, FIRMS, {}, token)).body.data.firms.totalItems).toBe(105);
});

it('reads a body without a token only up to 64 KB: a sign-in or a public read is a few, and an 8 MB one was parsed 300 times a minute (attacker round 13)', async () => {
  const address = newAddress();
  const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(100_000) } });
  const send = (token?: string) =>
    fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body }).then(answerOf);
  const anonymous = await send();
  expect(anonymous.status).toBe(413);
  expect(anonymous.code).toBe('PAYLOAD_TOO_LARGE');
  expect(anonymous.body.errors![0].message).toContain(String(ANONYMOUS_BODY_BYTES));
  // a signed-in person's body is read up to MAX_BODY_BYTES, as an import needs
  const signedIn = await send(await app.tokenFor('manager'));
  expect(signedIn.status).toBe(200);
  expect(signedIn.body.data).toEqual({ __typename: 'Query' });
});

it('counts a malformed Authorization header as a refused token, on /graphql and on the stream', async () => {
  const address = newAddress();
  const malformed = (path: string) =>
    fetch(`${app.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address, authorization: 'Basic bm9ib2R5Om5vdGhpbmc=' }, body: JSON.stringify({ query: '{ __typename }' }) }).then(answerOf);
  for (let i = 0; i < LIMIT; i++) expect((await malformed(i % 2 ? '/graphql' : '/graphql/stream')).code).toBe('UNAUTHENTICATED');
  expectRefused(await malformed('/graphql'));
  expectRefused(await malformed('/graphql/stream'));
});

it('counts an anonymous public document and an anonymous stream as requests without an account', async () => {
  const documents = newAddress();
  for (let i = 0; i < LIMIT; i++) expect((await get(documents, `/documents/account-statements/${900_000 + i}/statement.pdf`)).code).toBe('NOT_FOUND');
  expectRefused(await get(documents, '/documents/account-statements/900100/statement.pdf'));

  const streams = newAddress();
  for (let i = 0; i < LIMIT; i++) expect((await get(streams, '/graphql/stream')).code).toBe('UNAUTHENTICATED');
  expectRefused(await get(streams, '/graphql/stream'));
});

it('ANONYMOUS_REQUESTS_PER_MINUTE=0 counts nothing (a load generator on one address)', async () => {
  const unlimited = await startTestApp({ ANONYMOUS_REQUESTS_PER_MINUTE: '0' }, { sameDatabaseAs: app });
  try {
    for (let i = 0; i < 3 * LIMIT; i++) expect((await unlimited.gql('{ __typename }', {}, null)).status).toBe(200);
  } finally {
    await unlimited.close();
  }
});
