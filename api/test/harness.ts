import crypto from 'node:crypto';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { Config, loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { dropDatabase, ensureDatabase } from '../src/db/database';
import { DEMO_PASSWORD } from '../src/db/seed/seed';
import { AppServer, createServer } from '../src/graphql/server';
import { createLogger, Logger } from '../src/shared/logger';
import { TEST_ENV } from './test-env';

export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; [key: string]: any } }>;
  /** SQL statements the server ran for this request (its x-sql-statements header) */
  sqlStatements: number;
}

export interface TestApp {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** the database this server runs on (a copy of the seeded template, its own unless shared) */
  databaseUrl: string;
  ds: DataSource;
  config: Config;
  /** the server's log lines, for tests that check what is (not) logged */
  logLines: string[];
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResponse<T>>;
  /** a session token for a demo account (cached per app) */
  tokenFor(username: string): Promise<string>;
  /** runs `query` as `username`; throws with the errors when there are any */
  as<T = any>(username: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (npm test), whose global setup sets it`);
  return value;
}

/**
 * A server of its own for one test file, on its own copy of the seeded template database, over real HTTP.
 * `env` overrides configuration (e.g. a lower login-throttle limit). With `sameDatabaseAs`, a second server
 * (its own process state: DataSource, pool, loaders, caches) on the first one's database, as two API
 * processes behind a load balancer run on one PostgreSQL; the first one drops the database.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { sameDatabaseAs?: TestApp } = {}): Promise<TestApp> {
  const serverUrl = required(TEST_ENV.serverUrl);
  const template = required(TEST_ENV.template);
  const database = options.sameDatabaseAs ? null : `${template}_${crypto.randomBytes(4).toString('hex')}`;
  const databaseUrl = options.sameDatabaseAs?.databaseUrl ?? (await ensureDatabase(serverUrl, database!, template));
  // the tests count statements per request through the x-sql-statements header, off by default
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, API_ONLY: '1', EXPOSE_SQL_STATEMENTS: '1', ...env });
  const logLines: string[] = [];
  const logFile = process.env[TEST_ENV.logFile];
  const log: Logger = createLogger(config.logLevel, (line) => {
    logLines.push(line);
    if (logFile) fs.appendFileSync(logFile, line);
  });
  const ds = createDataSource(databaseUrl, log, { poolSize: 20 });
  await ds.initialize();
  let server: AppServer;
  try {
    server = await createServer({ config, ds, log });
  } catch (error) {
    await ds.destroy();
    throw error;
  }
  const port = await server.listen(0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const tokens = new Map<string, string>();

  const gql = async <T,>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResponse<T>> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: GqlResponse['errors'] };
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
    return result.data.login.token;
  };

  return {
    baseUrl,
    databaseUrl,
    ds,
    config,
    logLines,
    gql,
    tokenFor,
    async as<T = any>(username: string, query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await gql<T>(query, variables, await tokenFor(username));
      if (result.errors) throw new Error(`${username}: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async close() {
      await server.close();
      await ds.destroy();
      if (database) await dropDatabase(serverUrl, database);
    },
  };
}
