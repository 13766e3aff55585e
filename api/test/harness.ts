import crypto from 'node:crypto';
import fs from 'node:fs';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { DataSource, QueryRunner } from 'typeorm';
import { Config, loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { dropDatabase } from '../src/db/database';
import { credentialsOf, ensureRequestRole, openRequestDataSource, withCredentials } from '../src/db/request-role';
import { DEMO_PASSWORD } from '../src/seed/seed';
import { AppServer, createServer } from '../src/graphql/server';
import { createLogger, Logger } from '../src/shared/logger';
import { copyOfSeededTemplate } from './seeded-template';
import { requiredTestEnv, runRequestRole, TEST_ENV } from './test-env';

export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; [key: string]: any } }>;
  /** SQL statements the server ran for this request (its x-sql-statements header) */
  sqlStatements: number;
}

/**
 * A typed operation of operations.ts (a TypedDocumentString from `npm run codegen`, whose result R and
 * variables V are checked), or a query written out in the test.
 */
export type Query<R, V> = (String & DocumentTypeDecoration<R, V>) | string;

/** An operation's text without its types: for tables that send several operations, or deliberately wrong variables. */
export const untyped = (query: Query<unknown, never>): string => String(query);

/** A phone as a role that may not see it reads it (docs/domain-rules.md#personal-data): 138****5678 or 0572-****678. */
export const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$|^0\d{2,3}-\*{4}\d{3,4}$/;

export interface TestApp {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** the database this server runs on (a copy of the seeded template, its own unless shared), as its owner */
  databaseUrl: string;
  /** the same database as the run's request role, which the server logs in as (docs/architecture.md#two-database-roles) */
  appDatabaseUrl: string;
  /** the owner's handle, for tests that set up or inspect data directly (around the grants, not the triggers) */
  ds: DataSource;
  /** the server's own pool, logged in as the request role: what a request can do, it can */
  serverDs: DataSource;
  /** what every start does after the migrations: the request role's grants again, for a test that runs a migration under a running server */
  regrant(): Promise<void>;
  config: Config;
  /** the server's log lines, for tests that check what is (not) logged */
  logLines: string[];
  gql<R = any, V = Record<string, unknown>>(query: Query<R, V>, variables?: V, token?: string | null): Promise<GqlResponse<R>>;
  /** a session token for a demo account (cached per app) */
  tokenFor(username: string): Promise<string>;
  /**
   * The first sign-in of a person an admin made or reset: with the one-time password, then their own (docs/roles-and-workflows.md#own-password),
   * as everyone such must before anything else. The session stays; `password` is the person's own from now on
   * (`${adminPassword}.own`). For an account made by createConfirmedUser, `adminPassword` is the `password` it was
   * given, which stands for the halves the two admins were shown (the server generates them, round 11 F1).
   */
  firstSignIn(username: string, adminPassword: string): Promise<{ token: string; password: string }>;
  /** the one-time password of an account createConfirmedUser made: the proposer's half, then the confirmer's */
  oneTimePassword(username: string): string;
  /**
   * What one admin proposed for an account (a password, a role, subdistricts, a reactivation), confirmed by the second admin
   * (docs/roles-and-workflows.md#account-dual-control); the account as it then stands.
   */
  confirmAccountChange(userId: string, by?: string): Promise<ConfirmedUser>;
  /**
   * `createUser` as `admin`, confirmed by `admin2`: an account that can sign in once with the two halves they were shown
   * (oneTimePassword, or firstSignIn with `input.password`, which is not sent: the server makes the password), then its own
   */
  createConfirmedUser(input: Record<string, unknown>): Promise<ConfirmedUser>;
  /** runs `query` as `username`; throws with the errors when there are any */
  as<R = any, V = Record<string, unknown>>(username: string, query: Query<R, V>, variables?: V): Promise<R>;
  close(): Promise<void>;
}

/** An account after a second admin confirmed what was proposed for it. */
export interface ConfirmedUser {
  id: string;
  version: number;
  username: string;
  role: string;
  active: boolean;
  /** the one-time password's second half, when the change set one: shown to the confirming admin only */
  passwordHalf?: string | null;
}

const PENDING_CHANGE = `query Pending($id: ID!) { user(id: $id) { pendingChange { id version } } }`;
const CONFIRM_CHANGE = `mutation Confirm($id: ID!, $version: Int!) { confirmAccountChange(id: $id, version: $version) { passwordHalf user { id version username role active } } }`;

/**
 * Runs `work` on one connection of `ds` in a transaction that is always rolled back: what a role may do to the
 * database, tried without keeping it (the owner's `app.ds` or the request role's `app.serverDs`).
 */
export async function rolledBack<T>(ds: DataSource, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    return await work(runner);
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}

/** What PostgreSQL answered a refused statement: its SQLSTATE, the constraint it names, its message. */
export interface DbRefusal {
  code?: string;
  constraint?: string;
  message: string;
}

/**
 * Runs the statements as the request role (`app.serverDs`, as every request does) in one transaction, rolled back:
 * the first refusal, or null when all went through. What PostgreSQL holds whoever writes SQL.
 */
export function asRequestRole(app: Pick<TestApp, 'serverDs'>, ...statements: Array<[sql: string, params?: unknown[]]>): Promise<DbRefusal | null> {
  return rolledBack(app.serverDs, async (runner) => {
    try {
      for (const [sql, params] of statements) await runner.query(sql, params ?? []);
      return null;
    } catch (error) {
      const pg = ((error as { driverError?: DbRefusal }).driverError ?? error) as DbRefusal;
      return { code: pg.code, constraint: pg.constraint, message: pg.message };
    }
  });
}

/** What refused a raw statement (its constraint, else its message), or 'accepted': one word for a table of bypasses. */
export function refusedBy(refusal: DbRefusal | null): string {
  return refusal?.constraint ?? refusal?.message ?? 'accepted';
}

/** A record of `table` (with estate_id, or reached through `join`) in the subdistricts of `username`. */
export async function idInJurisdictionOf(app: Pick<TestApp, 'ds'>, username: string, table: string, where = 'true', estateOf = 't.estate_id', join = ''): Promise<string> {
  const [row] = await app.ds.query(
    `SELECT t.id FROM ${table} t ${join} JOIN estate e ON e.id = ${estateOf} JOIN community c ON c.id = e.community_id
       JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id
      WHERE u.username = $1 AND ${where} ORDER BY t.id LIMIT 1`,
    [username],
  );
  if (!row) throw new Error(`the demo has no ${table} in ${username}'s subdistricts`);
  return String(row.id);
}

/** A response's outcome in one comparable word: 'OK', or the code with the refusal's reason or first field rule ('FORBIDDEN/ROLE', 'BAD_USER_INPUT/RANGE'). */
export function outcomeOf(r: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> }): string {
  const e = r.errors?.[0]?.extensions;
  return e ? [e.code, e.reason ?? e.fieldErrors?.[0]?.rule].filter(Boolean).join('/') : 'OK';
}

/** code/rule of a refusal, OK when none: a move's rule rides in the extensions, an edit's in its field errors (all of them) */
export function ruleOutcomeOf(r: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> }): string {
  const e = r.errors?.[0]?.extensions;
  if (!e) return 'OK';
  const rule = e.rule ?? e.fieldErrors?.map((f: { rule: string }) => f.rule).join(',');
  return rule ? `${e.code}/${rule}` : String(e.code);
}

/** Polls `probe` until it gives something, or fails naming `what` (and `context()`, e.g. a server's output) after `ms`. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | false | null | undefined> | T | false | null | undefined,
  { ms = 20_000, every = 50, context = () => '' }: { ms?: number; every?: number; context?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${context()}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** This test process's webhook secrets key, the same for every server it starts (as on every host of a deployment). */
export const TEST_SECRETS_KEY = crypto.randomBytes(32).toString('base64');

/** `databaseUrl` (a database of this run, as its owner) logged in as the run's request role instead. */
/**
 * Resolves once `n` requests of the app's database wait on a lock (a row, a table, an advisory key), or once
 * `settled()` says the request under test has answered without waiting: how a race test knows its interleaving.
 */
export async function untilWaitingOnLocks(app: Pick<TestApp, 'ds'>, n: number, what: string, settled: () => boolean = () => false): Promise<void> {
  const waiting = async (): Promise<number> =>
    (await app.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n;
  for (let waited = 0; ; waited += 25) {
    if ((await waiting()) >= n || settled()) return;
    if (waited > 20_000) throw new Error(`${what} never waited`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function appUrlFor(databaseUrl: string): string {
  const role = runRequestRole();
  return withCredentials(databaseUrl, role.name, role.password);
}

/**
 * A server of its own for one test file, on its own copy of the template seeded for today (seeded-template.ts),
 * over real HTTP.
 * `env` overrides configuration (e.g. a lower login-throttle limit). With `sameDatabaseAs`, a second server
 * (its own process state: DataSource, pool, loaders, caches) on the first one's database, as two API
 * processes behind a load balancer run on one PostgreSQL; the first one drops the database. As `npm start`
 * does, it (re)applies the request role's grants through the owner and serves as that role (DATABASE_APP_URL in
 * `env` names another one).
 */

export async function startTestApp(env: Record<string, string> = {}, options: { sameDatabaseAs?: TestApp } = {}): Promise<TestApp> {
  const serverUrl = requiredTestEnv(TEST_ENV.serverUrl);
  const copy = options.sameDatabaseAs ? null : await copyOfSeededTemplate();
  const database = copy?.database;
  const databaseUrl = copy?.databaseUrl ?? options.sameDatabaseAs!.databaseUrl;
  // the tests count statements per request through the x-sql-statements header, off by default
  const config = loadConfig({
    NODE_ENV: 'production', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, DATABASE_APP_URL: appUrlFor(databaseUrl), API_ONLY: '1', EXPOSE_SQL_STATEMENTS: '1', WEBHOOK_SECRETS_KEY: TEST_SECRETS_KEY, ...env,
  });
  const appDatabaseUrl = config.databaseAppUrl!;
  const logLines: string[] = [];
  const logFile = process.env[TEST_ENV.logFile];
  const log: Logger = createLogger(config.logLevel, (line) => {
    logLines.push(line);
    if (logFile) fs.appendFileSync(logFile, line);
  });
  const ds = createDataSource(databaseUrl, log, { poolSize: 10, applicationName: 'wuye-test-owner', preparedStatements: config.preparedStatements });
  await ds.initialize();
  let serverDs: DataSource | null = null;
  let server: AppServer;
  try {
    serverDs = await openRequestDataSource(ds, appDatabaseUrl, log, { poolSize: 20, preparedStatements: config.preparedStatements });
    server = await createServer({ config, ds: serverDs, log });
  } catch (error) {
    await serverDs?.destroy();
    await ds.destroy();
    if (database) await dropDatabase(serverUrl, database);
    throw error;
  }
  const port = await server.listen(0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const tokens = new Map<string, string>();

  const gql = async <R = any, V = Record<string, unknown>>(query: Query<R, V>, variables?: V, token?: string | null): Promise<GqlResponse<R>> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: String(query), variables }),
    });
    const body = (await response.json()) as { data: R; errors?: GqlResponse['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, sqlStatements: Number(response.headers.get('x-sql-statements') ?? NaN) };
  };

  const tokenFor = async (username: string): Promise<string> => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const result = await gql<{ login: { token: string } }>(
      `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: username, p: DEMO_PASSWORD },
    );
    if (result.errors) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
    tokens.set(username, result.data.login.token);
    // one request checks the token, so a test's own requests count only their statements and the version read
    await gql('{ __typename }', {}, result.data.login.token);
    return result.data.login.token;
  };

  const confirmPending = async (userId: string, by: string): Promise<ConfirmedUser> => {
    const token = await tokenFor(by);
    const pending = await gql(PENDING_CHANGE, { id: userId }, token);
    if (pending.errors || !pending.data.user.pendingChange) throw new Error(`no change of user ${userId} waits for ${by}: ${JSON.stringify(pending.errors ?? pending.data)}`);
    const confirmed = await gql(CONFIRM_CHANGE, pending.data.user.pendingChange, token);
    if (confirmed.errors) throw new Error(`${by}: ${JSON.stringify(confirmed.errors)}`);
    return { ...confirmed.data.confirmAccountChange.user, passwordHalf: confirmed.data.confirmAccountChange.passwordHalf };
  };

  // the one-time passwords of the accounts createConfirmedUser made, by username: the password the test gave and the halves' whole
  const oneTime = new Map<string, { given: unknown; whole: string }>();

  return {
    baseUrl,
    databaseUrl,
    appDatabaseUrl,
    ds,
    serverDs,
    regrant: async () => void (await ensureRequestRole(ds, credentialsOf(appDatabaseUrl).user, credentialsOf(appDatabaseUrl).password)),
    config,
    logLines,
    gql,
    tokenFor,
    async firstSignIn(username: string, adminPassword: string) {
      const made = oneTime.get(username);
      const oneTimePassword = made && made.given === adminPassword ? made.whole : adminPassword;
      const login = await gql<{ login: { token: string; mustChangePassword: boolean } }>(
        `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token mustChangePassword } }`,
        { u: username, p: oneTimePassword },
      );
      if (login.errors) throw new Error(`login as ${username} failed: ${JSON.stringify(login.errors)}`);
      const { token } = login.data.login;
      const password = `${adminPassword}.own`;
      const changed = await gql(`mutation Own($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`, { c: oneTimePassword, n: password }, token);
      if (changed.errors) throw new Error(`${username} could not choose their own password: ${JSON.stringify(changed.errors)}`);
      return { token, password };
    },
    async as<R = any, V = Record<string, unknown>>(username: string, query: Query<R, V>, variables?: V): Promise<R> {
      const result = await gql(query, variables, await tokenFor(username));
      if (result.errors) throw new Error(`${username}: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async confirmAccountChange(userId: string, by = 'admin2') {
      return confirmPending(userId, by);
    },
    oneTimePassword(username: string) {
      const made = oneTime.get(username);
      if (!made) throw new Error(`${username} was not made by createConfirmedUser`);
      return made.whole;
    },
    async createConfirmedUser({ password: given, ...input }: Record<string, unknown>) {
      const created = await gql(`mutation CreateUser($input: UserInput!) { createUser(input: $input) { id pendingChange { passwordHalf } } }`, { input }, await tokenFor('admin'));
      if (created.errors) throw new Error(`admin: ${JSON.stringify(created.errors)}`);
      const confirmed = await confirmPending(created.data.createUser.id, 'admin2');
      oneTime.set(confirmed.username, { given, whole: `${created.data.createUser.pendingChange.passwordHalf}${confirmed.passwordHalf}` });
      return confirmed;
    },
    async close() {
      await server.close();
      await serverDs!.destroy();
      await ds.destroy();
      if (database) await dropDatabase(serverUrl, database);
    },
  };
}
