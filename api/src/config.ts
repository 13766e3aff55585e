import fs from 'node:fs';
import path from 'node:path';
import { PREPARED_STATEMENTS_DEFAULT } from './db/prepared-statements';
import { HTTP_PROTOCOLS, parsedUrl, POSTGRES_PROTOCOLS } from './shared/url';
import { parseSecretsKey } from './webhooks/secret-box';

/** Every environment variable the server reads, parsed and validated here and nowhere else. */
export interface Config {
  /** production hides nothing more than development does from clients, but logs less */
  nodeEnv: 'production' | 'development' | 'test';
  port: number;
  /** an external PostgreSQL; when absent an embedded one runs under dataDir */
  databaseUrl: string | null;
  /** with databaseUrl: the role requests log in as, confined to rows (docs/architecture.md#two-database-roles); null:
   * requests run as the owner, with a warning. The embedded database makes its own (wuye_app). */
  databaseAppUrl: string | null;
  dataDir: string;
  /** demo accounts and data (published password, printed token): never in production; otherwise always with the embedded
   * database, with DATABASE_URL only on SEED_DEMO=1 */
  demoMode: boolean;
  sessionTtlMinutes: number;
  /** the console signs a person out after this long without input, warning them `warningSeconds` before */
  sessionIdle: { timeoutSeconds: number; warningSeconds: number };
  apiTokenTtlDays: number;
  /** outside demo mode (always in production) the first admin comes from here; there are no default passwords */
  bootstrapAdmin: { username: string; password: string } | null;
  /** the second admin the first's account changes wait for (docs/roles-and-workflows.md#account-dual-control) */
  secondBootstrapAdmin: { username: string; password: string } | null;
  /** production closes demo accounts with the published password at start-up unless this is set (seed/demo-access.ts) */
  keepDemoAccounts: boolean;
  loginThrottle: { maxFailures: number; windowMinutes: number; lockMinutes: number };
  /** bodyBytes must hold an import file in base64 (4/3 of imports.maxBytes) with room for the JSON around it */
  limits: {
    maxTake: number;
    maxDepth: number;
    maxComplexity: number;
    /** lexical tokens of a query text: bounds parsing and validation work before anything else is known */
    maxTokens: number;
    maxAliases: number;
    maxDirectives: number;
    bodyBytes: number;
    /** how long a request may take to arrive, headers and body (a slow-loris client holds a socket no longer) */
    requestTimeoutMs: number;
  };
  /** bulk import of firms and projects: the largest file (decoded bytes) and the most data rows accepted */
  imports: { maxBytes: number; maxRows: number };
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  /** serve the built console from this process (off for API-only deployments) */
  serveConsole: boolean;
  /** behind a load balancer: take the client address from X-Forwarded-For (one hop) for login throttling */
  trustProxy: boolean;
  /** API processes sharing the port (node:cluster); the API keeps no state another process needs */
  workers: number;
  /** change events older than this are pruned; a reader behind them resyncs from the lists */
  changeFeedRetentionDays: number;
  /** the live feed (/graphql/stream): how often each process checks the feed's head without a notification, and
   * re-checks its subscribers' tokens; and how many live subscriptions one token may hold across processes */
  changeFeedLive: { pollMs: number; maxSubscriptionsPerToken: number };
  /** the bearer token /metrics asks for; without one, /metrics answers the loopback address only */
  metricsToken: string | null;
  /** an OTLP/HTTP collector: the process sends its traces there (telemetry.ts, started before this is read); null: off */
  traceEndpoint: string | null;
  /** the x-sql-statements reply header (statements per request), for tests and the benchmark only */
  exposeSqlStatements: boolean;
  /** list reads compiled into one statement where the selection allows (shared/read-plan.ts); off: DataLoaders only */
  compiledReads: boolean;
  /** statement texts a process prepares at most; 0 sends every statement unnamed */
  preparedStatements: number;
  /** requests per minute of an integrator token whose own limit is not set (sessions are not limited) */
  tokenRateLimitPerMinute: number;
  /** requests without an account (or with a refused token) per client address and minute; 0 counts none (http/address-limit.ts) */
  anonymousRequestsPerMinute: number;
  /** webhook delivery (docs/architecture.md#webhooks): poll, batch, timeout, the retries' backoff, and whether internal receivers are allowed */
  webhooks: { pollMs: number; batchSize: number; timeoutMs: number; retryBaseMs: number; retryMaxMs: number; secretsKey: Buffer | null; allowPrivate: boolean };
  /** answers of read-only queries kept per caller kind and served while PostgreSQL's table versions hold (graphql/response-cache.ts) */
  responseCache: { enabled: boolean; maxBytes: number };
}

export class ConfigError extends Error {}

/** Every variable, for the README and for the test that keeps the two in step. */
export const ENV_VARIABLES: Record<string, string> = {
  NODE_ENV: 'production | development | test (default development); production never seeds the demo (not even on the embedded database): its first admin comes from ADMIN_USERNAME/ADMIN_PASSWORD',
  PORT: 'HTTP port (default 4000; 0 picks a free one)',
  DATABASE_URL: 'an external PostgreSQL; without it an embedded PostgreSQL runs under DATA_DIR',
  DATABASE_APP_URL: 'with DATABASE_URL: the same database as a role of its own that requests log in as (created if missing, given rows only, e.g. postgres://wuye_app:secret@db:5432/wuye); without it requests run as the owner of the tables and start-up warns',
  DATA_DIR: 'folder of the embedded PostgreSQL (default .data/ in the repository)',
  SEED_DEMO: '1 seeds the demo data and accounts on an external DATABASE_URL (always on with the embedded one outside production); refused with NODE_ENV=production, which never seeds demo accounts or prints tokens',
  ADMIN_USERNAME: 'with ADMIN_PASSWORD (12+ characters): creates the first admin when none exists',
  ADMIN_PASSWORD: 'see ADMIN_USERNAME',
  SECOND_ADMIN_USERNAME: 'with SECOND_ADMIN_PASSWORD (12+ characters): creates a second admin while fewer than two are active, who confirms the first admin\'s account changes (dual control); without it no account can be made on a fresh deployment',
  SECOND_ADMIN_PASSWORD: 'see SECOND_ADMIN_USERNAME',
  KEEP_DEMO_ACCOUNTS: '1 keeps, in production, demo accounts that still have the published password and the printed demo integrator token; without it a production start-up makes them inactive and revokes their tokens (for the benchmark on a seeded copy)',
  SESSION_TTL_MINUTES: 'session token lifetime (default 480)',
  SESSION_IDLE_SECONDS: 'the console signs out after this long without input; the server refuses a session unused this long plus at most a minute (default 1800)',
  SESSION_IDLE_WARNING_SECONDS: 'the console warns this long before the idle sign-out (default 60, less than SESSION_IDLE_SECONDS)',
  API_TOKEN_TTL_DAYS: 'longest lifetime of an integrator API token (default 365)',
  LOGIN_MAX_FAILURES: 'failed sign-ins per username before a lock (default 5; 4× that per client address; from an address the account signed in from, counted there only)',
  LOGIN_WINDOW_MINUTES: 'window in which failures count (default 15)',
  LOGIN_LOCK_MINUTES: 'how long a lock lasts (default 15)',
  MAX_PAGE_SIZE: 'largest `take` of a list (default 200)',
  MAX_QUERY_DEPTH: 'deepest nesting of a query (default 12)',
  MAX_QUERY_COMPLEXITY: 'largest estimated cost of a query (default 50000)',
  MAX_QUERY_TOKENS: 'most lexical tokens in a query text (default 1000)',
  MAX_QUERY_ALIASES: 'most aliases in a query (default 15)',
  MAX_QUERY_DIRECTIVES: 'most directives in a query (default 20)',
  MAX_BODY_BYTES: 'largest request body (default 8 MiB: an IMPORT_MAX_BYTES file in base64, with room to spare)',
  REQUEST_TIMEOUT_SECONDS: 'how long a request may take to arrive, headers and body (default 120; its headers at most 20 s of it)',
  IMPORT_MAX_BYTES: 'largest bulk-import file, decoded (default 5 MiB)',
  IMPORT_MAX_ROWS: 'most data rows of one bulk-import file (default 5000)',
  LOG_LEVEL: 'silent | error | warn | info | debug (default info)',
  API_ONLY: '1 serves the API without the console',
  TRUST_PROXY: '1 behind a load balancer: the client address comes from X-Forwarded-For',
  WORKERS: 'API processes sharing the port (default 1; the number of cores on a production host)',
  CHANGE_FEED_RETENTION_DAYS: 'days the change feed keeps its events for replay (default 30, at least 30)',
  CHANGE_FEED_POLL_MS: 'live feed: how often each process looks at the feed head without a notification and re-checks subscribers\' tokens (default 5000)',
  CHANGE_FEED_MAX_SUBSCRIPTIONS: 'live feed: most open subscriptions of one token, or of one person across their sessions, across all API processes (default 5)',
  OTEL_EXPORTER_OTLP_ENDPOINT: 'an OTLP/HTTP collector (e.g. http://localhost:4318): sends traces of GraphQL operations and their SQL, never variables or parameter values; unset, tracing is off',
  METRICS_TOKEN: 'bearer token for /metrics (16+ characters); without it /metrics answers this host only (the loopback address, no proxy between: never with TRUST_PROXY)',
  EXPOSE_SQL_STATEMENTS: '1 counts SQL statements per request (the x-sql-statements reply header and the metrics histogram); for tests, the benchmark and diagnosis',
  COMPILED_READS: 'on | off (default on): read lists in one SQL statement where the selection allows; off reads every relation through DataLoaders',
  PREPARED_STATEMENTS: 'most statement texts each API process prepares on its connections, named on their second use (default 200); 0 sends every statement unnamed, e.g. behind a connection pooler that cannot keep prepared statements',
  TOKEN_RATE_LIMIT_PER_MINUTE: 'requests per minute of an integrator API token without a limit of its own (default 600)',
  ANONYMOUS_REQUESTS_PER_MINUTE: 'requests without an account (public reads, sign-ins, refused tokens) per client address and minute (default 300; 0 counts none)',
  WEBHOOK_POLL_MS: 'how often each API process looks for webhook work (default 1000)',
  WEBHOOK_BATCH_SIZE: 'most change events in one webhook delivery (default 100, at most MAX_PAGE_SIZE)',
  WEBHOOK_TIMEOUT_MS: 'how long a webhook receiver may take to answer (default 10000)',
  WEBHOOK_RETRY_BASE_MS: 'first retry delay of a failed webhook delivery, doubled on each failure (default 5000)',
  WEBHOOK_RETRY_MAX_MS: 'longest delay between retries of a webhook delivery (default 3600000, one hour)',
  WEBHOOK_ALLOW_PRIVATE: '1 lets webhooks post to internal addresses (loopback, private, link-local, CGNAT …), for a receiver deliberately inside the network; off by default, such URLs are refused when registered and when delivered',
  WEBHOOK_SECRETS_KEY: 'the key (32 bytes as base64 or hex, e.g. `openssl rand -base64 32`) that seals webhook signing secrets in the database; the same on every host. Without it an external database takes no webhooks; the embedded one keeps its own key in DATA_DIR',
  RESPONSE_CACHE: 'on | off (default on): serve a repeated registry read from memory while the tables it read are unchanged',
  RESPONSE_CACHE_MB: 'memory the response cache may hold per process, in MiB (default 64)',
};

type Env = Record<string, string | undefined>;

/** The repository's top folder, whether running from api/src (tests) or api/dist (npm start). */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'api', 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

const repoRoot = findRepoRoot(__dirname);

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!allowed.includes(raw as T)) {
      problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  };
  const flag = (name: string): boolean => ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());

  const nodeEnv = oneOf('NODE_ENV', ['production', 'development', 'test'] as const, 'development');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const seedDemo = flag('SEED_DEMO');
  // the demo's accounts share a published password and its start-up prints a live token
  if (seedDemo && nodeEnv === 'production') problems.push('SEED_DEMO must not be set with NODE_ENV=production: the demo accounts have a published password');
  // read by new URL() as the database code reads it (db/database.ts, db/request-role.ts): a URL it throws on is refused here
  if (databaseUrl && !parsedUrl(databaseUrl, POSTGRES_PROTOCOLS)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const databaseAppUrl = env.DATABASE_APP_URL?.trim() || null;
  if (databaseAppUrl) {
    // never echo the URL: it holds a password
    const user = (url: string) => { try { return decodeURIComponent(parsedUrl(url, POSTGRES_PROTOCOLS)?.username ?? ''); } catch { return ''; } };
    if (!databaseUrl) problems.push('DATABASE_APP_URL goes with DATABASE_URL (the embedded PostgreSQL makes its own request role)');
    else if (!parsedUrl(databaseAppUrl, POSTGRES_PROTOCOLS)) problems.push('DATABASE_APP_URL must be a postgres:// or postgresql:// URL');
    else if (!user(databaseAppUrl)) problems.push('DATABASE_APP_URL must name the role requests log in as (postgres://ROLE:PASSWORD@host/database)');
    else if (user(databaseAppUrl) === user(databaseUrl)) problems.push('DATABASE_APP_URL must name a role other than DATABASE_URL\'s, which owns the tables');
  }

  const adminUser = env.ADMIN_USERNAME?.trim();
  const adminPassword = env.ADMIN_PASSWORD || undefined; // compose passes unset variables as ''
  if ((adminUser && !adminPassword) || (!adminUser && adminPassword)) {
    problems.push('ADMIN_USERNAME and ADMIN_PASSWORD go together');
  }
  if (adminPassword !== undefined && adminPassword.length < 12) {
    problems.push('ADMIN_PASSWORD must be at least 12 characters');
  }
  const secondUser = env.SECOND_ADMIN_USERNAME?.trim();
  const secondPassword = env.SECOND_ADMIN_PASSWORD || undefined;
  if ((secondUser && !secondPassword) || (!secondUser && secondPassword)) {
    problems.push('SECOND_ADMIN_USERNAME and SECOND_ADMIN_PASSWORD go together');
  }
  if (secondPassword !== undefined && secondPassword.length < 12) {
    problems.push('SECOND_ADMIN_PASSWORD must be at least 12 characters');
  }
  if (secondUser && adminUser && secondUser.toLowerCase() === adminUser.toLowerCase()) {
    problems.push('SECOND_ADMIN_USERNAME must name another account than ADMIN_USERNAME');
  }

  const config: Config = {
    nodeEnv,
    port: int('PORT', 4000, 0, 65535),
    databaseUrl,
    databaseAppUrl,
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, '.data')),
    demoMode: nodeEnv !== 'production' && (!databaseUrl || seedDemo),
    sessionTtlMinutes: int('SESSION_TTL_MINUTES', 8 * 60, 1, 7 * 24 * 60),
    sessionIdle: {
      timeoutSeconds: int('SESSION_IDLE_SECONDS', 30 * 60, 5, 24 * 60 * 60),
      warningSeconds: int('SESSION_IDLE_WARNING_SECONDS', 60, 1, 60 * 60),
    },
    apiTokenTtlDays: int('API_TOKEN_TTL_DAYS', 365, 1, 3 * 365),
    bootstrapAdmin: adminUser && adminPassword ? { username: adminUser, password: adminPassword } : null,
    secondBootstrapAdmin: secondUser && secondPassword ? { username: secondUser, password: secondPassword } : null,
    keepDemoAccounts: flag('KEEP_DEMO_ACCOUNTS'),
    loginThrottle: {
      maxFailures: int('LOGIN_MAX_FAILURES', 5, 1, 100),
      windowMinutes: int('LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
      lockMinutes: int('LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
    },
    limits: {
      maxTake: int('MAX_PAGE_SIZE', 200, 1, 10000),
      maxDepth: int('MAX_QUERY_DEPTH', 12, 2, 100),
      maxComplexity: int('MAX_QUERY_COMPLEXITY', 50000, 100, 10_000_000),
      maxTokens: int('MAX_QUERY_TOKENS', 1000, 100, 20_000),
      maxAliases: int('MAX_QUERY_ALIASES', 15, 0, 1000),
      maxDirectives: int('MAX_QUERY_DIRECTIVES', 20, 0, 1000),
      bodyBytes: int('MAX_BODY_BYTES', 8 * 1024 * 1024, 1024, 100 * 1024 * 1024),
      requestTimeoutMs: int('REQUEST_TIMEOUT_SECONDS', 120, 1, 3600) * 1000,
    },
    imports: {
      maxBytes: int('IMPORT_MAX_BYTES', 5 * 1024 * 1024, 1024, 50 * 1024 * 1024),
      maxRows: int('IMPORT_MAX_ROWS', 5000, 1, 100_000),
    },
    logLevel: oneOf('LOG_LEVEL', ['silent', 'error', 'warn', 'info', 'debug'] as const, nodeEnv === 'test' ? 'warn' : 'info'),
    serveConsole: !flag('API_ONLY'),
    trustProxy: flag('TRUST_PROXY'),
    workers: int('WORKERS', 1, 1, 64),
    changeFeedRetentionDays: int('CHANGE_FEED_RETENTION_DAYS', 30, 30, 3650),
    changeFeedLive: {
      pollMs: int('CHANGE_FEED_POLL_MS', 5000, 50, 600_000),
      maxSubscriptionsPerToken: int('CHANGE_FEED_MAX_SUBSCRIPTIONS', 5, 1, 1000),
    },
    metricsToken: env.METRICS_TOKEN || null,
    traceEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || null,
    exposeSqlStatements: flag('EXPOSE_SQL_STATEMENTS'),
    compiledReads: oneOf('COMPILED_READS', ['on', 'off'] as const, 'on') === 'on',
    preparedStatements: int('PREPARED_STATEMENTS', PREPARED_STATEMENTS_DEFAULT, 0, 100_000),
    tokenRateLimitPerMinute: int('TOKEN_RATE_LIMIT_PER_MINUTE', 600, 1, 100_000),
    anonymousRequestsPerMinute: int('ANONYMOUS_REQUESTS_PER_MINUTE', 300, 0, 1_000_000),
    webhooks: {
      pollMs: int('WEBHOOK_POLL_MS', 1000, 10, 60_000),
      batchSize: int('WEBHOOK_BATCH_SIZE', 100, 1, 10_000),
      timeoutMs: int('WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      retryBaseMs: int('WEBHOOK_RETRY_BASE_MS', 5000, 10, 3_600_000),
      retryMaxMs: int('WEBHOOK_RETRY_MAX_MS', 3_600_000, 10, 24 * 3_600_000),
      secretsKey: env.WEBHOOK_SECRETS_KEY ? parseSecretsKey(env.WEBHOOK_SECRETS_KEY) : null,
      allowPrivate: flag('WEBHOOK_ALLOW_PRIVATE'),
    },
    responseCache: {
      enabled: oneOf('RESPONSE_CACHE', ['on', 'off'] as const, 'on') === 'on',
      maxBytes: int('RESPONSE_CACHE_MB', 64, 1, 4096) * 1024 * 1024,
    },
  };

  if (env.WEBHOOK_SECRETS_KEY && !config.webhooks.secretsKey) problems.push('WEBHOOK_SECRETS_KEY must be 32 bytes written as base64 (44 characters) or hex (64)');
  if (config.webhooks.batchSize > config.limits.maxTake) problems.push('WEBHOOK_BATCH_SIZE must not exceed MAX_PAGE_SIZE');
  if (config.webhooks.retryMaxMs < config.webhooks.retryBaseMs) problems.push('WEBHOOK_RETRY_MAX_MS must not be less than WEBHOOK_RETRY_BASE_MS');

  if (config.sessionIdle.warningSeconds >= config.sessionIdle.timeoutSeconds) {
    problems.push('SESSION_IDLE_WARNING_SECONDS must be less than SESSION_IDLE_SECONDS');
  }
  if (config.traceEndpoint && !parsedUrl(config.traceEndpoint, HTTP_PROTOCOLS)) problems.push('OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL');
  if (env.METRICS_TOKEN && env.METRICS_TOKEN.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters');

  if (problems.length > 0) {
    throw new ConfigError(`Configuration problems:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

export const REPO_ROOT = repoRoot;
