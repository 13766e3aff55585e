import { createClient } from 'graphql-sse';
import { startTestApp, TestApp } from './harness';
import { DEMO_PASSWORD } from '../src/seed/seed';
import type { Scope } from './generated/graphql';
import { CREATE_API_TOKEN, CREATE_FIRM, firmInput, REVOKE_API_TOKEN, SUBMIT_FIRM } from './operations';

/**
 * The live change feed (docs/architecture.md#change-feed): `subscription changeFeed` over Server-Sent Events
 * at /graphql/stream, followed with graphql-sse's own client. Three API processes share one database: a and b
 * poll their head only once a minute, so what reaches a subscriber of a within seconds came through
 * LISTEN/NOTIFY; c polls every 300 ms and re-checks its subscribers' tokens as often.
 */
const FEED = `subscription Feed($after: Int!, $types: [ChangeEntityType!]) {
  changeFeed(after: $after, types: $types) { position entityType entityId action version } }`;

interface Change {
  position: number;
  entityType: string;
  entityId: string;
  action: string;
  version: number | null;
}

let a: TestApp;
let b: TestApp;
let c: TestApp;
beforeAll(async () => {
  const slow = { CHANGE_FEED_POLL_MS: '60000', CHANGE_FEED_MAX_SUBSCRIPTIONS: '2' };
  a = await startTestApp(slow);
  b = await startTestApp(slow, { sameDatabaseAs: a });
  c = await startTestApp({ CHANGE_FEED_POLL_MS: '300', CHANGE_FEED_MAX_SUBSCRIPTIONS: '2' }, { sameDatabaseAs: a });
});
afterAll(async () => {
  await c?.close();
  await b?.close();
  await a?.close();
});

const head = async (): Promise<number> => Number((await a.ds.query(`SELECT last FROM change_feed_head`))[0].last);

/** A subscriber: what arrives is queued; `take(n)` waits (bounded) for the next n events. */
function subscribe(app: TestApp, token: string, after: number, types?: string[]) {
  const client = createClient({ url: `${app.baseUrl}/graphql/stream`, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const iterator = client.iterate<{ changeFeed: Change }>({ query: FEED, variables: { after, types } });
  const received: Change[] = [];
  const errors: Array<{ extensions?: { code?: string } }> = [];
  let ended = false;
  const pump = (async () => {
    for await (const result of iterator) {
      if (result.errors) errors.push(...(result.errors as never[]));
      else received.push(result.data!.changeFeed);
    }
  })().finally(() => (ended = true));
  const until = async (done: () => boolean, what: string, ms = 10_000) => {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(received)} errors ${JSON.stringify(errors)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  let taken = 0;
  return {
    received,
    errors,
    async take(n: number, ms?: number): Promise<Change[]> {
      await until(() => received.length >= taken + n, `${n} events`, ms);
      taken += n;
      return received.slice(taken - n, taken);
    },
    /** waits for the stream to end (the server closed it) */
    ended: () => until(() => ended, 'the end of the stream').then(() => pump.catch(() => undefined)),
    async close() {
      await iterator.return?.();
      await pump.catch(() => undefined);
      client.dispose();
    },
  };
}

/** A raw POST to the stream: for refusals, which answer before any event with the GraphQL error shape. */
async function open(app: TestApp, token: string | null, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${app.baseUrl}/graphql/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, statusText: response.statusText, body: JSON.parse(text) as { errors: Array<{ extensions: Record<string, unknown> }> } };
}

// a token's name is plain text: a random fraction's digits can read as an ID number (PERSONAL_DATA_IN_TEXT)
let tokensMade = 0;
async function integratorToken(scopes: Scope[]): Promise<{ id: string; token: string }> {
  const { createApiToken } = await a.as('admin', CREATE_API_TOKEN, { input: { name: `live ${scopes.join('+')} ${++tokensMade}`, scopes } });
  return { id: createApiToken.apiToken.id, token: createApiToken.token };
}

const createFirm = async (app: TestApp) => (await app.as('clerk', CREATE_FIRM, { input: firmInput() })).createFirm;
const electionProbe = (id: string) => a.ds.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id) VALUES ('系统', 'election.probe', 'Election', $1)`, [id]);

describe('following the feed live', () => {
  it('delivers the changes written through GraphQL in order, then resumes after a disconnect with no gap and no duplicate', async () => {
    const start = await head();
    const first = subscribe(a, await a.tokenFor('manager'), start, ['Firm']);
    const created = [await createFirm(a), await createFirm(a), await createFirm(a)];
    const events = await first.take(3);
    expect(events.map((e) => [e.position, e.entityId, e.action, e.version])).toEqual(created.map((f, i) => [start + 1 + i, f.id, 'firm.create', 1]));
    await first.close();

    // while nobody listens: a submission and two more firms
    const submitted = (await a.as('clerk', SUBMIT_FIRM, { id: created[0].id, version: 1 })).submitFirm;
    const later = [await createFirm(a), await createFirm(a)];
    const lastSeen = events[events.length - 1].position;
    const resumed = subscribe(a, await a.tokenFor('manager'), lastSeen, ['Firm']);
    const replayed = await resumed.take(3);
    expect(replayed.map((e) => [e.position, e.entityId, e.action, e.version])).toEqual([
      [lastSeen + 1, created[0].id, 'firm.submit', submitted.version],
      [lastSeen + 2, later[0].id, 'firm.create', 1],
      [lastSeen + 3, later[1].id, 'firm.create', 1],
    ]);
    // and live again after the replay
    const live = await createFirm(a);
    expect((await resumed.take(1)).map((e) => [e.position, e.entityId])).toEqual([[lastSeen + 4, live.id]]);
    expect(resumed.received.map((e) => e.position)).toEqual([lastSeen + 1, lastSeen + 2, lastSeen + 3, lastSeen + 4]);
    await resumed.close();
  });

  it('delivers a change written by another API process at once (NOTIFY, not the minute-long poll)', async () => {
    const subscriber = subscribe(a, await a.tokenFor('manager'), await head());
    const started = Date.now();
    const onB = await createFirm(b);
    // far sooner than the 60 s poll, with room for a loaded machine (a full run beside other work took 6.7 s)
    const [event] = await subscriber.take(1, 20_000);
    expect([event.entityId, event.action]).toEqual([onB.id, 'firm.create']);
    expect(Date.now() - started).toBeLessThan(20_000);
    await subscriber.close();
  });

});

describe('who receives what', () => {
  it('a token without the elections scope gets no election event, and one without the registry scope no firm', async () => {
    const registry = await integratorToken(['REGISTRY_READ']);
    const elections = await integratorToken(['ELECTIONS_READ']);
    const [{ id: electionId }] = await a.ds.query(`SELECT id::text FROM election ORDER BY id LIMIT 1`);
    const start = await head();
    const registryReader = subscribe(a, registry.token, start);
    const electionsReader = subscribe(b, elections.token, start);
    const firm = await createFirm(a);
    await electionProbe(electionId);
    const marker = await createFirm(b);
    await electionProbe(electionId);
    // each got the next event it may read right after the previous one: nothing else came in between
    expect((await registryReader.take(2)).map((e) => [e.entityType, e.entityId])).toEqual([['Firm', firm.id], ['Firm', marker.id]]);
    expect((await electionsReader.take(2)).map((e) => [e.entityType, e.position])).toEqual([['Election', start + 2], ['Election', start + 4]]);
    await registryReader.close();
    await electionsReader.close();
  });

  it('refuses, before the stream opens, types outside the scope, no token, queries, and a subscription sent to /graphql', async () => {
    const elections = await integratorToken(['ELECTIONS_READ']);
    const scope = await open(a, elections.token, FEED, { after: await head(), types: ['Firm'] });
    expect(scope.status).toBe(403);
    expect(scope.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
    const anonymous = await open(a, null, FEED, { after: 0 });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const query = await open(a, elections.token, '{ me { id } }', {});
    expect(query.status).toBe(400);
    expect([query.statusText, anonymous.statusText, scope.statusText]).toEqual(['Bad Request', 'Unauthorized', 'Forbidden']); // HTTP's own phrases; the code is in the body
    expect(query.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ rule: 'SUBSCRIPTION_ONLY' }] });
    const overHttp = await a.gql(FEED, { after: 0 }, elections.token);
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ rule: 'SUBSCRIPTION_OVER_SSE' }] });
    const pruned = await open(a, elections.token, FEED, { after: 0 });
    expect(pruned.status).toBe(400);
    expect(pruned.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after', rule: 'FEED_POSITION_PRUNED' }] });
  });
});

describe('limits and the end of a token', () => {
  it('holds at most CHANGE_FEED_MAX_SUBSCRIPTIONS streams per token across processes, and frees a slot when one closes', async () => {
    const { id, token } = await integratorToken(['REGISTRY_READ']);
    const after = await head();
    const one = subscribe(a, token, after);
    const two = subscribe(b, token, after);
    const firm = await createFirm(a);
    await one.take(1);
    await two.take(1);
    const third = await open(c, token, FEED, { after });
    expect(third.status).toBe(429);
    expect(third.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    const held = async () => Number((await a.ds.query(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::oid AND objsubid = 2`, [id]))[0].n);
    expect(await held()).toBe(2);
    await two.close();
    // the server frees the slot once it sees the stream gone (an advisory lock of the token's, held across processes)
    for (const deadline = Date.now() + 10_000; (await held()) > 1; ) {
      if (Date.now() > deadline) throw new Error('the closed stream still holds its slot');
      await new Promise((r) => setTimeout(r, 50));
    }
    const again = subscribe(c, token, after);
    expect((await again.take(1)).map((e) => e.entityId)).toEqual([firm.id]);
    await one.close();
    await again.close();
  });

  it('counts a person’s streams across all their sign-ins: a new session is no way around the limit (attacker round 6)', async () => {
    const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    const session = async () => (await a.gql<{ login: { token: string } }>(LOGIN, { u: 'registrar', p: DEMO_PASSWORD })).data.login.token;
    const [first, second] = [await session(), await session()];
    expect(first).not.toBe(second);
    const after = await head();
    const one = subscribe(a, first, after);
    const two = subscribe(b, second, after);
    const firm = await createFirm(a);
    await one.take(1);
    await two.take(1);
    const third = await open(c, await session(), FEED, { after });
    expect(third.status).toBe(429);
    expect(third.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((third.body.errors[0] as { message?: string }).message).toMatch(/^You already hold 2 live subscriptions/);
    // another person is not held back by them
    const other = subscribe(c, await c.tokenFor('manager'), after);
    expect((await other.take(1)).map((e) => e.entityId)).toEqual([firm.id]);
    await Promise.all([one.close(), two.close(), other.close()]);
  });

  it('ends the stream with UNAUTHENTICATED when the token is revoked, or when it expires', async () => {
    const { id, token } = await integratorToken(['REGISTRY_READ']);
    const revoked = subscribe(c, token, await head());
    await createFirm(a);
    await revoked.take(1);
    await a.as('admin', REVOKE_API_TOKEN, { id });
    await revoked.ended();
    expect(revoked.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    const session = await c.tokenFor('registrar');
    const expiring = subscribe(c, session, await head());
    await createFirm(a);
    await expiring.take(1);
    await a.ds.query(`UPDATE access_token SET expires_at = now() WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [session]);
    await expiring.ended();
    expect(expiring.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('a server that stops', () => {
  it('completes its streams (the client resumes elsewhere) instead of holding the shutdown', async () => {
    const d = await startTestApp({}, { sameDatabaseAs: a });
    const subscriber = subscribe(d, await d.tokenFor('manager'), await head());
    await createFirm(a);
    await subscriber.take(1);
    const started = Date.now();
    await d.close();
    await subscriber.ended();
    expect(subscriber.errors).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

// last: it cuts every process's listening connection (a and b get theirs back only at their next poll)
describe('a lost notification', () => {
  it('still delivers when the listening connection is lost: the poll covers it and the listener comes back', async () => {
    const subscriber = subscribe(c, await c.tokenFor('manager'), await head());
    await createFirm(a);
    await subscriber.take(1);
    await a.ds.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'wuye-api-feed' AND datname = current_database()`);
    const firm = await createFirm(a);
    expect((await subscriber.take(1)).map((e) => e.entityId)).toEqual([firm.id]);
    // c's poll has reconnected its listener by now (a and b reconnect at their next poll)
    const deadline = Date.now() + 5000;
    while ((await a.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'wuye-api-feed' AND datname = current_database()`))[0].n < 1) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await subscriber.close();
  });
});
