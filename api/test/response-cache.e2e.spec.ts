import crypto from 'node:crypto';
import { GqlResponse, startTestApp, TestApp, untyped } from './harness';
import { CREATE_API_TOKEN, CREATE_FIRM, firmInput, LIST_FIRMS, LOGIN, NESTED_PROJECTS, REVOKE_API_TOKEN, SUBMIT_FIRM, UPDATE_FIRM } from './operations';

/**
 * The response cache (docs/architecture.md#response-cache) with two API processes on one database: an answer
 * kept by one is served again only while PostgreSQL's versions of the tables it read are unchanged, whoever
 * wrote them, and only to callers who may see exactly that answer.
 */
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp();
  b = await startTestApp({}, { sameDatabaseAs: a });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const errorCode = (r: GqlResponse) => r.errors?.[0].extensions.code;
const FIRST_FIRMS = { options: { take: 5, sort: { field: 'ID' as never } } };
const COMMITTEES = `query Committees { committees(options: { take: 200 }) { totalItems items { id estateId estate { id name } members { id name position } } } }`;

describe('a repeated read', () => {
  it('is answered with the statement that checks the versions, and nothing else', async () => {
    const first = await a.gql(LIST_FIRMS, FIRST_FIRMS, await a.tokenFor('manager'));
    const again = await a.gql(LIST_FIRMS, FIRST_FIRMS, await a.tokenFor('manager'));
    expect(first.errors).toBeUndefined();
    expect(first.sqlStatements).toBeGreaterThan(1);
    expect(again.data).toEqual(first.data);
    expect(again.sqlStatements).toBe(1);
  });

  it('is sent as the very text the first answer was: the held JSON, not a second serialisation', async () => {
    const token = await a.tokenFor('manager');
    const post = async () => {
      const response = await fetch(`${a.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: untyped(LIST_FIRMS), variables: { options: { take: 7 } } }) });
      return { text: await response.text(), type: response.headers.get('content-type'), statements: response.headers.get('x-sql-statements') };
    };
    const first = await post();
    const again = await post();
    expect(JSON.parse(first.text).data.firms.items).toHaveLength(7);
    expect(again).toEqual({ ...first, statements: '1' }); // the hit: only the version read
    expect(first.statements).not.toBe('1');
    expect(first.text.endsWith('}\n')).toBe(true);
  });

  it('of the very same request is answered in front of Apollo: the same bytes and headers, logged and counted as any answer', async () => {
    const token = await a.tokenFor('registrar');
    const body = JSON.stringify({ query: untyped(LIST_FIRMS), operationName: 'ListFirms', variables: { options: { take: 6, sort: { field: 'CREDIT_CODE' } } } });
    const post = () => fetch(`${a.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const scrape = async () => {
      const text = await (await fetch(`${a.baseUrl}/metrics`)).text();
      const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
      return { lane: value(/^wuye_response_cache_lane_answers_total (\S+)$/m), requests: value(/^wuye_graphql_requests_total\{operation="query:firms",outcome="ok"\} (\S+)$/m) };
    };
    const headersOf = (response: Response) => {
      const kept: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!['date', 'x-request-id', 'x-sql-statements'].includes(name)) kept[name] = value;
      });
      return kept;
    };
    const first = await post();
    const firstText = await first.text();
    const before = await scrape();
    const again = await post();
    const after = await scrape();
    expect(await again.text()).toBe(firstText);
    expect(again.status).toBe(200);
    expect(headersOf(again)).toEqual(headersOf(first));
    expect(again.headers.get('x-sql-statements')).toBe('1');
    expect([after.lane - before.lane, after.requests - before.requests]).toEqual([1, 1]);
    const requestId = again.headers.get('x-request-id');
    const line = a.logLines.map((l) => JSON.parse(l)).find((l) => l.requestId === requestId && l.event === 'graphql');
    expect(line).toMatchObject({ operation: 'ListFirms', sql: 1 });
    // another operation name, other variables: not the same request, so Apollo answers (and caches) them
    const other = await fetch(`${a.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body.replace('"take":6', '"take":5') });
    expect(JSON.parse(await other.text()).data.firms.items).toHaveLength(5);
    expect((await scrape()).lane).toBe(after.lane);
  });

  it('in front of Apollo is sent in the content type Apollo negotiates from the Accept header', async () => {
    const token = await a.tokenFor('manager');
    const post = () =>
      fetch(`${a.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: untyped(LIST_FIRMS), variables: { options: { take: 3, sort: { field: 'CREDIT_CODE' } } } }),
      });
    const first = await post();
    const again = await post();
    expect(first.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect([again.headers.get('content-type'), again.headers.get('x-sql-statements'), await again.text()]).toEqual([first.headers.get('content-type'), '1', await first.text()]);
  });

  it('in front of Apollo still authenticates: a revoked session is refused with 401, not served what it read', async () => {
    const token = (await a.gql(LOGIN, { username: 'manager', password: 'wuye-demo' })).data.login.token;
    const variables = { options: { take: 4, sort: { field: 'NAME' as never } } };
    expect((await a.gql(LIST_FIRMS, variables, token)).errors).toBeUndefined();
    expect((await a.gql(LIST_FIRMS, variables, token)).sqlStatements).toBe(1);
    await b.ds.query(`UPDATE access_token SET revoked_at = now() WHERE token_hash = sha256($1::bytea)`, [Buffer.from(token)]);
    const refused = await a.gql(LIST_FIRMS, variables, token);
    expect([refused.status, errorCode(refused), refused.data]).toEqual([401, 'UNAUTHENTICATED', undefined]);
  });

  it('is fresh on one server after a write on the other', async () => {
    const manager = await a.tokenFor('manager');
    const created = (await a.as('clerk', CREATE_FIRM, { input: firmInput() })).createFirm;
    const byId = { options: { filter: { ids: [created.id] } } };
    expect((await a.gql(LIST_FIRMS, byId, manager)).data.firms.items[0].name).toBe(created.name);
    expect((await a.gql(LIST_FIRMS, byId, manager)).sqlStatements).toBe(1);
    const renamed = firmInput({ name: '湖州缓存更名物业服务有限公司' });
    expect((await b.gql(UPDATE_FIRM, { id: created.id, version: 1, input: renamed }, await b.tokenFor('clerk'))).errors).toBeUndefined();
    const after = await a.gql(LIST_FIRMS, byId, manager);
    expect(after.data.firms.items[0]).toMatchObject({ name: renamed.name, version: 2 });
  });

  it('is fresh after a write straight in SQL, to a table reached through a relation', async () => {
    const manager = await a.tokenFor('manager');
    const first = (await a.gql(NESTED_PROJECTS, { take: 3 }, manager)).data.projects.items[0];
    expect((await a.gql(NESTED_PROJECTS, { take: 3 }, manager)).sqlStatements).toBe(1);
    await b.ds.query(`UPDATE district SET name = name || '·' WHERE code = $1`, [first.estate.district.code]);
    const after = (await a.gql(NESTED_PROJECTS, { take: 3 }, manager)).data.projects.items[0];
    expect(after.estate.district.name).toBe(`${first.estate.district.name}·`);
  });

  // that a shared read was sent after each of its callers came is shared/shared-read.spec.ts's; this is the whole path under load
  it('is fresh after every write while a dozen other callers repeat the same read: the shared version read is never an old one', async () => {
    const manager = await a.tokenFor('manager');
    const created = (await a.as('clerk', CREATE_FIRM, { input: firmInput() })).createFirm;
    const byId = { options: { filter: { ids: [created.id] } } };
    let stop = false;
    let served = 0;
    const flood = async () => {
      while (!stop) {
        expect((await a.gql(LIST_FIRMS, byId, manager)).errors).toBeUndefined();
        served++;
      }
    };
    const floods = Array.from({ length: 12 }, flood);
    try {
      for (let round = 1; round <= 15; round++) {
        const name = `湖州并发缓存${round}号物业服务有限公司`;
        await b.ds.query(`UPDATE firm SET name = $1 WHERE id = $2`, [name, created.id]);
        // committed before this request is sent: whatever read is in flight, this one must see it
        expect((await a.gql(LIST_FIRMS, byId, manager)).data.firms.items[0].name).toBe(name);
      }
    } finally {
      stop = true;
      await Promise.all(floods);
    }
    expect(served).toBeGreaterThan(15);
  });

  it('still asks for a valid token: a revoked one is refused, not served what it read before', async () => {
    const { createApiToken } = await a.as('admin', CREATE_API_TOKEN, { input: { name: '缓存与吊销', scopes: ['REGISTRY_READ'] } });
    expect((await a.gql(LIST_FIRMS, FIRST_FIRMS, createApiToken.token)).errors).toBeUndefined();
    await b.as('admin', REVOKE_API_TOKEN, { id: createApiToken.apiToken.id });
    expect(errorCode(await a.gql(LIST_FIRMS, FIRST_FIRMS, createApiToken.token))).toBe('UNAUTHENTICATED');
  });

  it('is refused to a caller the query is not for, even once cached', async () => {
    const { createApiToken } = await a.as('admin', CREATE_API_TOKEN, { input: { name: '只读选举', scopes: ['ELECTIONS_READ'] } });
    expect((await a.gql(LIST_FIRMS, FIRST_FIRMS, await a.tokenFor('manager'))).errors).toBeUndefined();
    expect((await a.gql(LIST_FIRMS, FIRST_FIRMS, createApiToken.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
  });

  it('is never a mutation: a mutation runs every time', async () => {
    const clerk = await a.tokenFor('clerk');
    const created = (await a.as('clerk', CREATE_FIRM, { input: firmInput() })).createFirm;
    const input = firmInput({ name: '湖州两次提交物业服务有限公司' });
    expect((await a.gql(UPDATE_FIRM, { id: created.id, version: 1, input }, clerk)).errors).toBeUndefined();
    expect((await a.gql(UPDATE_FIRM, { id: created.id, version: 1, input }, clerk)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('/metrics', () => {
  it('counts hits and misses, and the memory held', async () => {
    const scrape = async () => {
      const text = await (await fetch(`${a.baseUrl}/metrics`)).text();
      const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
      return { hit: value(/^wuye_response_cache_lookups_total\{outcome="hit"\} (\S+)$/m), miss: value(/^wuye_response_cache_lookups_total\{outcome="miss"\} (\S+)$/m), bytes: value(/^wuye_response_cache_bytes (\S+)$/m) };
    };
    const before = await scrape();
    const variables = { options: { take: 7, sort: { field: 'NAME' as never } } };
    await a.gql(LIST_FIRMS, variables, await a.tokenFor('manager'));
    await a.gql(LIST_FIRMS, variables, await a.tokenFor('manager'));
    const after = await scrape();
    expect(after.miss - before.miss).toBe(1);
    expect(after.hit - before.hit).toBe(1);
    expect(after.bytes).toBeGreaterThan(before.bytes);
  });
});

describe('persisted queries sent by their hash alone', () => {
  it('are each answered by their own text, never by another query held under an empty text', async () => {
    const token = await a.tokenFor('manager');
    const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
    const post = async (body: object) =>
      (await fetch(`${a.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) })).json();
    const firms = '{ firms(options: { take: 2 }) { items { id name } } }';
    const estates = '{ estates(options: { take: 2 }) { items { id name } } }';
    const persisted = (text: string, withText: boolean) => ({ ...(withText ? { query: text } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: sha(text) } } });
    for (const text of [firms, estates]) expect((await post(persisted(text, true))).errors).toBeUndefined();
    const firmsByHash = await post(persisted(firms, false));
    const estatesByHash = await post(persisted(estates, false));
    expect(Object.keys(firmsByHash.data)).toEqual(['firms']);
    expect(Object.keys(estatesByHash.data)).toEqual(['estates']);
    expect(estatesByHash.data).toEqual((await post({ query: estates })).data);
  });
});

describe('persisted queries are each caller’s own (attacker round 13)', () => {
  const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
  const persisted = (text: string, withText: boolean) => ({ ...(withText ? { query: text } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: sha(text) } } });
  const post = async (body: object, token: string | null) =>
    (await fetch(`${a.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) })).json();

  it('a hash one caller registered is unknown to every other, signed in or not: it never tells that someone asked that text', async () => {
    // a text with a person's name written in: Apollo's one store answered 401 or FORBIDDEN for it, PERSISTED_QUERY_NOT_FOUND for any other
    const text = '{ owners(options: { take: 1, filter: { name: "龚兰桂" } }) { totalItems } }';
    const manager = await a.tokenFor('manager');
    const registered = await post(persisted(text, true), manager);
    expect(registered.errors).toBeUndefined();
    expect(await post(persisted(text, false), manager)).toEqual(registered);
    for (const token of [null, await a.tokenFor('clerk'), await a.tokenFor('registrar')]) {
      const answer = await post(persisted(text, false), token);
      expect(answer.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(answer.data).toBeUndefined();
    }
  });

  it('a caller’s own are answered by their hash, signed in or not, and a text sent with a wrong hash is still refused', async () => {
    const text = '{ redBlackLists(options: { take: 1 }) { totalItems } }';
    const registered = await post(persisted(text, true), null);
    expect(registered.errors).toBeUndefined();
    expect(await post(persisted(text, false), null)).toEqual(registered);
    const wrong = await post({ query: text, extensions: { persistedQuery: { version: 1, sha256Hash: sha(`${text} `) } } }, null);
    expect(wrong.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('callers who see different answers never share one', () => {
  it('masked and unmasked phones, in either order', async () => {
    const { createApiToken } = await a.as('admin', CREATE_API_TOKEN, { input: { name: '看不到电话的对接', scopes: ['REGISTRY_READ'] } });
    const clerkFirst = await a.gql(LIST_FIRMS, FIRST_FIRMS, await a.tokenFor('clerk'));
    const integrator = await a.gql(LIST_FIRMS, FIRST_FIRMS, createApiToken.token);
    const integratorAgain = await a.gql(LIST_FIRMS, FIRST_FIRMS, createApiToken.token);
    const clerkAgain = await a.gql(LIST_FIRMS, FIRST_FIRMS, await a.tokenFor('clerk'));
    for (const firm of clerkFirst.data.firms.items) expect(firm.contactPhone).not.toContain('*');
    for (const firm of integrator.data.firms.items) expect(firm.contactPhone).toContain('*');
    expect(integratorAgain.data).toEqual(integrator.data);
    expect(integratorAgain.sqlStatements).toBe(1);
    expect(clerkAgain.data).toEqual(clerkFirst.data);
  });

  it("two officers' jurisdictions", async () => {
    // officer2's answer as server B computes it, before anything else is cached there
    const officer2OnB = await b.gql(COMMITTEES, {}, await b.tokenFor('officer2'));
    const officerOnA = await a.gql(COMMITTEES, {}, await a.tokenFor('officer'));
    expect(officerOnA.errors).toBeUndefined();
    expect(officer2OnB.errors).toBeUndefined();
    // the two officers do see different committees, so a shared entry would show
    expect(officerOnA.data).not.toEqual(officer2OnB.data);
    const officer2OnA = await a.gql(COMMITTEES, {}, await a.tokenFor('officer2'));
    expect(officer2OnA.data).toEqual(officer2OnB.data);
  });

  it("two registrars' available actions (maker-checker)", async () => {
    // availableActions depends on who submitted a filing: the answer is keyed by the user
    await a.createConfirmedUser({ username: 'registrar.two', displayName: '第二审核员', role: 'REGISTRAR', password: 'a-long-password' });
    const second = (await a.firstSignIn('registrar.two', 'a-long-password')).token;
    const created = (await a.as('registrar', CREATE_FIRM, { input: firmInput() })).createFirm;
    await a.as('registrar', SUBMIT_FIRM, { id: created.id, version: 1 });
    const query = `query A($ids: [ID!]) { firms(options: { filter: { ids: $ids } }) { items { id availableActions } } }`;
    const maker = await a.gql(query, { ids: [created.id] }, await a.tokenFor('registrar'));
    const checker = await a.gql(query, { ids: [created.id] }, second);
    expect(maker.data.firms.items[0].availableActions).not.toContain('APPROVE');
    expect(checker.data.firms.items[0].availableActions).toContain('APPROVE');
  });
});
