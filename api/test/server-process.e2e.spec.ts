import { ChildProcess, execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { REPO_ROOT } from '../src/config';
import { dropDatabase } from '../src/db/database';
import { DEMO_PASSWORD } from '../src/seed/seed';
import { copyOfSeededTemplate } from './seeded-template';
import { TEST_ENV } from './test-env';
import { appUrlFor, until as poll } from './harness';

/**
 * The compiled server as `npm start` runs it, as its own process. With WORKERS=2 it forks two API processes
 * sharing one port on one database: both serve, a session made through one is good on the other, a worker
 * that dies is replaced, and SIGTERM stops them all. On the embedded PostgreSQL, SIGTERM stops it too.
 */
const BUILD_DIR = path.join(REPO_ROOT, 'test-artifacts', 'workers-build');
const MAIN_JS = path.join(BUILD_DIR, 'api', 'src', 'main.js');

/** A server started here, waited for with its output in the failure. */
const until = <T>(what: string, probe: () => T | undefined | null | false, ms = 30_000): Promise<T> =>
  poll(what, probe, { ms, every: 100, context: () => `; server output:\n${output.slice(-2000)}` });

let primary: ChildProcess;
let output = '';
let baseUrl: string;
let database: string;
const serverUrl = () => process.env[TEST_ENV.serverUrl]!;

function childPids(pid: number): number[] {
  // the primary's children, from /proc (cluster workers are forked node processes)
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // ended while we looked
      }
    })
    .map(Number);
}


async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  // a new connection per request (no keep-alive), so the cluster hands requests to both workers
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> };
}

/** pids of the processes that logged `event` */
function logged(event: string): Set<number> {
  const pids = new Set<number>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line);
    if (entry.event === event) pids.add(entry.pid);
  }
  return pids;
}
const servingPids = () => logged('graphql');

/** Starts the compiled server with `env` (and no DATABASE_URL of ours unless given); resolves once it listens. */
async function startServer(env: Record<string, string>, options: { ownProcessGroup?: boolean } = {}): Promise<void> {
  output = '';
  primary = spawn(process.execPath, [MAIN_JS], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', API_ONLY: '1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // as a terminal starts it: a group of its own, which a Ctrl-C signals whole
    detached: options.ownProcessGroup ?? false,
  });
  const logFile = process.env[TEST_ENV.logFile];
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (logFile) fs.appendFileSync(logFile, chunk); // the suite's check that no personal data is logged reads it
  };
  primary.stdout!.on('data', collect);
  primary.stderr!.on('data', collect);
  // the start-up's last line: what it prints before (the port, a demo's token) may come in a later chunk than the port
  await until('the server to finish starting', () => output.includes('Press Ctrl-C to stop.'), 120_000);
  const port = /GraphQL\s+http:\/\/localhost:(\d+)\/graphql/.exec(output)![1];
  baseUrl = `http://127.0.0.1:${port}`;
}

/** SIGTERM; resolves with the exit code */
function terminate(): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
  primary.kill('SIGTERM');
  return exited;
}

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(REPO_ROOT, 'api', 'tsconfig.build.json'), '--outDir', BUILD_DIR]);
}, 180_000);

/** After a failed test: the server and whatever it started (workers, PostgreSQL), so nothing outlives the run. */
function killLeftovers(): void {
  if (!primary || primary.exitCode !== null || primary.signalCode !== null) return;
  const children = childPids(primary.pid!); // before the primary goes, while they are still its children
  primary.kill('SIGKILL');
  for (const pid of children) process.kill(pid, 'SIGKILL');
}

afterAll(async () => {
  killLeftovers();
  if (database) await dropDatabase(serverUrl(), database);
});

/** who the server's connections to `url`'s database log in as, by application_name (read as `url`'s role, the owner) */
async function sessionUsers(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ application_name: string; users: string[] }>(
      `SELECT application_name, array_agg(DISTINCT usename::text ORDER BY usename::text) AS users FROM pg_stat_activity
        WHERE datname = current_database() AND application_name LIKE 'wuye-api%' GROUP BY application_name`,
    );
    return Object.fromEntries(rows.map((r) => [r.application_name, r.users]));
  } finally {
    await client.end();
  }
}

const LOGIN = `mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const FIRMS = `query { firms(options: { take: 1 }) { totalItems } }`;

/** requests without an account per address and minute in the WORKERS server: a burst of twice as many shows whose count it is */
const ANONYMOUS_LIMIT = 40;

describe('WORKERS=2', () => {
  let databaseUrl: string;
  beforeAll(async () => {
    ({ database, databaseUrl } = await copyOfSeededTemplate());
    // the seeded copy's demo accounts sign in: production would close them at start-up (seed/demo-access.ts)
    await startServer({ WORKERS: '2', DATABASE_URL: databaseUrl, DATABASE_APP_URL: appUrlFor(databaseUrl), KEEP_DEMO_ACCOUNTS: '1', ANONYMOUS_REQUESTS_PER_MINUTE: String(ANONYMOUS_LIMIT) });
  }, 180_000);

  it('serves as the request role in every worker; the owner\'s connection is closed once started (docs/architecture.md#two-database-roles)', async () => {
    const { data } = await gql(LOGIN, { u: 'manager', p: DEMO_PASSWORD });
    for (let i = 0; i < 6; i++) expect((await gql(FIRMS, {}, data.login.token)).errors).toBeUndefined();
    const users = await sessionUsers(databaseUrl);
    expect(users['wuye-api']).toEqual([process.env[TEST_ENV.appRole]]);
    expect(users['wuye-api-feed']).toEqual([process.env[TEST_ENV.appRole]]);
    expect(users['wuye-api-owner']).toBeUndefined();
    expect(output).not.toContain('DATABASE_APP_URL is not set');
    expect(output).not.toContain(process.env[TEST_ENV.appPassword]);
  });

  it('two processes serve one port, and a session made through one is good on the other', async () => {
    const workers = childPids(primary.pid!);
    expect(workers).toHaveLength(2);
    const { data } = await gql(LOGIN, { u: 'manager', p: DEMO_PASSWORD });
    const token = data.login.token;
    for (let i = 0; i < 12; i++) {
      const result = await gql(FIRMS, {}, token);
      expect(result.errors).toBeUndefined();
      expect(result.data.firms.totalItems).toBe(105);
    }
    await until('both workers to have logged requests', () => servingPids().size === 2, 5_000);
    expect([...servingPids()].sort()).toEqual([...workers].sort());
  });

  it('a worker that dies is replaced, and requests go on being answered', async () => {
    const [victim, survivor] = childPids(primary.pid!);
    process.kill(victim, 'SIGKILL');
    const replaced = await until('a replacement worker', () => {
      const now = childPids(primary.pid!);
      return now.length === 2 && !now.includes(victim) && now.includes(survivor) && now;
    });
    expect(output).toContain(`worker ${victim} ended`);
    const newcomer = replaced.find((pid) => pid !== survivor)!;
    await until('the replacement to listen', () => logged('worker.listening').has(newcomer));
    const { data } = await gql(LOGIN, { u: 'registrar', p: DEMO_PASSWORD });
    const before = servingPids();
    for (let i = 0; i < 12; i++) expect((await gql(FIRMS, {}, data.login.token)).errors).toBeUndefined();
    await until('the new worker to serve', () => servingPids().has(newcomer), 5_000);
    expect(before.has(newcomer)).toBe(false);
  });

  it('counts requests without an account once for the server, not once per worker (http/address-limit.ts)', async () => {
    // the sign-ins above were counted too; a new connection per request, so both workers take the burst
    const codes: string[] = [];
    for (let i = 0; i < 2 * ANONYMOUS_LIMIT; i++) codes.push((await gql('{ __typename }')).errors?.[0].extensions.code ?? 'ANSWERED');
    const answered = codes.filter((code) => code === 'ANSWERED').length;
    expect(answered).toBeGreaterThan(0);
    // counted per worker, each would answer up to the limit: twice as many
    expect(answered).toBeLessThanOrEqual(ANONYMOUS_LIMIT);
    expect(codes.slice(answered)).toEqual(Array(2 * ANONYMOUS_LIMIT - answered).fill('RATE_LIMITED'));
    expect(childPids(primary.pid!)).toHaveLength(2);
  });

  it('SIGTERM stops the workers and then the primary, cleanly', async () => {
    const workers = childPids(primary.pid!);
    expect(await terminate()).toBe(0);
    expect(output).toContain('Stopped.');
    for (const pid of workers) expect(fs.existsSync(`/proc/${pid}`)).toBe(false);
  });

  it('without DATABASE_APP_URL still serves, as the owner, and says so at start-up', async () => {
    await startServer({ DATABASE_URL: databaseUrl, KEEP_DEMO_ACCOUNTS: '1' });
    expect(output).toContain('WARNING: DATABASE_APP_URL is not set: requests run as the role that owns the tables');
    const { data } = await gql(LOGIN, { u: 'manager', p: DEMO_PASSWORD });
    expect((await gql(FIRMS, {}, data.login.token)).data.firms.totalItems).toBe(105);
    // the owner's connection stays open and serves (named for what it is)
    const users = await sessionUsers(databaseUrl);
    expect(users['wuye-api-owner']).toEqual([new URL(databaseUrl).username]);
    expect(users['wuye-api-feed']).toEqual([new URL(databaseUrl).username]);
    expect(await terminate()).toBe(0);
  });

  it('refuses to start when DATABASE_APP_URL names a role that is not confined', async () => {
    const name = `wuye_test_probe_${crypto.randomBytes(4).toString('hex')}`;
    const client = new pg.Client({ connectionString: serverUrl() });
    await client.connect();
    try {
      await client.query(`CREATE ROLE ${name} LOGIN CREATEROLE PASSWORD 'probe-password-1'`);
      const refused = spawn(process.execPath, [MAIN_JS], {
        env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', API_ONLY: '1', DATABASE_URL: databaseUrl, DATABASE_APP_URL: appUrlFor(databaseUrl).replace(/\/\/[^@]*@/, `//${name}:probe-password-1@`) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let refusal = '';
      refused.stdout!.on('data', (chunk: Buffer) => (refusal += chunk.toString()));
      refused.stderr!.on('data', (chunk: Buffer) => (refusal += chunk.toString()));
      expect(await new Promise((resolve) => refused.once('exit', resolve))).toBe(1);
      expect(refusal).toMatch(/could not start[\s\S]*not confined[\s\S]*is CREATEROLE/);
      expect(refusal).not.toContain('probe-password-1');
    } finally {
      await dropDatabase(serverUrl(), database);
      database = '';
      await client.query(`DROP ROLE IF EXISTS ${name}`);
      await client.end();
    }
  });
});

describe('npm start on the embedded PostgreSQL', () => {
  const dataDir = path.join(REPO_ROOT, 'test-artifacts', `embedded-${crypto.randomBytes(4).toString('hex')}`);
  const productionDataDir = `${dataDir}-production`;
  /** the PostgreSQL a killed server left, should its recovery fail */
  let orphan: number | null = null;
  afterAll(async () => {
    killLeftovers();
    if (orphan && fs.existsSync(`/proc/${orphan}`)) process.kill(orphan, 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(productionDataDir, { recursive: true, force: true });
  });

  it('starts its own PostgreSQL with the demo, and SIGTERM stops the server and then PostgreSQL, exiting 0', async () => {
    await startServer({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const { data } = await gql(LOGIN, { u: 'manager', p: DEMO_PASSWORD });
    expect((await gql(FIRMS, {}, data.login.token)).data.firms.totalItems).toBe(105);
    // requests run as wuye_app, whose password was generated into DATA_DIR readable by its owner only
    const appPassword = path.join(dataDir, 'pg-app-password');
    expect(fs.statSync(appPassword).mode & 0o777).toBe(0o600);
    expect(output).not.toContain(fs.readFileSync(appPassword, 'utf8').trim());
    const port = fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3].trim();
    const superuser = `postgres://postgres:${encodeURIComponent(fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim())}@127.0.0.1:${port}/wuye`;
    const users = await sessionUsers(superuser);
    expect(users['wuye-api']).toEqual(['wuye_app']);
    expect(users['wuye-api-owner']).toBeUndefined();
    const postgres = childPids(primary.pid!);
    expect(postgres).toHaveLength(1); // the postmaster, a child of the server
    expect(fs.readFileSync(`/proc/${postgres[0]}/cmdline`, 'utf8')).toContain(dataDir);
    expect(await terminate()).toBe(0);
    expect(output).toContain('Stopped.');
    expect(fs.existsSync(`/proc/${postgres[0]}`)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false); // shut down, not abandoned
  });

  it('after a kill -9 of the server, starts again on the same DATA_DIR: the orphaned PostgreSQL is stopped first', async () => {
    await startServer({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const [postmaster] = childPids(primary.pid!);
    const killed = new Promise((resolve) => primary.once('exit', resolve));
    primary.kill('SIGKILL');
    await killed;
    orphan = postmaster;
    expect(fs.existsSync(`/proc/${postmaster}`)).toBe(true); // PostgreSQL outlives its server, holding the directory

    await startServer({ NODE_ENV: 'development', DATA_DIR: dataDir });
    expect(output).toContain(`Stopped the PostgreSQL (pid ${postmaster}) an earlier run left behind`);
    expect(fs.existsSync(`/proc/${postmaster}`)).toBe(false);
    const { data } = await gql(LOGIN, { u: 'manager', p: DEMO_PASSWORD });
    expect((await gql(FIRMS, {}, data.login.token)).data.firms.totalItems).toBe(105);
  });

  it('refuses a second server on a DATA_DIR whose server is running, leaving that one serving', async () => {
    const second = spawn(process.execPath, [MAIN_JS], {
      env: { PATH: process.env.PATH, NODE_ENV: 'development', PORT: '0', API_ONLY: '1', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let secondOutput = '';
    second.stdout!.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()));
    second.stderr!.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()));
    const code = await new Promise((resolve) => second.once('exit', resolve));
    expect(code).toBe(1);
    expect(secondOutput).toContain(`belongs to a running process (pid ${primary.pid})`);
    const { data } = await gql(LOGIN, { u: 'manager', p: DEMO_PASSWORD });
    expect(data.login.token).toBeTruthy();
    expect(await terminate()).toBe(0);
  });

  it('Ctrl-C in a terminal (SIGINT to the whole group, the embedded PostgreSQL too) stops cleanly, with no warning of lost connections', async () => {
    await startServer({ NODE_ENV: 'development', DATA_DIR: dataDir }, { ownProcessGroup: true });
    // connections open in the pool and the feed's, as after a while of use
    const { data } = await gql(LOGIN, { u: 'manager', p: DEMO_PASSWORD });
    for (let i = 0; i < 4; i++) expect((await gql(FIRMS, {}, data.login.token)).data.firms.totalItems).toBe(105);
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    process.kill(-primary.pid!, 'SIGINT');
    expect(await exited).toBe(0);
    const stopping = output.slice(output.indexOf('SIGINT: stopping'));
    expect(stopping).toContain('Stopped.');
    expect(stopping).not.toMatch(/"level":"(warn|error)"/);
  });

  it('with NODE_ENV=production seeds no demo and prints no token: the first admin is the operator\'s, and SEED_DEMO=1 is refused', async () => {
    const refused = spawn(process.execPath, [MAIN_JS], { env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', API_ONLY: '1', DATA_DIR: productionDataDir, SEED_DEMO: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let refusal = '';
    refused.stderr!.on('data', (chunk: Buffer) => (refusal += chunk.toString()));
    expect(await new Promise((resolve) => refused.once('exit', resolve))).toBe(1);
    expect(refusal).toMatch(/could not start[\s\S]*SEED_DEMO must not be set with NODE_ENV=production/);
    expect(fs.existsSync(productionDataDir)).toBe(false); // refused before anything was made

    await startServer({ DATA_DIR: productionDataDir, ADMIN_USERNAME: 'rootadmin', ADMIN_PASSWORD: 'Prod-Secret-Pass-2026' });
    expect(output).not.toMatch(/demo accounts|integrator token|wya_/);
    expect((await gql(LOGIN, { u: 'admin', p: DEMO_PASSWORD })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const { data } = await gql(LOGIN, { u: 'rootadmin', p: 'Prod-Secret-Pass-2026' });
    expect((await gql(FIRMS, {}, data.login.token)).data.firms.totalItems).toBe(0);
    expect(await terminate()).toBe(0);
  }, 180_000);

  it('a data folder a demo start-up made, started in production: demo accounts with the published password and the printed token are closed, a changed password stays, the operator\'s admin is created', async () => {
    await startServer({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const printedToken = /demo integrator token[^:]*: (\S+)/.exec(output)![1];
    expect((await gql(FIRMS, {}, printedToken)).data.firms.totalItems).toBe(105);
    const managerSession = (await gql(LOGIN, { u: 'manager', p: DEMO_PASSWORD })).data.login.token;
    const officer3 = (await gql(LOGIN, { u: 'officer3', p: DEMO_PASSWORD })).data.login.token;
    const changed = await gql(`mutation { changeOwnPassword(currentPassword: "${DEMO_PASSWORD}", newPassword: "Zhou-Jing-own-2026") }`, {}, officer3);
    expect(changed.errors).toBeUndefined();
    expect(await terminate()).toBe(0);

    await startServer({ DATA_DIR: dataDir, ADMIN_USERNAME: 'cityadmin', ADMIN_PASSWORD: 'City-Admin-Pass-2026' });
    expect(output).toContain('Closed demo account(s) that still had the published password: admin, clerk, registrar, registrar2, officer, officer2, manager, admin2');
    expect(output).toContain('Revoked 1 demo integrator token(s)');
    expect(output).not.toContain('No administrator exists');
    for (const username of ['admin', 'admin2', 'clerk', 'registrar', 'registrar2', 'officer', 'officer2', 'manager']) {
      expect((await gql(LOGIN, { u: username, p: DEMO_PASSWORD })).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await gql(FIRMS, {}, managerSession)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(FIRMS, {}, printedToken)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(LOGIN, { u: 'officer3', p: 'Zhou-Jing-own-2026' })).data.login.token).toBeTruthy();
    const admin = (await gql(LOGIN, { u: 'cityadmin', p: 'City-Admin-Pass-2026' })).data.login.token;
    const audit = await gql(`query { auditEvents(options: { filter: { action: "user.retireDemo" }, take: 20 }) { totalItems } }`, {}, admin);
    expect(audit.errors).toBeUndefined();
    expect(audit.data.auditEvents.totalItems).toBe(8);
    expect(await terminate()).toBe(0);

    // once closed, a second start-up has nothing to close
    await startServer({ DATA_DIR: dataDir });
    expect(output).not.toMatch(/Closed demo account|demo integrator token/);
    expect(await terminate()).toBe(0);
  }, 180_000);
});
