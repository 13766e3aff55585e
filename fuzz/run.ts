import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../api/src/config';
import { createDataSource, migrate } from '../api/src/db/data-source';
import { ensureDatabase } from '../api/src/db/database';
import { EmbeddedCluster, findFreePort, startEmbeddedPostgres } from '../api/src/db/embedded';
import { credentialsOf, EMBEDDED_REQUEST_ROLE, embeddedRequestRolePassword, ensureRequestRole, withCredentials } from '../api/src/db/request-role';
import { DEMO_PASSWORD, seedDemo } from '../api/src/seed/seed';
import { createLogger } from '../api/src/shared/logger';
import { formatReport, fuzzRoles, knownIds, runFuzz, servedSchema } from './runner';

const USAGE = `npm run fuzz -- [options]

  --requests N      requests to send, each generated case going to every role in turn   [10000]
  --seed N          the generator's seed: the same seed sends the same requests          [1]
  --concurrency C   requests in flight at once                                           [4]
  --scale N         the demo data's scale (20 is a province-sized registry)              [1]
  --slow-ms MS      a reply slower than this counts as a failure                         [10000]
  --data-dir DIR    the embedded PostgreSQL's folder                    [a fresh one under /tmp]
`;

interface Options {
  requests: number;
  seed: number;
  concurrency: number;
  scale: number;
  slowMs: number;
  dataDir: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { requests: 10_000, seed: 1, concurrency: 4, scale: 1, slowMs: 10_000, dataDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const number = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${arg} needs a whole number`);
      return n;
    };
    if (arg === '--requests') options.requests = number();
    else if (arg === '--seed') options.seed = number();
    else if (arg === '--concurrency') options.concurrency = Math.max(1, number());
    else if (arg === '--scale') options.scale = Math.max(1, number());
    else if (arg === '--slow-ms') options.slowMs = Math.max(1, number());
    else if (arg === '--data-dir') options.dataDir = path.resolve(argv[++i] ?? '.');
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  return options;
}

const say = (line = '') => process.stdout.write(`${line}\n`);

async function waitForHealth(baseUrl: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the API server exited with ${server.exitCode}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    if (await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API server did not become ready within 60 s');
}

/**
 * The long fuzz run, against the API as it is deployed (like `npm run bench`): a fresh embedded PostgreSQL
 * with the demo data, the compiled server in production mode as its own process, every demo role, an
 * integrator and an anonymous caller. Exits 1 when any reply was a 5xx or an internal error.
 */
async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const mainJs = path.join(REPO_ROOT, 'api/dist/api/src/main.js');
  if (!fs.existsSync(mainJs)) throw new Error(`${mainJs} is missing: run \`npm run build -w api\` first (npm run fuzz does)`);
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-fuzz-'));
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, 0o755); // the cluster runs as the postgres user when we are root
  const removeDataDir = !options.dataDir;

  let cluster: EmbeddedCluster | null = null;
  let server: ChildProcess | null = null;
  const teardown = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await cluster?.stop().catch(() => undefined);
    if (removeDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void teardown().then(() => process.exit(130)));

  let failed = false;
  try {
    say(`Wuye Registry fuzz — ${options.requests} requests, seed ${options.seed}, ${options.concurrency} in flight, scale ${options.scale}`);
    say(`PostgreSQL (embedded) in ${dataDir} …`);
    cluster = await startEmbeddedPostgres(dataDir, { persistent: true });
    const databaseUrl = await ensureDatabase(cluster.url, 'wuye_fuzz');
    const ds = createDataSource(databaseUrl, createLogger('warn'), { poolSize: 2 });
    await ds.initialize();
    await migrate(ds);
    await seedDemo(ds, createLogger('warn'), { scale: options.scale });
    // the server serves as the request role, as npm start does (docs/architecture.md#two-database-roles)
    const appUrl = withCredentials(databaseUrl, EMBEDDED_REQUEST_ROLE, embeddedRequestRolePassword(dataDir));
    await ensureRequestRole(ds, EMBEDDED_REQUEST_ROLE, credentialsOf(appUrl).password, { manage: true });
    await ds.destroy();

    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const logFile = path.join(dataDir, 'server.log');
    const logFd = fs.openSync(logFile, 'a');
    server = spawn(process.execPath, [mainJs], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: databaseUrl, DATABASE_APP_URL: appUrl, PORT: String(port), API_ONLY: '1', LOG_LEVEL: 'warn', KEEP_DEMO_ACCOUNTS: '1' },
      stdio: ['ignore', logFd, logFd],
    });
    fs.closeSync(logFd);
    await waitForHealth(baseUrl, server, logFile);
    say(`API server pid ${server.pid} on ${baseUrl} (log: ${logFile})`);

    const roles = await fuzzRoles(baseUrl, DEMO_PASSWORD);
    const schema = await servedSchema(baseUrl, roles[0].token!);
    const ids = await knownIds(baseUrl, schema, roles);
    const report = await runFuzz({
      baseUrl,
      schema,
      ids,
      roles,
      seed: options.seed,
      requests: options.requests,
      concurrency: options.concurrency,
      slowMs: options.slowMs,
      onProgress: (done) => process.stdout.write(`\r  ${done} / ${options.requests}`),
    });
    say('\n');
    say(`roles: ${roles.map((r) => r.name).join(', ')}`);
    say(formatReport(report));
    failed = report.failures.length > 0;
  } finally {
    await teardown();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
