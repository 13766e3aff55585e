import crypto from 'node:crypto';
import { loadConfig } from '../src/config';
import { ensureBootstrapAdmin } from '../src/accounts/auth.service';
import { MASKED_PHONE, startTestApp, TestApp } from './harness';
import { CREATE_API_TOKEN, CREATE_FIRM, CREATE_USER, firmInput, LIST_FIRMS, LOGIN, LOGOUT, ME, REVOKE_API_TOKEN, UPDATE_USER } from './operations';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
});
afterAll(() => app?.close());

describe('signing in', () => {
  it('returns a session token and the user, and the token works', async () => {
    const result = await app.gql(LOGIN, { username: 'Clerk', password: 'wuye-demo' });
    expect(result.data.login.user).toMatchObject({ username: 'clerk', role: 'CLERK' });
    expect(result.data.login.token).toMatch(/^wys_/);
    const expiresIn = Date.parse(result.data.login.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(7.9 * 3600_000);
    expect(expiresIn).toBeLessThanOrEqual(8 * 3600_000);
    const me = await app.gql(ME, {}, result.data.login.token);
    expect(me.data.me).toMatchObject({ username: 'clerk', displayName: '备案员 张敏' });
  });

  it('keeps passwords as Argon2id hashes and tokens as SHA-256 digests only', async () => {
    const [user] = await app.ds.query(`SELECT password_hash FROM app_user WHERE username = 'clerk'`);
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const { data } = await app.gql(LOGIN, { username: 'clerk', password: 'wuye-demo' });
    const stored = await app.ds.query(`SELECT 1 FROM access_token WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [data.login.token]);
    expect(stored).toHaveLength(1);
    const [{ lengths }] = await app.ds.query(`SELECT array_agg(DISTINCT octet_length(token_hash)) AS lengths FROM access_token`);
    expect(lengths).toEqual([32]);
  });

  it('a wrong password and an unknown user get the same answer', async () => {
    const wrong = await app.gql(LOGIN, { username: 'manager', password: 'nope-nope' });
    const unknown = await app.gql(LOGIN, { username: 'nobody-here', password: 'nope-nope' });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('throttles repeated failures: after 3 even the right password waits, and it is audited', async () => {
    await app.createConfirmedUser({ username: 'target', displayName: '被猜测的用户', role: 'OFFICER', password: 'the-right-password' });
    for (let i = 0; i < 3; i++) {
      const r = await app.gql(LOGIN, { username: 'target', password: `guess-${i}` });
      expect(r.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const locked = await app.gql(LOGIN, { username: 'target', password: app.oneTimePassword('target') });
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(locked.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(800);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'session.login_failed' AND entity_id = (SELECT id::text FROM app_user WHERE username = 'target')`);
    expect(n).toBe(3);
    // other accounts are not locked out by it
    expect((await app.gql(LOGIN, { username: 'registrar', password: 'wuye-demo' })).errors).toBeUndefined();
  });

  it('sign-ins refused only because others are being checked at that moment say so, with a wait of seconds, not a lock (race13)', async () => {
    await app.createConfirmedUser({ username: 'busy', displayName: '同时登录的用户', role: 'CLERK', password: 'the-right-password' });
    const key = `user:${crypto.createHash('sha256').update('busy').digest('base64url')}`;
    // as many sign-ins of this account in flight as its limit allows (a script retrying at once), none failed
    await app.ds.query(`INSERT INTO login_throttle (key, failures, in_flight, window_started_at) VALUES ($1, 0, 3, now())`, [key]);
    const busy = await app.gql(LOGIN, { username: 'busy', password: app.oneTimePassword('busy') });
    expect(busy.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', reason: 'SIGN_INS_AT_ONCE', retryAfterSeconds: 5 } });
    expect(busy.errors?.[0].message).not.toMatch(/failed/);
    await app.ds.query(`UPDATE login_throttle SET in_flight = 0 WHERE key = $1`, [key]);
    expect((await app.gql(LOGIN, { username: 'busy', password: app.oneTimePassword('busy') })).errors).toBeUndefined();
  });

  it('an expired token is refused with UNAUTHENTICATED', async () => {
    const { data } = await app.gql(LOGIN, { username: 'manager', password: 'wuye-demo' });
    await app.ds.query(`UPDATE access_token SET expires_at = now() - interval '1 second' WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [data.login.token]);
    const result = await app.gql(ME, {}, data.login.token);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]).toMatchObject({ message: 'The token has expired; sign in again', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('logout ends the session at once', async () => {
    const { data } = await app.gql(LOGIN, { username: 'manager', password: 'wuye-demo' });
    expect((await app.gql(LOGOUT, {}, data.login.token)).data.logout).toBe(true);
    expect((await app.gql(ME, {}, data.login.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const [event] = await app.ds.query(`SELECT actor_name FROM audit_event WHERE action = 'session.logout' ORDER BY id DESC LIMIT 1`);
    expect(event.actor_name).toBe('主管 陈建国');
  });

  it('a malformed Authorization header is UNAUTHENTICATED, not a crash', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('integrator API tokens', () => {
  it('are created by an admin, shown once, read by scope, and never see phones', async () => {
    const { createApiToken } = await app.as('admin', CREATE_API_TOKEN, { input: { name: '市物业监管平台', scopes: ['REGISTRY_READ'] } });
    expect(createApiToken.token).toMatch(/^wya_/);
    const token = createApiToken.token;
    const read = await app.gql(LIST_FIRMS, { options: { take: 5 } }, token);
    expect(read.errors).toBeUndefined();
    expect(read.data.firms.items).toHaveLength(5);
    for (const firm of read.data.firms.items) expect(firm.contactPhone).toMatch(MASKED_PHONE);

    const write = await app.gql(CREATE_FIRM, { input: firmInput() }, token);
    expect(write.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });

    await app.as('admin', REVOKE_API_TOKEN, { id: createApiToken.apiToken.id });
    // an integrator cannot sign in: the refusal says who renews a token
    expect((await app.gql(LIST_FIRMS, { options: { take: 1 } }, token)).errors?.[0]).toMatchObject({
      message: 'The token has been revoked; ask an administrator for a new API token',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('without the registry scope a token cannot read the registry', async () => {
    const { createApiToken } = await app.as('admin', CREATE_API_TOKEN, { input: { name: '选举数据对接', scopes: ['ELECTIONS_READ'] } });
    const result = await app.gql(LIST_FIRMS, {}, createApiToken.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SCOPE' });
  });

  it('only admins create them', async () => {
    const result = await app.gql(CREATE_API_TOKEN, { input: { name: 'x-system', scopes: ['REGISTRY_READ'] } }, await app.tokenFor('manager'));
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('people see the phones their work needs', async () => {
    const { firms } = await app.as('clerk', LIST_FIRMS, { options: { take: 3 } });
    for (const firm of firms.items) expect(firm.contactPhone).not.toContain('*');
    const { firms: asOfficer } = await app.as('officer', LIST_FIRMS, { options: { take: 3 } });
    for (const firm of asOfficer.items) expect(firm.contactPhone).toMatch(MASKED_PHONE);
  });
});

describe('users', () => {
  it('an admin creates a user who can sign in; disabling them ends their sessions', async () => {
    // made by one admin, confirmed by another (roles-and-workflows.md#account-dual-control)
    const createUser = await app.createConfirmedUser({ username: 'clerk.wu', displayName: '备案员 吴', role: 'CLERK', password: 'a-long-password' });
    const login = await app.gql(LOGIN, { username: 'clerk.wu', password: app.oneTimePassword('clerk.wu') });
    expect(login.errors).toBeUndefined();
    await app.as('admin', UPDATE_USER, { id: createUser.id, version: createUser.version, input: { displayName: '备案员 吴', role: 'CLERK', active: false } });
    expect((await app.gql(ME, {}, login.data.login.token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(LOGIN, { username: 'clerk.wu', password: app.oneTimePassword('clerk.wu') })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{ username: 'X!', displayName: 'x', role: 'CLERK' }, 'username'],
    [{ username: 'robot', displayName: 'x', role: 'INTEGRATOR' }, 'role'],
    [{ username: 'clerk', displayName: 'x', role: 'CLERK' }, 'username'],
  ] as const)('refuses %j on %s', async (input, field) => {
    const result = await app.gql(CREATE_USER, { input }, await app.tokenFor('admin'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
  });
});

describe('the first administrator outside demo mode', () => {
  it('comes from ADMIN_USERNAME / ADMIN_PASSWORD once, and never as a default password', async () => {
    await app.ds.query(`UPDATE app_user SET active = false WHERE role = 'admin'`);
    const without = loadConfig({ DATABASE_URL: 'postgres://x/y' });
    expect(without.demoMode).toBe(false);
    expect(await ensureBootstrapAdmin(app.ds, without)).toBe('missing');
    const withAdmin = loadConfig({ DATABASE_URL: 'postgres://x/y', ADMIN_USERNAME: 'root.admin', ADMIN_PASSWORD: 'correct-horse-battery' });
    expect(await ensureBootstrapAdmin(app.ds, withAdmin)).toBe('created');
    expect(await ensureBootstrapAdmin(app.ds, withAdmin)).toBe('exists');
    const login = await app.gql(LOGIN, { username: 'root.admin', password: 'correct-horse-battery' });
    expect(login.data.login.user.role).toBe('ADMIN');
    await app.ds.query(`UPDATE app_user SET active = true WHERE username = 'admin'`);
  });

  it('a second admin comes from SECOND_ADMIN_USERNAME / SECOND_ADMIN_PASSWORD while fewer than two are active: the first one’s account changes wait for them', async () => {
    await app.ds.query(`UPDATE app_user SET active = false WHERE role = 'admin'`);
    const env = { DATABASE_URL: 'postgres://x/y', ADMIN_USERNAME: 'first.admin', ADMIN_PASSWORD: 'first-admin-password', SECOND_ADMIN_USERNAME: 'second.admin', SECOND_ADMIN_PASSWORD: 'second-admin-password' };
    expect(await ensureBootstrapAdmin(app.ds, loadConfig(env))).toBe('created');
    const admins = async () => (await app.ds.query(`SELECT username FROM app_user WHERE role = 'admin' AND active ORDER BY username`)).map((r: { username: string }) => r.username);
    expect(await admins()).toEqual(['first.admin', 'second.admin']);
    expect(await ensureBootstrapAdmin(app.ds, loadConfig(env))).toBe('exists');
    // the first proposes an account, the second confirms it: a fresh deployment can make its users
    const first = (await app.gql(LOGIN, { username: 'first.admin', password: 'first-admin-password' })).data.login.token;
    const second = (await app.gql(LOGIN, { username: 'second.admin', password: 'second-admin-password' })).data.login.token;
    const proposed = await app.gql(`mutation($input: UserInput!) { createUser(input: $input) { id pendingChange { id version } } }`, { input: { username: 'first.clerk', displayName: '首位备案员', role: 'CLERK', reason: '部署后的第一个备案员' } }, first);
    expect(proposed.errors).toBeUndefined();
    const confirmed = await app.gql(`mutation($id: ID!, $version: Int!) { confirmAccountChange(id: $id, version: $version) { status } }`, proposed.data.createUser.pendingChange, second);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmAccountChange.status).toBe('CONFIRMED');
    // the same name twice is a misconfiguration, said at start-up
    expect(() => loadConfig({ ...env, SECOND_ADMIN_USERNAME: 'First.Admin' })).toThrow(/SECOND_ADMIN_USERNAME must name another account/);
    await app.ds.query(`UPDATE app_user SET active = false WHERE username IN ('first.admin', 'second.admin')`);
    await app.ds.query(`UPDATE app_user SET active = true WHERE username IN ('admin', 'admin2')`);
  });
});
