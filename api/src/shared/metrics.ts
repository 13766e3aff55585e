import client from 'prom-client';

/**
 * The process's one Prometheus registry (`GET /metrics`, docs/architecture.md#vital-signs): the server's
 * figures are defined in graphql/metrics.ts, a domain's own beside its code (imports/import-metrics.ts), so no
 * domain imports graphql/. With WORKERS each worker is its own target.
 */
export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: 'wuye_' });
