import crypto from 'node:crypto';
import { ApolloServerPlugin } from '@apollo/server';
import type { Express, Request } from 'express';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import client from 'prom-client';
import { DataSource } from 'typeorm';
import { Config } from '../config';
import type { RequestContext } from '../request/context';
import { registry } from '../shared/metrics';
import { errorCodesOf, rootFields } from './plugins';

/**
 * The service's vital signs for Prometheus (`GET /metrics`, docs/architecture.md#vital-signs). Labels are
 * bounded by the schema and the error codes, never taken from what a client wrote (operation names, values).
 * One registry per process (shared/metrics.ts): with WORKERS each worker is its own target.
 */

const requests = new client.Counter({
  name: 'wuye_graphql_requests_total',
  help: 'GraphQL requests by root field(s) and outcome (ok, or the first error code)',
  labelNames: ['operation', 'outcome'] as const,
  registers: [registry],
});
const latency = new client.Histogram({
  name: 'wuye_graphql_request_duration_seconds',
  help: 'GraphQL request latency by root field(s)',
  labelNames: ['operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});
const sqlPerRequest = new client.Histogram({
  name: 'wuye_graphql_sql_statements',
  help: 'SQL statements one GraphQL request ran',
  labelNames: ['operation'] as const,
  buckets: [0, 1, 2, 4, 8, 16, 32, 64, 128],
  registers: [registry],
});
const loginFailures = new client.Counter({
  name: 'wuye_login_failures_total',
  help: 'refused sign-ins: UNAUTHENTICATED (wrong name or password) or RATE_LIMITED (locked)',
  labelNames: ['reason'] as const,
  registers: [registry],
});
/** Pools of the data sources this process serves (one, or two in a test running two servers). */
const pools = new Set<DataSource>();
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
const poolOf = (ds: DataSource) => (ds.driver as unknown as { master?: PgPool }).master;
new client.Gauge({
  name: 'wuye_db_pool_connections',
  help: 'database pool connections: total, idle, and requests waiting for one',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    const sum = (pick: (p: PgPool) => number) => [...pools].reduce((n, ds) => n + (poolOf(ds) ? pick(poolOf(ds)!) : 0), 0);
    this.set({ state: 'total' }, sum((p) => p.totalCount));
    this.set({ state: 'idle' }, sum((p) => p.idleCount));
    this.set({ state: 'waiting' }, sum((p) => p.waitingCount));
  },
});

/** Only schema-defined root field names reach a label; anything unparsed is 'unknown'. */
export function operationLabel(operation: { operation: string; selectionSet: Parameters<typeof rootFields>[0] } | undefined, fragments: Parameters<typeof rootFields>[1]): string {
  if (!operation) return 'unknown';
  return `${operation.operation}:${[...new Set(rootFields(operation.selectionSet, fragments))].sort().join(',')}`;
}

/** One answered request in the metrics: by Apollo (metricsPlugin) or by the response cache's lane in front of it. */
export function recordRequest(label: string, codes: string[], started: bigint, ctx: RequestContext): void {
  requests.inc({ operation: label, outcome: codes[0] ?? 'ok' });
  latency.observe({ operation: label }, Number(process.hrtime.bigint() - started) / 1e9);
  if (ctx.stats.counted) sqlPerRequest.observe({ operation: label }, ctx.stats.sqlStatements);
  if (label === 'mutation:login' && codes.length) loginFailures.inc({ reason: codes[0] });
}

export function metricsPlugin(): ApolloServerPlugin<RequestContext> {
  // Apollo reuses the parsed document of a repeated query text: its label is found once
  const labels = new WeakMap<object, string>();
  const labelOf = (document: DocumentNode, operation: OperationDefinitionNode | null | undefined): string => {
    const key = operation ?? document;
    let label = labels.get(key);
    if (label === undefined) {
      const fragments = Object.fromEntries(document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])));
      labels.set(key, (label = operationLabel(operation ?? undefined, fragments)));
    }
    return label;
  };
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, document, errors, response }) {
          const codes = errorCodesOf(errors, response) ?? [];
          recordRequest(document ? labelOf(document, operation) : 'unparsed', codes, started, contextValue);
        },
      };
    },
  };
}

function loopback(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** Headers a proxy adds for the client behind it. */
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * Asked by this host itself: the loopback socket with no proxy in between. A reverse proxy on the same host connects
 * from the loopback address too, so a declared proxy (TRUST_PROXY) or a proxy's header means someone else asked.
 */
function fromThisHost(req: Request, config: Config): boolean {
  return !config.trustProxy && !PROXY_HEADERS.some((name) => req.headers[name] !== undefined) && loopback(req);
}

const digest = (text: string) => crypto.createHash('sha256').update(text).digest();

/** The bearer token compared in constant time (digests of equal length), so its characters cannot be timed one by one. */
function hasMetricsToken(req: Request, token: string): boolean {
  return crypto.timingSafeEqual(digest(req.headers.authorization ?? ''), digest(`Bearer ${token}`));
}

/**
 * `GET /metrics`: with METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`; without it, only to this
 * host itself (fromThisHost: never through a proxy, never by X-Forwarded-For). (`/readyz` is http/probes.ts').
 */
export function mountVitalSigns(app: Express, { config, ds }: { config: Config; ds: DataSource }): void {
  pools.add(ds);
  app.get('/metrics', async (req, res) => {
    const allowed = config.metricsToken ? hasMetricsToken(req, config.metricsToken) : fromThisHost(req, config);
    if (!allowed) {
      res.status(403).type('text/plain').send('metrics are served to this host (not through a proxy) or with METRICS_TOKEN\n');
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
}
