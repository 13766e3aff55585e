import { startTestApp, TestApp } from './harness';

/**
 * The planned lane (graphql/compiled-execution.ts, docs/architecture.md#planned-lane): a query text Apollo once had
 * executed by a plan is executed by that plan again in front of Apollo. What it answers is what Apollo answers for
 * the same request (bytes, status, headers, log line, metrics); what it may not answer (a refusal, an answer it
 * cannot complete, a request of another shape) Apollo answers as it always did.
 */
let app: TestApp;
let cached: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({ RESPONSE_CACHE: 'off' });
  cached = await startTestApp({}, { sameDatabaseAs: app });
  for (const user of ['manager', 'registrar']) tokens[user] = await app.tokenFor(user);
  const elections = await app.as('admin', `mutation T($input: ApiTokenInput!) { createApiToken(input: $input) { token } }`, {
    input: { name: '对接 选举 通道', scopes: ['ELECTIONS_READ'] },
  });
  tokens.elections = elections.createApiToken.token;
});
afterAll(async () => {
  await cached?.close();
  await app?.close();
});

const FIRMS = `query LaneFirms($options: FirmListOptions) { firms(options: $options) { totalItems nextCursor
  items { id version name contactPhone submittedAt availableActions district { id name } } } }`;
const PROJECTS = `query LaneProjects($options: ProjectListOptions) { projects(options: $options) { nextCursor items { id name managerPhone residentialFee contractStart updatedAt } } }`;

/** A text no request has sent yet (a numbered comment: the same document): its first request is Apollo's own, never the lane's. */
let sent = 0;
const fresh = (text: string) => `${text}\n# ${++sent}`;

interface Posted {
  status: number;
  text: string;
  headers: Record<string, string>;
  statements: string | null;
  requestId: string | null;
}

async function post(on: TestApp, body: Record<string, unknown>, token: string | null, headers: Record<string, string> = {}): Promise<Posted> {
  const response = await fetch(`${on.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  const kept: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!['date', 'x-request-id', 'x-sql-statements'].includes(name)) kept[name] = value;
  });
  return { status: response.status, text: await response.text(), headers: kept, statements: response.headers.get('x-sql-statements'), requestId: response.headers.get('x-request-id') };
}

/** this process's counters (both servers share the registry): lane answers and answered requests of a root field */
async function scrape(on: TestApp, operation: string): Promise<{ lane: number; steppedAside: number; requests: number; cacheLane: number }> {
  const text = await (await fetch(`${on.baseUrl}/metrics`)).text();
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  return {
    lane: value(/^wuye_graphql_planned_lane_answers_total (\S+)$/m),
    steppedAside: value(/^wuye_graphql_planned_executions_total\{outcome="stepped_aside"\} (\S+)$/m),
    cacheLane: value(/^wuye_response_cache_lane_answers_total (\S+)$/m),
    requests: value(new RegExp(`^wuye_graphql_requests_total\\{operation="${operation}",outcome="ok"\\} (\\S+)$`, 'm')),
  };
}

/** The first request of a fresh text goes through Apollo; the same text again through the lane. */
async function apolloThenLane(request: Record<string, unknown>, token: string | null, headers: Record<string, string> = {}, on = app) {
  const body = { ...request, query: fresh(request.query as string) };
  const first = await post(on, body, token, headers);
  const before = await scrape(on, 'query:firms');
  const again = await post(on, body, token, headers);
  const after = await scrape(on, 'query:firms');
  return { first, again, lane: after.lane - before.lane, requests: after.requests - before.requests };
}

describe('a text executed by its plan before', () => {
  it('is executed again in front of Apollo: the same bytes, status and headers, in one statement', async () => {
    const body = { query: FIRMS, operationName: 'LaneFirms', variables: { options: { take: 7, sort: { field: 'NAME' } } } };
    const { first, again, lane, requests } = await apolloThenLane(body, tokens.manager);
    expect(JSON.parse(first.text).data.firms.items).toHaveLength(7);
    expect(again.text).toBe(first.text);
    expect([again.status, again.headers]).toEqual([first.status, first.headers]);
    // the first read of a text checks a held session in a statement of its own; a planned text's read carries it
    expect([first.statements, again.statements]).toEqual(['2', '1']);
    expect([lane, requests]).toEqual([1, 1]);
  });

  it('is logged as Apollo logs an operation: its name, statements and principal, never its variables', async () => {
    const body = { query: FIRMS, operationName: 'LaneFirms', variables: { options: { take: 3, filter: { name: '湖州通道日志' } } } };
    const { again, lane } = await apolloThenLane(body, tokens.registrar);
    expect(lane).toBe(1);
    const line = app.logLines.map((l) => JSON.parse(l)).find((l) => l.requestId === again.requestId && l.event === 'graphql');
    expect(line).toMatchObject({ operation: 'LaneFirms', sql: Number(again.statements) });
    expect(line.principal).toMatch(/^user:/);
    expect(JSON.stringify(line)).not.toContain('湖州通道日志');
  });

  it('is answered in the content type Apollo negotiates from the Accept header, and a 406 stays Apollo\'s', async () => {
    const body = { query: FIRMS, variables: { options: { take: 2 } } };
    const graphqlResponse = await apolloThenLane(body, tokens.manager, { accept: 'application/graphql-response+json, application/json;q=0.9' });
    expect(graphqlResponse.again.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect([graphqlResponse.again.headers, graphqlResponse.again.text, graphqlResponse.lane]).toEqual([graphqlResponse.first.headers, graphqlResponse.first.text, 1]);
    const refused = await apolloThenLane(body, tokens.manager, { accept: 'text/html' });
    expect(refused.first.status).toBe(406);
    expect([refused.again.status, refused.again.text, refused.lane]).toEqual([406, refused.first.text, 0]);
  });

  it('has a page that steps aside (a cursor that is not ours) answered by graphql-js with the root already read: the same error and statements', async () => {
    const body = { query: fresh(PROJECTS), variables: { options: { take: 5, after: 'not-a-cursor' } } };
    const first = await post(app, body, tokens.manager);
    const again = await post(app, body, tokens.manager);
    expect(JSON.parse(first.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect([again.status, again.text, again.statements]).toEqual([first.status, first.text, first.statements]);
  });

  it('has a plan that steps aside after its page was read (an officer\'s read guard answers with a promise): graphql-js completes that page, not another', async () => {
    const officer = await app.tokenFor('officer');
    const body = { query: fresh(`query LaneEstates($o: EstateListOptions) { estates(options: $o) { totalItems items { id name currentCommittee { id termNumber members { name } } } } }`), variables: { o: { take: 30 } } };
    const first = await post(app, body, officer);
    const before = await scrape(app, 'query:estates');
    const again = await post(app, body, officer);
    const after = await scrape(app, 'query:estates');
    expect(JSON.parse(first.text).errors).toBeUndefined();
    expect(again.text).toBe(first.text);
    // the lane's plan stepped aside once; Apollo's did not plan it again
    expect([after.steppedAside - before.steppedAside, after.lane - before.lane]).toEqual([1, 0]);
    // one statement fewer: the first read of a text checks the held session in a statement of its own
    expect(Number(again.statements)).toBe(Number(first.statements) - 1);
  });

  it('is sent as the same text when PostgreSQL wrote its page (the text lane)', async () => {
    const { first, again, lane } = await apolloThenLane({ query: PROJECTS, variables: { options: { take: 40 } } }, tokens.manager);
    expect(JSON.parse(first.text).data.projects.items).toHaveLength(40);
    expect([again.text, lane]).toEqual([first.text, 1]);
  });
});

describe('a text that writes', () => {
  it('is never planned, so never executed in front of Apollo: each one is Apollo\'s', async () => {
    const body = { query: `mutation Lane($id: ID!) { submitFirm(id: $id, version: 1) { id } }`, variables: { id: '99999999' } };
    const before = await scrape(app, 'query:firms');
    const first = await post(app, body, tokens.manager);
    const again = await post(app, body, tokens.manager);
    expect(JSON.parse(first.text).errors.length).toBe(1);
    expect((await scrape(app, 'query:firms')).lane).toBe(before.lane);
    expect(again.text).toBe(first.text);
  });
});

describe('what the lane does not answer is answered as Apollo answers it', () => {
  it.each([
    ['a caller whose scopes do not reach the root', 'elections', { options: { take: 3 } }],
    ['no caller at all', null, { options: { take: 3 } }],
    ['variables of the wrong type', 'manager', { options: { take: 'three' } }],
    ['a page larger than allowed', 'manager', { options: { take: 100000 } }],
    ['a filter value PostgreSQL cannot take', 'manager', { options: { filter: { ids: ['not-a-number'] } } }],
  ])('%s', async (_what, who, variables) => {
    const token = who ? tokens[who] : null;
    await post(app, { query: FIRMS, variables: { options: { take: 1 } } }, tokens.manager); // planned
    const before = await scrape(app, 'query:firms');
    const lane = await post(app, { query: FIRMS, variables }, token);
    const apollo = await post(app, { query: fresh(FIRMS), variables }, token);
    expect((await scrape(app, 'query:firms')).lane).toBe(before.lane);
    expect(JSON.parse(lane.text).errors.length).toBeGreaterThan(0);
    expect([lane.status, lane.text, lane.headers]).toEqual([apollo.status, apollo.text, apollo.headers]);
  });

  it.each([
    ['variables as a JSON string', { variables: '{"options":{"take":1}}' }],
    ['an operation name that is not a string', { operationName: 7 }],
    ['extensions', { extensions: { persistedQuery: { version: 1, sha256Hash: 'x'.repeat(64) } } }],
  ])('%s: Apollo answers the request, as it would any other', async (_what, extra) => {
    await post(app, { query: FIRMS, variables: { options: { take: 1 } } }, tokens.manager); // planned
    const before = await scrape(app, 'query:firms');
    const lane = await post(app, { query: FIRMS, variables: { options: { take: 1 } }, ...extra }, tokens.manager);
    const apollo = await post(app, { query: fresh(FIRMS), variables: { options: { take: 1 } }, ...extra }, tokens.manager);
    expect((await scrape(app, 'query:firms')).lane).toBe(before.lane);
    expect([lane.status, lane.text]).toEqual([apollo.status, apollo.text]);
  });

  it('a revoked session: 401, and nothing read for it is sent', async () => {
    const token = (await app.gql(`mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'manager', p: 'wuye-demo' })).data.login.token;
    const body = { query: FIRMS, variables: { options: { take: 2 } } };
    expect((await post(app, body, token)).status).toBe(200);
    expect((await post(app, body, token)).status).toBe(200);
    await app.ds.query(`UPDATE access_token SET revoked_at = now() WHERE token_hash = sha256($1::bytea)`, [Buffer.from(token)]);
    const refused = await post(app, body, token);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text)).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })] });
  });
});

describe('with the response cache on', () => {
  it('a new page of a planned text is computed in the lane and kept: its repeat is the cache\'s, with only the version read', async () => {
    const token = await cached.tokenFor('manager');
    await post(cached, { query: FIRMS, variables: { options: { take: 4 } } }, token); // planned (and kept)
    const body = { query: FIRMS, variables: { options: { take: 4, skip: 4 } } };
    const before = await scrape(cached, 'query:firms');
    const computed = await post(cached, body, token);
    const middle = await scrape(cached, 'query:firms');
    const repeat = await post(cached, body, token);
    const after = await scrape(cached, 'query:firms');
    expect([middle.lane - before.lane, middle.cacheLane - before.cacheLane]).toEqual([1, 0]);
    expect([after.lane - middle.lane, after.cacheLane - middle.cacheLane]).toEqual([0, 1]);
    expect(repeat.text).toBe(computed.text);
    expect(repeat.statements).toBe('1');
  });

  it('a write between the lane\'s read and the repeat: the repeat is read again, never the kept answer', async () => {
    const token = await cached.tokenFor('manager');
    const body = { query: FIRMS, variables: { options: { take: 1, sort: { field: 'ID' }, filter: { filingStatus: 'APPROVED' } } } };
    await post(cached, { query: FIRMS, variables: { options: { take: 2 } } }, token); // planned
    const first = JSON.parse((await post(cached, body, token)).text).data.firms.items[0];
    await app.ds.query(`UPDATE district SET name = name || '·' WHERE id = $1`, [first.district.id]);
    const again = JSON.parse((await post(cached, body, token)).text).data.firms.items[0];
    expect(again.district.name).toBe(`${first.district.name}·`);
    await app.ds.query(`UPDATE district SET name = left(name, -1) WHERE id = $1`, [first.district.id]);
  });
});

describe('no /graphql answer is kept by a browser or an intermediary (they carry ID numbers and phones)', () => {
  it('Apollo\'s, the planned lane\'s, the response cache\'s, a GET\'s, a refusal\'s and the live feed\'s answers are private, no-store', async () => {
    const { first, again, lane } = await apolloThenLane({ query: FIRMS, variables: { options: { take: 2 } } }, tokens.manager);
    expect(lane).toBe(1);
    const cachedBody = { query: fresh(FIRMS), variables: { options: { take: 2 } } };
    await post(cached, cachedBody, tokens.manager);
    const beforeCache = await scrape(cached, 'query:firms');
    const cacheAnswer = await post(cached, cachedBody, tokens.manager);
    expect((await scrape(cached, 'query:firms')).cacheLane - beforeCache.cacheLane).toBe(1);
    const get = await fetch(`${app.baseUrl}/graphql?query=${encodeURIComponent('{ firms(options: { take: 1 }) { totalItems } }')}`, {
      headers: { authorization: `Bearer ${tokens.manager}`, 'apollo-require-preflight': '1' },
    });
    const notJson = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    const unknownToken = await post(app, { query: FIRMS }, 'wys_not-a-token');
    const stream = await fetch(`${app.baseUrl}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const answers = { apollo: first.headers['cache-control'], lane: again.headers['cache-control'], cache: cacheAnswer.headers['cache-control'], get: get.headers.get('cache-control'), notJson: notJson.headers.get('cache-control'), unknownToken: unknownToken.headers['cache-control'], stream: stream.headers.get('cache-control') };
    expect([get.status, notJson.status, unknownToken.status, stream.status]).toEqual([200, 400, 401, 401]);
    expect(answers).toEqual({ apollo: 'private, no-store', lane: 'private, no-store', cache: 'private, no-store', get: 'private, no-store', notJson: 'private, no-store', unknownToken: 'private, no-store', stream: 'private, no-store' });
  });
});
