// first: with OTEL_EXPORTER_OTLP_ENDPOINT set, tracing must patch pg and graphql before they are loaded
import { stopTelemetry } from './telemetry';
import 'reflect-metadata';
import nodeCluster from 'node:cluster';
import { authService, ensureBootstrapAdmin } from './accounts/auth.service';
import { ensureDefaultScheme } from './assessments/assessment.service';
import { DEMO_INTEGRATOR_TOKEN_NAME, retireDemoAccess } from './seed/demo-access';
import { Scope } from './request/principal';
import { ConfigError, loadConfig } from './config';
import { ensureConsoleBuilt } from './console-assets';
import { createDataSource, migrate } from './db/data-source';
import { ensureDatabase } from './db/database';
import { EmbeddedCluster, startEmbeddedPostgres } from './db/embedded';
import { EMBEDDED_REQUEST_ROLE, embeddedRequestRolePassword, openRequestDataSource, withCredentials } from './db/request-role';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/seed';
import { systemContext } from './request/context';
import { ensureVoteRecords } from './elections/vote-records-backfill';
import { ensureFilingsAsApproved } from './filings/as-approved';
import { createServer } from './graphql/server';
import { keepAddressCountsForWorkers } from './http/address-limit';
import { createLogger } from './shared/logger';
import { markStopping } from './shared/process-stopping';
import { dataDirSecretsKey, parseSecretsKey } from './webhooks/secret-box';
import { sealStoredWebhookSecrets } from './webhooks/webhook.service';

/**
 * Start-up only: config → database (embedded or DATABASE_URL) → migrations → demo data → the request role → server.
 * The owner's connection migrates, seeds and maintains, then closes; requests run as the request role
 * (docs/architecture.md#two-database-roles).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const say = (line = '') => process.stdout.write(`${line}\n`);

  let cluster: EmbeddedCluster | null = null;
  let databaseUrl = config.databaseUrl;
  /** what requests log in as; null: as the owner (an external database without DATABASE_APP_URL) */
  let appUrl = config.databaseAppUrl;
  if (!databaseUrl) {
    say(`Starting the embedded PostgreSQL in ${config.dataDir} …`);
    cluster = await startEmbeddedPostgres(config.dataDir, { persistent: true, ownShutdown: true, say });
    databaseUrl = await ensureDatabase(cluster.url, 'wuye');
    appUrl = withCredentials(databaseUrl, EMBEDDED_REQUEST_ROLE, embeddedRequestRolePassword(config.dataDir));
    if (!config.webhooks.secretsKey) {
      // the embedded database's own key, beside it; workers inherit it through the environment
      process.env.WEBHOOK_SECRETS_KEY = dataDirSecretsKey(config.dataDir);
      config.webhooks.secretsKey = parseSecretsKey(process.env.WEBHOOK_SECRETS_KEY);
    }
  }

  // the owner's: migrations, the demo seed and start-up maintenance, then closed before serving
  const ds = createDataSource(databaseUrl, log, { poolSize: 4, applicationName: 'wuye-api-owner', preparedStatements: config.preparedStatements });
  let requestDs: DataSource | null = null;
  let server: Awaited<ReturnType<typeof createServer>> | null = null;
  let stopWorkers: (() => Promise<void>) | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    markStopping();
    say(`\n${signal}: stopping …`);
    await stopWorkers?.();
    await server?.close().catch(() => undefined);
    await requestDs?.destroy().catch(() => undefined);
    if (ds.isInitialized) await ds.destroy().catch(() => undefined);
    await cluster?.stop();
    await stopTelemetry();
    say('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await ds.initialize();
  const applied = await migrate(ds);
  if (applied.length) say(`Applied migrations: ${applied.join(', ')}`);

  let integratorToken: string | null = null;
  if (config.demoMode) {
    const seeded = await seedDemo(ds, log);
    if (seeded === 'seeded') say('Seeded the Huzhou demo data.');
    const issued = await authService.createApiToken(
      systemContext(ds, config, log),
      { name: DEMO_INTEGRATOR_TOKEN_NAME, scopes: [Scope.REGISTRY_READ, Scope.ELECTIONS_READ], expiresInDays: 30 },
      { replaceSameName: true },
    );
    integratorToken = issued.token;
  }
  // the shipped assessment scheme, published now unless the demo published it before its first assessed quarter
  await ensureDefaultScheme(ds);
  const sealed = await sealStoredWebhookSecrets(ds, config.webhooks.secretsKey);
  if (sealed) say(`Sealed ${sealed} webhook secret(s) stored before sealing existed.`);
  const completed = await ensureVoteRecords(systemContext(ds, config, log));
  if (completed) say(`Kept the record of ${completed} vote(s) opened before vote records existed.`);
  const keptAsApproved = await ensureFilingsAsApproved(systemContext(ds, config, log));
  if (keptAsApproved) say(`Kept what ${keptAsApproved} filing(s) approved before were approved on, as the registry has it now.`);
  const retired = await retireDemoAccess(ds, config);
  if (retired.accounts.length) say(`Closed demo account(s) that still had the published password: ${retired.accounts.join(', ')} (docs/roles-and-workflows.md#demo-accounts).`);
  if (retired.tokens) say(`Revoked ${retired.tokens} demo integrator token(s) printed by a demo start-up.`);
  const admin = await ensureBootstrapAdmin(ds, config);
  if (admin === 'missing') {
    say('No administrator exists: set ADMIN_USERNAME and ADMIN_PASSWORD once to create the first one, and SECOND_ADMIN_USERNAME and');
    say('  SECOND_ADMIN_PASSWORD for the second, who confirms the first one\'s account changes (docs/roles-and-workflows.md#account-dual-control).');
  } else if (!config.demoMode && (await ds.query(`SELECT count(*)::int AS n FROM app_user WHERE role = 'admin' AND active`))[0].n < 2) {
    say('Only one administrator is active: account changes wait for a second one. Set SECOND_ADMIN_USERNAME and SECOND_ADMIN_PASSWORD');
    say('  once to create it (docs/roles-and-workflows.md#account-dual-control).');
  }

  if (appUrl) {
    requestDs = await openRequestDataSource(ds, appUrl, log, { manage: !config.databaseUrl, preparedStatements: config.preparedStatements });
  } else {
    say('WARNING: DATABASE_APP_URL is not set: requests run as the role that owns the tables, which could disable the');
    say('  triggers that keep records unaltered. Set DATABASE_APP_URL to a role of its own (docs/architecture.md#two-database-roles).');
    log.warn('db.requestRole.missing', { detail: 'requests run as the owner of the tables: set DATABASE_APP_URL' });
  }
  const serving = requestDs ?? ds;

  if (config.serveConsole) {
    await ensureConsoleBuilt(say).catch((error: Error) => {
      say(`The console could not be built (${error.message}); the API runs without it.`);
    });
  }
  let port: number;
  if (config.workers > 1) {
    // the database is ready: the workers only serve (they share the port; nothing of theirs lives in memory
    // another would need, see api/test/scale-out.e2e.spec.ts)
    await requestDs?.destroy();
    await ds.destroy();
    port = await startWorkers(config.workers, appUrl ?? databaseUrl, () => stopping);
    stopWorkers = () => Promise.all(Object.values(nodeCluster.workers ?? {}).map((w) => new Promise<void>((resolve) => (w ? (w.once('exit', () => resolve()), w.kill('SIGTERM')) : resolve())))).then(() => undefined);
  } else {
    // the owner's connection is done with: from here on nothing in this process can alter the schema
    if (requestDs) await ds.destroy();
    server = await createServer({ config, ds: serving, log });
    port = await server.listen(config.port);
  }
  const base = `http://localhost:${port}`;
  say();
  say(`Wuye Registry 物业备案与业委会选举平台 is running`);
  if (config.serveConsole) say(`  console  ${base}/`);
  say(`  GraphQL  ${base}/graphql`);
  if (config.demoMode) {
    say(`  demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role})`).join(', ')}`);
    say(`  demo integrator token (read-only; a new one each start, the last one revoked): ${integratorToken}`);
  }
  if (config.workers > 1) say(`  ${config.workers} worker processes share the port`);
  say('Press Ctrl-C to stop.');
}

/** Forks the workers and resolves with the port once all listen; a worker that dies is replaced. */
function startWorkers(count: number, databaseUrl: string, stopping: () => boolean): Promise<number> {
  // the workers' anonymous requests are counted here, once for the server (http/address-limit.ts)
  keepAddressCountsForWorkers();
  nodeCluster.setupPrimary({ env: { ...process.env, WUYE_WORKER_DATABASE_URL: databaseUrl } } as never);
  for (let i = 0; i < count; i++) nodeCluster.fork({ WUYE_WORKER_DATABASE_URL: databaseUrl });
  nodeCluster.on('exit', (worker, code, signal) => {
    if (stopping()) return;
    process.stderr.write(`worker ${worker.process.pid} ended (${signal ?? code}); starting another\n`);
    nodeCluster.fork({ WUYE_WORKER_DATABASE_URL: databaseUrl });
  });
  return new Promise((resolve) => {
    let listening = 0;
    nodeCluster.on('listening', (_worker, address) => {
      if (++listening === count) resolve(address.port);
    });
  });
}

/** A worker: serves on the database the primary prepared, as the request role it confined; stops cleanly on SIGTERM or SIGINT. */
async function worker(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const ds = createDataSource(process.env.WUYE_WORKER_DATABASE_URL!, log, { preparedStatements: config.preparedStatements });
  await ds.initialize();
  const server = await createServer({ config, ds, log });
  log.info('worker.listening', { port: await server.listen(config.port) });
  const stop = async () => {
    markStopping();
    await server.close().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    await stopTelemetry();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

(nodeCluster.isWorker ? worker() : main()).catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Wuye Registry could not start:\n${message}\n`);
  process.exit(1);
});
