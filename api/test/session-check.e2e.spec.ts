import { GqlResponse, startTestApp, TestApp } from './harness';
import { CREATE_FIRM, firmInput, GET_FIRM, LIST_FIRMS, ME, UPDATE_USER } from './operations';

/**
 * A session held in memory is answered before it is checked, and checked by the first read's own statement
 * (request/session-check.ts, docs/architecture.md#response-cache): a compiled list carries the version read, and
 * nothing is answered or written until the session is confirmed. Whatever moved the versions — a revocation, a
 * deactivated account, a changed role, or only someone else's sign-in — the next request sees it.
 */
let app: TestApp;
let cached: TestApp;
beforeAll(async () => {
  app = await startTestApp({ RESPONSE_CACHE: 'off' });
  cached = await startTestApp({ RESPONSE_CACHE: 'on' }, { sameDatabaseAs: app });
});
afterAll(async () => {
  await cached?.close();
  await app?.close();
});

const errorCode = (r: GqlResponse) => r.errors?.[0].extensions.code;
const PAGE = { options: { take: 5, sort: { field: 'ID' as never } } };
let serial = 0;

/** A clerk of this test's own, signed in, whose session each server has checked once. */
interface Clerk {
  id: string;
  version: number;
  username: string;
  token: string;
  firmId: string;
}

async function heldClerk(): Promise<Clerk> {
  const username = `session.check.${++serial}`;
  const createUser = await app.createConfirmedUser({ username, displayName: `会话检查${serial}`, role: 'CLERK', password: 'a-long-password' });
  const { token } = await app.firstSignIn(username, 'a-long-password');
  let firmId = '';
  for (const server of [app, cached]) {
    const read = await server.gql(LIST_FIRMS, PAGE, token);
    expect(read.errors).toBeUndefined();
    firmId = read.data.firms.items[0].id;
  }
  // choosing their own password moved the account's version
  return { id: createUser.id, version: createUser.version + 1, username, token, firmId };
}

const revoke = (token: string) => app.ds.query(`UPDATE access_token SET revoked_at = now() WHERE token_hash = sha256($1::bytea)`, [Buffer.from(token)]);

describe('a compiled list read by a session held in memory', () => {
  it('is one statement: the page carries the check', async () => {
    const { token } = await heldClerk();
    const read = await app.gql(LIST_FIRMS, PAGE, token);
    expect(read.errors).toBeUndefined();
    expect(read.data.firms.items).toHaveLength(5);
    expect(read.sqlStatements).toBe(1);
  });

  it('after a write to another account (the versions moved, the session did not) is answered, the token looked up once more', async () => {
    const { token } = await heldClerk();
    const before = await app.gql(LIST_FIRMS, PAGE, token);
    await app.ds.query(`UPDATE app_user SET display_name = display_name WHERE username = 'registrar'`);
    const after = await app.gql(LIST_FIRMS, PAGE, token);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    // the page with the versions, then the token's lookup; the versions are not read a second time
    expect(after.sqlStatements).toBe(2);
    // held again under the new versions
    expect((await app.gql(LIST_FIRMS, PAGE, token)).sqlStatements).toBe(1);
  });
});

const READS: Array<[string, (clerk: Clerk, server: TestApp) => Promise<GqlResponse>]> = [
  ['a compiled list', (clerk, server) => server.gql(LIST_FIRMS, PAGE, clerk.token)],
  ['one firm (a compiled read too)', (clerk, server) => server.gql(GET_FIRM, { id: clerk.firmId }, clerk.token)],
  // not executed by a plan: its session is checked before Apollo parses it, as every text never planned before
  ['me', (clerk, server) => server.gql(ME, {}, clerk.token)],
];
const CHANGES: Array<[string, (clerk: Clerk) => Promise<unknown>]> = [
  ['revoked in SQL', (clerk) => revoke(clerk.token)],
  ['its account deactivated', (clerk) => app.as('admin', UPDATE_USER, { id: clerk.id, version: clerk.version, input: { displayName: `停用 ${clerk.id}`, role: 'CLERK', active: false } })],
];
// a role is proposed by one admin and in force once another confirms it (roles-and-workflows.md#account-dual-control)
const toManager = async (clerk: Clerk) => {
  await app.as('admin', UPDATE_USER, { id: clerk.id, version: clerk.version, input: { displayName: `换岗 ${clerk.id}`, role: 'MANAGER', active: true } });
  await app.confirmAccountChange(clerk.id);
};

describe('a held session that changed behind the server is refused with 401, and nothing read for it is sent', () => {
  const table = CHANGES.flatMap(([change, make]) => READS.flatMap(([read, send]) => [0, 1].map((server) => [change, read, server === 0 ? 'RESPONSE_CACHE=off' : 'RESPONSE_CACHE=on', make, send, server] as const)));

  it.each(table)('%s: %s (%s)', async (_change, _read, _cache, make, send, server) => {
    const on = server === 0 ? app : cached;
    const clerk = await heldClerk();
    // held by both: the session, and on the cached server this very answer
    expect((await send(clerk, on)).errors).toBeUndefined();
    await make(clerk);
    const refused = await send(clerk, on);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.data ?? null).toBeNull();
  });

  it.each(CHANGES)('%s: a compiled read whose variables do not fit their types gets the 401 first', async (_change, make) => {
    const clerk = await heldClerk();
    const tooMany = { options: { take: 'all of them' as never } };
    expect(errorCode(await app.gql(LIST_FIRMS, tooMany, clerk.token))).toBe('BAD_USER_INPUT');
    await make(clerk);
    const refused = await app.gql(LIST_FIRMS, tooMany, clerk.token);
    expect([refused.status, errorCode(refused)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it.each(CHANGES)('%s: a mutation is refused before it runs, and writes nothing', async (_change, make) => {
    const clerk = await heldClerk();
    await make(clerk);
    const name = `湖州会话已变物业服务有限公司${clerk.id}`;
    const refused = await app.gql(CREATE_FIRM, { input: firmInput({ name }) }, clerk.token);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(await app.ds.query(`SELECT id FROM firm WHERE name = $1`, [name])).toEqual([]);
  });
});

describe('a held session whose role changed', () => {
  it.each([0, 1])('a compiled read, computed for the old role, is refused once (server %i); then the token reads as the new role', async (server) => {
    const on = server === 0 ? app : cached;
    const clerk = await heldClerk();
    expect((await on.gql(LIST_FIRMS, PAGE, clerk.token)).errors).toBeUndefined();
    await toManager(clerk);
    const refused = await on.gql(LIST_FIRMS, PAGE, clerk.token);
    expect([refused.status, errorCode(refused), refused.data ?? null]).toEqual([401, 'UNAUTHENTICATED', null]);
    expect((await on.gql(LIST_FIRMS, PAGE, clerk.token)).errors).toBeUndefined();
    expect((await on.gql(ME, {}, clerk.token)).data.me.role).toBe('MANAGER');
  });

  it('anything else runs as the new role: a manager may not file a firm, and nothing is written', async () => {
    const clerk = await heldClerk();
    await toManager(clerk);
    const name = `湖州换岗后物业服务有限公司${clerk.id}`;
    const refused = await app.gql(CREATE_FIRM, { input: firmInput({ name }) }, clerk.token);
    expect([refused.status, errorCode(refused)]).toEqual([403, 'FORBIDDEN']);
    expect(await app.ds.query(`SELECT id FROM firm WHERE name = $1`, [name])).toEqual([]);
  });
});
