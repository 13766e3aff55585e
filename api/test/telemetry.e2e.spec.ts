import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../src/config';
import { dropDatabase } from '../src/db/database';
import { DEMO_PASSWORD } from '../src/seed/seed';
import { copyOfSeededTemplate } from './seeded-template';
import { TEST_ENV } from './test-env';
import { appUrlFor, until as poll } from './harness';

/**
 * Optional tracing (api/src/telemetry.ts), against the compiled server as its own process and a small OTLP/HTTP
 * receiver on the loopback address: with OTEL_EXPORTER_OTLP_ENDPOINT set, spans of the GraphQL operation and its
 * SQL arrive, without the variables' values; without it, nothing of OpenTelemetry is loaded and nothing is sent.
 */
const BUILD_DIR = path.join(REPO_ROOT, 'test-artifacts', 'telemetry-build');
const DIST = path.join(BUILD_DIR, 'api', 'src');
const PHONE = '13857212345';

type Received = { url: string; body: string };
/** A server started here, waited for with its output in the failure. */
const until = <T>(what: string, probe: () => T | undefined | null | false, ms = 30_000): Promise<T> =>
  poll(what, probe, { ms, every: 100, context: () => `; server output:\n${output.slice(-2000)}` });

let receiver: http.Server;
let receiverUrl: string;
const received: Received[] = [];
let server: ChildProcess | null = null;
let output = '';
let database: string;
let databaseUrl: string;


async function startServer(env: Record<string, string>): Promise<string> {
  output = '';
  server = spawn(process.execPath, [path.join(DIST, 'main.js')], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: '0', API_ONLY: '1', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, DATABASE_APP_URL: appUrlFor(databaseUrl), KEEP_DEMO_ACCOUNTS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logFile = process.env[TEST_ENV.logFile];
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (logFile) fs.appendFileSync(logFile, chunk); // the suite's check that no personal data is logged reads it
  };
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  const port = await until('the server to listen', () => /GraphQL\s+http:\/\/localhost:(\d+)\/graphql/.exec(output)?.[1], 120_000);
  return `http://127.0.0.1:${port}/graphql`;
}

/** SIGTERM: the server flushes its buffered spans before it exits */
async function stopServer(): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
  server = null;
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

/** signs in, then searches firms by a name that is a phone number: the value travels as a variable and an SQL parameter */
async function searchByPhone(url: string): Promise<void> {
  const login = await gql(url, 'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'manager', p: DEMO_PASSWORD });
  expect(login.errors).toBeUndefined();
  const search = await gql(url, 'query FirmsByName($name: String) { firms(options: { filter: { name: $name }, take: 5 }) { totalItems items { id name } } }', { name: PHONE }, login.data.login.token);
  expect(search.errors).toBeUndefined();
  expect(search.data.firms.totalItems).toBe(0);
}

type Span = { name: string; traceId: string; attributes: Array<{ key: string; value: { stringValue?: string } }> };
/** the spans in the OTLP/JSON bodies received */
function spans(): Span[] {
  return received.flatMap((r) => (JSON.parse(r.body).resourceSpans ?? []).flatMap((rs: any) => rs.scopeSpans.flatMap((ss: any) => ss.spans as Span[])));
}
const attribute = (span: Span, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ url: request.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const [copy] = await Promise.all([
    copyOfSeededTemplate(),
    promisify(execFile)(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(REPO_ROOT, 'api', 'tsconfig.build.json'), '--outDir', BUILD_DIR]),
  ]);
  ({ database, databaseUrl } = copy);
}, 180_000);

afterEach(async () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  server = null;
  received.length = 0;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  if (database) await dropDatabase(process.env[TEST_ENV.serverUrl]!, database);
});

it('with OTEL_EXPORTER_OTLP_ENDPOINT, spans of the GraphQL operation and its SQL arrive, without the values of variables', async () => {
  const url = await startServer({ OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl, OTEL_BSP_SCHEDULE_DELAY: '100' });
  await searchByPhone(url);
  await stopServer();
  expect(received.length).toBeGreaterThan(0);
  expect(received.every((r) => r.url === '/v1/traces')).toBe(true); // traces only: no metrics, no logs
  const everything = received.map((r) => r.body).join('\n');
  expect(everything).toContain('"wuye-api"');
  const operation = spans().find((span) => span.name === 'query FirmsByName');
  expect(operation).toBeDefined();
  // the SQL that answered it, in the same trace, with placeholders where the values were
  const statements = spans().filter((span) => span.traceId === operation!.traceId && span.name.startsWith('pg.query:SELECT'));
  expect(statements.length).toBeGreaterThan(0);
  expect(statements.some((span) => /\$1/.test(attribute(span, 'db.statement') ?? attribute(span, 'db.query.text') ?? ''))).toBe(true);
  expect(everything).not.toContain(PHONE);
  expect(everything).not.toContain(DEMO_PASSWORD);
}, 120_000);

it('without it, nothing of OpenTelemetry is loaded and nothing is sent', async () => {
  // the SDK would honour the traces-only endpoint: it must not start at all
  const url = await startServer({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiverUrl}/v1/traces`, OTEL_BSP_SCHEDULE_DELAY: '100' });
  await searchByPhone(url);
  await stopServer();
  expect(received).toEqual([]);
  const probe = `require(${JSON.stringify(path.join(DIST, 'telemetry.js'))}); require('pg'); require('graphql');
    process.stdout.write(String(Object.keys(require.cache).filter((file) => file.includes('@opentelemetry')).length));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', probe], { cwd: path.join(REPO_ROOT, 'api'), env: { PATH: process.env.PATH } });
  expect(stdout).toBe('0');
}, 120_000);
