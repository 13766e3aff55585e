import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { authService } from '../api/src/accounts/auth.service';
import { Scope } from '../api/src/request/principal';
import { loadConfig, REPO_ROOT } from '../api/src/config';
import { createDataSource, migrate } from '../api/src/db/data-source';
import { ensureDatabase } from '../api/src/db/database';
import { EmbeddedCluster, findFreePort, startEmbeddedPostgres } from '../api/src/db/embedded';
import { credentialsOf, EMBEDDED_REQUEST_ROLE, embeddedRequestRolePassword, ensureRequestRole, withCredentials } from '../api/src/db/request-role';
import { DEMO_PASSWORD } from '../api/src/seed/seed';
import { systemContext } from '../api/src/request/context';
import { createLogger } from '../api/src/shared/logger';
import { GqlClient } from './http';
import { childrenOf, clusterCpuMs, selfCpuMs, treeCpuMs } from './cpu';
import { byTag, drive, percentile, summarise, Summary, Window } from './load';
import { printReport, Report, ScenarioReport } from './report';
import { SCENARIOS } from './scenarios';
import { BenchContext } from './scenarios/scenario';
import { seedBench } from './seed';
import { FEED_LAG, FeedLagReport, measureFeedLag } from './feed-lag';

const USAGE = `npm run bench -- [options]

  --scale N          data set size: 1 is the Huzhou demo (105 firms, 380 projects, 400 estates, 50k units),
                     20 is about a province (~2,100 firms, ~7,600 projects, ~8,000 estates, ~1M units)  [1]
  --duration S       seconds each scenario is measured, through the API and again as raw SQL            [10]
  --warmup S         seconds of load before measuring starts                                            [2]
  --concurrency C    virtual users (connections) driving each scenario at once                          [8]
  --solo S           seconds of one user alone through the API, for the latency of a single request    [3]
  --scenarios a,b    only these: ${[...SCENARIOS.map((s) => s.name), FEED_LAG].join(', ')}
  --data-dir DIR     the embedded PostgreSQL's folder                             [a fresh one under /tmp]
  --keep             keep that folder and its cluster files for another run (seeding is then skipped)
  --baseline         also write bench/results/baseline.json (refresh it on purpose only)
  --seed-only        seed the data dir (with --data-dir, kept) and stop: to look at plans with EXPLAIN
  --profile DIR      run the server with --cpu-prof and write its CPU profile to DIR (for finding causes)
  --server-node-options "…"   extra Node.js options for the API server process (e.g. GC settings to try)
  --workers N        API processes sharing the port (the server's WORKERS)                              [1]
  --no-peer          skip PostGraphile 5 (the peer served the same reads from the same database)
`;

interface Options {
  scale: number;
  durationMs: number;
  warmupMs: number;
  concurrency: number;
  soloMs: number;
  scenarios: string[];
  dataDir: string | null;
  keep: boolean;
  baseline: boolean;
  profileDir: string | null;
  serverNodeOptions: string[];
  workers: number;
  seedOnly: boolean;
  peer: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { scale: 1, durationMs: 10_000, warmupMs: 2_000, concurrency: 8, soloMs: 3_000, scenarios: [...SCENARIOS.map((s) => s.name), FEED_LAG], dataDir: null, keep: false, baseline: false, profileDir: null, serverNodeOptions: [], seedOnly: false, workers: 1, peer: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const positive = (v: string) => {
      const n = Number(v);
      if (!(n > 0)) throw new Error(`${arg} must be a positive number, got ${v}`);
      return n;
    };
    if (arg === '--scale') options.scale = Math.round(positive(value()));
    else if (arg === '--duration') options.durationMs = positive(value()) * 1000;
    else if (arg === '--warmup') options.warmupMs = Number(value()) * 1000;
    else if (arg === '--concurrency') options.concurrency = Math.round(positive(value()));
    else if (arg === '--solo') options.soloMs = Number(value()) * 1000;
    else if (arg === '--scenarios') options.scenarios = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (arg === '--data-dir') options.dataDir = path.resolve(value());
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--baseline') options.baseline = true;
    else if (arg === '--seed-only') options.seedOnly = true;
    else if (arg === '--profile') options.profileDir = path.resolve(value());
    else if (arg === '--server-node-options') options.serverNodeOptions = value().split(/\s+/).filter(Boolean);
    else if (arg === '--workers') options.workers = Math.round(positive(value()));
    else if (arg === '--no-peer') options.peer = false;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  if (options.seedOnly && !options.dataDir) throw new Error('--seed-only needs --data-dir, where the seeded cluster is kept');
  const unknown = options.scenarios.filter((name) => name !== FEED_LAG && !SCENARIOS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(', ')}; there are ${[...SCENARIOS.map((s) => s.name), FEED_LAG].join(', ')}`);
  return options;
}

const say = (line = '') => process.stdout.write(`${line}\n`);

/** CPU spent by the application side and by PostgreSQL between the window's start and stop. */
function cpuWindow(app: () => number, db: () => number): Window & { app: number; db: number } {
  let from = { app: 0, db: 0 };
  const w = {
    app: NaN,
    db: NaN,
    start() {
      from = { app: app(), db: db() };
    },
    stop() {
      w.app = app() - from.app;
      // a backend that ends while /proc is read is briefly nowhere: a rare undercount shows as less than zero
      const db1 = db() - from.db;
      w.db = db1 >= 0 ? db1 : NaN;
    },
  };
  return w;
}

/** Resident and peak memory of the server (with its workers, if any), in MiB, from /proc (Linux). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  let rssMb = 0;
  let peakMb = 0;
  for (const member of [pid, ...childrenOf(pid)]) {
    try {
      const status = fs.readFileSync(`/proc/${member}/status`, 'utf8');
      const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      rssMb += kb('VmRSS') / 1024;
      peakMb += kb('VmHWM') / 1024;
    } catch {
      return { rssMb: NaN, peakMb: NaN };
    }
  }
  return { rssMb, peakMb };
}

async function waitForHealth(baseUrl: string, server: ChildProcess, logFile: string, label = 'the API server'): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${label} exited with ${server.exitCode}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${label} did not become healthy within 60 s`);
}

/** Waits until a GraphQL server answers `{ __typename }` (the peer has no health route). */
async function waitForGraphql(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no GraphQL answer from ${baseUrl} within 120 s`);
}

async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** A Node.js process of the benchmark's (the API, PostGraphile, the bare server), its output appended to `logFile`. */
function spawnLogged(args: string[], env: Record<string, string>, logFile: string): ChildProcess {
  const logFd = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env }, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  return child;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const mainJs = path.join(REPO_ROOT, 'api/dist/api/src/main.js');
  if (!fs.existsSync(mainJs)) throw new Error(`${mainJs} is missing: run \`npm run build -w api\` first (npm run bench does)`);
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-bench-'));
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, 0o755); // the cluster runs as the postgres user, which must reach its folder
  const removeDataDir = !options.keep && !options.dataDir;
  const log = createLogger('warn');

  let cluster: EmbeddedCluster | null = null;
  let server: ChildProcess | null = null;
  let peerServer: ChildProcess | null = null;
  let cachedServer: ChildProcess | null = null;
  let bareServer: ChildProcess | null = null;
  let pool: pg.Pool | null = null;
  let api: GqlClient | null = null;
  let peer: GqlClient | null = null;
  let cachedApi: GqlClient | null = null;
  let bare: GqlClient | null = null;
  /** the servers that count statements (twins of the measured ones) and their clients */
  const countingServers: ChildProcess[] = [];
  const countingClients: GqlClient[] = [];
  const teardown = async () => {
    api?.close();
    peer?.close();
    cachedApi?.close();
    bare?.close();
    for (const client of countingClients) client.close();
    await stopChild(server);
    await stopChild(peerServer);
    await stopChild(cachedServer);
    await stopChild(bareServer);
    for (const child of countingServers) await stopChild(child);
    await pool?.end().catch(() => undefined);
    await cluster?.stop().catch(() => undefined);
    if (removeDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void teardown().then(() => process.exit(130)));

  try {
    say(`Wuye Registry benchmark — scale ${options.scale}, ${options.concurrency} virtual users, ${options.durationMs / 1000} s per side`);
    say(`PostgreSQL (embedded) in ${dataDir} …`);
    cluster = await startEmbeddedPostgres(dataDir, { persistent: true });
    const databaseUrl = await ensureDatabase(cluster.url, 'wuye_bench');

    const ds = createDataSource(databaseUrl, log, { poolSize: 4, applicationName: 'wuye-bench-seed' });
    await ds.initialize();
    const seedStarted = Date.now();
    await migrate(ds);
    say(`Seeding at scale ${options.scale} …`);
    const seed = await seedBench(ds, log, options.scale);
    const seedMs = Date.now() - seedStarted;
    say(`  ${seed.firms} firms, ${seed.projects} projects, ${seed.estates} estates, ${seed.units} units, ${seed.owners} owners, ${seed.committees} committees`);
    say(`  in ${(seedMs / 1000).toFixed(1)} s (demo ${(seed.demoMs / 1000).toFixed(1)} s, rolls/committees/election ${(seed.extrasMs / 1000).toFixed(1)} s)`);
    const config = loadConfig({ DATABASE_URL: databaseUrl });
    const integrator = await authService.createApiToken(
      systemContext(ds, config, log),
      // the load generator is not the integrator the per-token limit protects against: the highest limit a token may have
      { name: 'bench integrator', scopes: [Scope.REGISTRY_READ, Scope.ELECTIONS_READ], expiresInDays: 1, rateLimitPerMinute: 100_000 },
      { replaceSameName: true },
    );
    const [{ version: pgVersion }] = await ds.query(`SELECT current_setting('server_version') AS version`);
    // the API serves as the request role, as deployed (docs/architecture.md#two-database-roles)
    const appUrl = withCredentials(databaseUrl, EMBEDDED_REQUEST_ROLE, embeddedRequestRolePassword(dataDir));
    await ensureRequestRole(ds, EMBEDDED_REQUEST_ROLE, credentialsOf(appUrl).password, { manage: true });
    await ds.destroy();
    if (options.seedOnly) return;

    // The API as it is deployed: the compiled build, production mode, its own process.
    const profile = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir] : [];
    const startApi = async (name: string, extraEnv: Record<string, string>, counting = false) => {
      const port = await findFreePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      const logFile = path.join(dataDir, `${name}.log`);
      const child = spawnLogged(
        [...options.serverNodeOptions, ...profile, mainJs],
        {
          DATABASE_URL: databaseUrl,
          DATABASE_APP_URL: appUrl,
          PORT: String(port),
          API_ONLY: '1',
          // the seeded copy's demo accounts sign the scenarios in; production would close them (seed/demo-access.ts)
          KEEP_DEMO_ACCOUNTS: '1',
          // every virtual user signs in from one address: the per-address limit on requests without an account would refuse the login scenario
          ANONYMOUS_REQUESTS_PER_MINUTE: '0',
          WORKERS: String(options.workers),
          // measured as deployed: counting statements costs async context on every promise, so only the twin counts
          EXPOSE_SQL_STATEMENTS: counting ? '1' : '',
          // COMPILED_READS=off npm run bench: the DataLoader path, to compare with the compiled lists
          ...(process.env.COMPILED_READS ? { COMPILED_READS: process.env.COMPILED_READS } : {}),
          // PREPARED_STATEMENTS=0 npm run bench: every statement parsed and planned again, to compare
          ...(process.env.PREPARED_STATEMENTS ? { PREPARED_STATEMENTS: process.env.PREPARED_STATEMENTS } : {}),
          ...extraEnv,
        },
        logFile,
      );
      await waitForHealth(baseUrl, child, logFile);
      say(`API server (${name}) pid ${child.pid} on ${baseUrl} (log: ${logFile})`);
      return { child, baseUrl };
    };
    // the main comparison executes every request: RESPONSE_CACHE=on npm run bench measures the cache everywhere
    const main = await startApi('server', { RESPONSE_CACHE: process.env.RESPONSE_CACHE ?? 'off' });
    server = main.child;
    const baseUrl = main.baseUrl;
    // the statement columns come from a twin that counts them, sent the same requests outside the measured window
    const counter = async (name: string, env: Record<string, string>) => {
      const started = await startApi(`${name}-counting`, env, true);
      countingServers.push(started.child);
      const client = new GqlClient(started.baseUrl, options.concurrency);
      countingClients.push(client);
      return client;
    };
    const countingApi = await counter('server', { RESPONSE_CACHE: process.env.RESPONSE_CACHE ?? 'off' });
    let countingCachedApi: GqlClient | null = null;

    // The peer: PostGraphile 5 in its own process on the same database (bench/peer/postgraphile.mjs).
    const peerScript = path.join(REPO_ROOT, 'bench/peer/postgraphile.mjs');
    const peerWanted = options.peer && SCENARIOS.some((s) => s.peer && options.scenarios.includes(s.name));
    if (peerWanted) {
      const peerPort = await findFreePort();
      const peerUrl = `http://127.0.0.1:${peerPort}`;
      const peerLog = path.join(dataDir, 'postgraphile.log');
      // PostGraphile 5 needs Promise.withResolvers, which Node 20 lacks: a polyfill loaded first
      peerServer = spawnLogged(
        ['--import', path.join(REPO_ROOT, 'bench/peer/with-resolvers.mjs'), peerScript],
        { DATABASE_URL: databaseUrl, PORT: String(peerPort), PEER_SCHEMA_OUT: path.join(dataDir, 'postgraphile.graphql') },
        peerLog,
      );
      await waitForGraphql(peerUrl, peerServer, peerLog);
      say(`PostGraphile pid ${peerServer.pid} on ${peerUrl} (log: ${peerLog})`);
      peer = new GqlClient(peerUrl, options.concurrency);
    }
    // a bare HTTP server (bench/bare-server.ts), for one user alone: what a plain Node.js server adds to the raw floor
    if (options.soloMs > 0 && SCENARIOS.some((s) => s.bare && options.scenarios.includes(s.name))) {
      const barePort = await findFreePort();
      const bareUrl = `http://127.0.0.1:${barePort}`;
      const bareLog = path.join(dataDir, 'bare-server.log');
      bareServer = spawnLogged([path.join(REPO_ROOT, 'bench/dist/bench/bare-server.js')], { DATABASE_URL: databaseUrl, PORT: String(barePort) }, bareLog);
      await waitForHealth(bareUrl, bareServer, bareLog, 'the bare HTTP server');
      say(`bare HTTP server pid ${bareServer.pid} on ${bareUrl} (log: ${bareLog})`);
      bare = new GqlClient(bareUrl, 1);
    }
    if (SCENARIOS.some((s) => s.needsCachedApi && options.scenarios.includes(s.name))) {
      const cached = await startApi('server-cached', { RESPONSE_CACHE: 'on' });
      cachedServer = cached.child;
      cachedApi = new GqlClient(cached.baseUrl, options.concurrency);
      countingCachedApi = await counter('server-cached', { RESPONSE_CACHE: 'on' });
    }

    api = new GqlClient(baseUrl, options.concurrency);
    pool = new pg.Pool({ connectionString: databaseUrl, max: options.concurrency, idleTimeoutMillis: 0, application_name: 'wuye-bench-raw' });
    pool.on('error', () => undefined); // idle clients cut off at teardown
    const session = async (username: string) =>
      (await api!.request(`mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: DEMO_PASSWORD })).data.login.token as string;
    const tokens = {
      manager: await session('manager'),
      clerk: await session('clerk'),
      registrar: await session('registrar'),
      registrar2: await session('registrar2'),
      officer: await session('officer'),
      integrator: integrator.token,
    };
    // each API process checks each token once now, so the probes count a request's own statements
    for (const token of Object.values(tokens)) for (const client of [api, cachedApi, countingApi, countingCachedApi]) await client?.request('{ __typename }', {}, token);
    const ctx: BenchContext = {
      api,
      peer,
      bare,
      cachedApi,
      pool,
      seed,
      concurrency: options.concurrency,
      tokens,
    };

    const countingCtx: BenchContext = { ...ctx, api: countingApi, cachedApi: countingCachedApi };
    const reports: ScenarioReport[] = [];
    const load = { concurrency: options.concurrency, durationMs: options.durationMs, warmupMs: options.warmupMs };
    for (const scenario of SCENARIOS.filter((s) => options.scenarios.includes(s.name))) {
      say(`\n▶ ${scenario.title}`);
      await scenario.prepare?.(ctx);
      // the probe's requests also warm the measured server's caches (a tally's first roll), as they did when it counted
      await scenario.statementProbe?.(ctx);
      // and once on the counting twin: a text executed by a plan before checks a held session in its own statement
      // (api/src/request/session-check.ts), so a first request counts one more than every later one
      await scenario.statementProbe?.(countingCtx);
      const probe = await scenario.statementProbe?.(countingCtx);
      // statements per request: one user for a second on the counting twin (a heavy operation takes longer than
      // that, and one finished inside the window is needed to count it)
      const counted = summarise(await drive(scenario.api(countingCtx), { concurrency: 1, durationMs: scenario.heavy ? 15_000 : 1_000, warmupMs: 0 }));
      const serverPid = (scenario.needsCachedApi ? cachedServer : server)!.pid!;
      const apiCpu = cpuWindow(() => treeCpuMs(serverPid), () => clusterCpuMs(dataDir));
      // a heavy operation is measured by fewer users over a longer window, the same on both sides
      const scenarioLoad = scenario.heavy
        ? { ...load, concurrency: Math.min(load.concurrency, scenario.heavy.maxConcurrency), durationMs: Math.max(load.durationMs, scenario.heavy.minDurationMs) }
        : load;
      if (scenario.heavy) say(`  (heavy: ${scenarioLoad.concurrency} virtual users, ${scenarioLoad.durationMs / 1000} s per side)`);
      const apiRun = await drive(scenario.api(ctx), scenarioLoad, apiCpu);
      const memory = memoryOf(serverPid);
      // the answers' JSON.parse alone, measured in the same run: what any HTTP client pays over the raw floor's fetch
      ctx.api.parseTimes = [];
      const soloRun = options.soloMs > 0 ? await drive(scenario.api(ctx), { concurrency: 1, durationMs: options.soloMs, warmupMs: 500 }) : null;
      const soloParseP50 = ctx.api.parseTimes.length ? percentile([...ctx.api.parseTimes].sort((a, b) => a - b), 50) : NaN;
      ctx.api.parseTimes = null;
      const solo = soloRun && summarise(soloRun);
      const rawCpu = cpuWindow(selfCpuMs, () => clusterCpuMs(dataDir));
      const rawRun = await drive(scenario.raw(ctx), scenarioLoad, rawCpu);
      // the floor a single request is held to: the same fetch as hand-written SQL, one user alone
      const rawSolo = options.soloMs > 0 ? summarise(await drive(scenario.raw(ctx), { concurrency: 1, durationMs: options.soloMs, warmupMs: 500 })) : null;
      // the same fetch answered by the bare HTTP server, one user alone
      const bareSolo = options.soloMs > 0 && bare && scenario.bare ? summarise(await drive(scenario.bare.drive(ctx), { concurrency: 1, durationMs: options.soloMs, warmupMs: 500 })) : null;
      if (bareSolo?.errors) say(`  ! bare HTTP server: ${bareSolo.errors} errors (${bareSolo.firstError})`);
      const apiSummary: Summary = { ...summarise(apiRun), sqlPerRequest: counted.sqlPerRequest };
      const rawSummary: Summary = summarise(rawRun);
      let peerReport: ScenarioReport['peer'];
      if (peer && peerServer && scenario.peer) {
        // the same rows, or the comparison means nothing
        const checked = await scenario.checkPeer!(ctx);
        say(`  PostGraphile rows checked against ours: ${checked}`);
        const peerPid = peerServer.pid!;
        const peerCpu = cpuWindow(() => treeCpuMs(peerPid), () => clusterCpuMs(dataDir));
        const peerRun = await drive(scenario.peer(ctx), load, peerCpu);
        // one user alone too: what a GraphQL server over HTTP adds to the raw floor, for another implementation
        const peerSolo = options.soloMs > 0 ? summarise(await drive(scenario.peer(ctx), { concurrency: 1, durationMs: options.soloMs, warmupMs: 500 })) : null;
        peerReport = {
          summary: summarise(peerRun),
          cpu: { appMsPerOp: peerCpu.app / peerRun.operations, dbMsPerOp: peerCpu.db / peerRun.operations },
          soloP50: peerSolo?.p50 ?? NaN,
          checked,
        };
      }
      const report: ScenarioReport = {
        name: scenario.name,
        title: scenario.title,
        api: apiSummary,
        raw: rawSummary,
        ratioP50: apiSummary.p50 / rawSummary.p50,
        soloP50: solo?.p50 ?? NaN,
        rawSoloP50: rawSolo?.p50 ?? NaN,
        bareSoloP50: bareSolo?.p50,
        soloParseP50,
        cpu: {
          api: { appMsPerOp: apiCpu.app / apiRun.operations, dbMsPerOp: apiCpu.db / apiRun.operations },
          raw: { appMsPerOp: rawCpu.app / rawRun.operations, dbMsPerOp: rawCpu.db / rawRun.operations },
        },
        peer: peerReport,
        serverRssMb: memory.rssMb,
        serverPeakRssMb: memory.peakMb,
        statements: probe ?? null,
        pages: scenario.name === 'project-sync' ? byTag(apiRun) : undefined,
        soloPages: scenario.name === 'project-sync' && soloRun ? byTag(soloRun) : undefined,
        rawPages: scenario.name === 'project-sync' ? byTag(rawRun) : undefined,
      };
      reports.push(report);
      const c = report.cpu;
      say(`  API ${apiSummary.opsPerSecond.toFixed(1)} ops/s p50 ${apiSummary.p50.toFixed(1)} ms (CPU/op: server ${c.api.appMsPerOp.toFixed(2)} ms, PostgreSQL ${c.api.dbMsPerOp.toFixed(2)} ms)`);
      if (peerReport) {
        const p = peerReport;
        say(`  PostGraphile ${p.summary.opsPerSecond.toFixed(1)} ops/s p50 ${p.summary.p50.toFixed(1)} ms (CPU/op: server ${p.cpu.appMsPerOp.toFixed(2)} ms, PostgreSQL ${p.cpu.dbMsPerOp.toFixed(2)} ms)${p.summary.errors ? ` · ${p.summary.errors} errors (${p.summary.firstError})` : ''}`);
      }
      say(`  raw ${rawSummary.opsPerSecond.toFixed(1)} ops/s p50 ${rawSummary.p50.toFixed(1)} ms (CPU/op: client ${c.raw.appMsPerOp.toFixed(2)} ms, PostgreSQL ${c.raw.dbMsPerOp.toFixed(2)} ms) · API/raw p50 ×${report.ratioP50.toFixed(2)}${apiSummary.errors ? ` · ${apiSummary.errors} errors (${apiSummary.firstError})` : ''}`);
    }

    let feedLag: FeedLagReport | undefined;
    if (options.scenarios.includes(FEED_LAG)) {
      say(`\n▶ live feed: writes through the API while a subscriber follows /graphql/stream`);
      feedLag = await measureFeedLag(api, baseUrl, pool, ctx.tokens, options.durationMs, Math.max(1, Math.min(4, options.concurrency)));
      say(`  ${feedLag.writes} writes (${feedLag.writesPerSecond.toFixed(1)}/s), ${feedLag.delivered} delivered · lag p50 ${feedLag.fromStart.p50.toFixed(1)} ms p95 ${feedLag.fromStart.p95.toFixed(1)} ms`);
    }

    const report: Report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      options: {
        scale: options.scale,
        concurrency: options.concurrency,
        durationSeconds: options.durationMs / 1000,
        warmupSeconds: options.warmupMs / 1000,
        responseCache: process.env.RESPONSE_CACHE ?? 'off',
      },
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        postgres: pgVersion,
        loadAverageBefore: loadBefore,
        loadAverageAfter: os.loadavg(),
      },
      seed: { ...seed, totalMs: seedMs },
      scenarios: reports,
      feedLag,
    };
    say();
    const resultsDir = path.join(REPO_ROOT, 'bench/results');
    const baselineFile = path.join(resultsDir, 'baseline.json');
    printReport(report, say, fs.existsSync(baselineFile) ? (JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as Report) : null);
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${startedAt.toISOString().slice(0, 19).replace(/:/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
    say(`\nWrote ${path.relative(REPO_ROOT, file)}`);
    if (options.baseline) {
      fs.writeFileSync(path.join(resultsDir, 'baseline.json'), JSON.stringify(report, null, 2) + '\n');
      say('Wrote bench/results/baseline.json');
    }
  } finally {
    await teardown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
