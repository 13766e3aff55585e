import client from 'prom-client';
import { DataSource } from 'typeorm';
import { registry } from '../shared/metrics';

/**
 * Webhook delivery in /metrics (docs/architecture.md#vital-signs), defined beside the worker so the domain needs
 * nothing of graphql/. The lag is read from PostgreSQL when scraped, so every process reports the same figure.
 */
const sources = new Set<DataSource>();

export const webhookDeliveries = new client.Counter({
  name: 'wuye_webhook_deliveries_total',
  help: 'webhook delivery attempts by this process: delivered (2xx) or failed (to be retried)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

async function lagRows(): Promise<Array<{ id: number; events: string; seconds: number }>> {
  const rows: Array<{ id: number; events: string; seconds: number }> = [];
  for (const ds of sources) {
    if (!ds.isInitialized) continue;
    rows.push(
      ...(await ds
        .query(
          `SELECT e.id, greatest(0, h.last - e.cursor) AS events,
                  coalesce(extract(epoch FROM now() - (SELECT c.at FROM change_event c WHERE c.position > e.cursor ORDER BY c.position LIMIT 1)), 0)::float8 AS seconds
             FROM webhook_endpoint e CROSS JOIN change_feed_head h WHERE e.status = 'ACTIVE'`,
        )
        .catch(() => [])),
    );
  }
  return rows;
}

new client.Gauge({
  name: 'wuye_webhook_lag_seconds',
  help: 'per active endpoint: age of the oldest change after its cursor (0 when it has everything)',
  labelNames: ['endpoint'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const r of await lagRows()) this.set({ endpoint: String(r.id) }, Math.max(0, r.seconds));
  },
});

new client.Gauge({
  name: 'wuye_webhook_lag_events',
  help: 'per active endpoint: change events after its cursor (of any type)',
  labelNames: ['endpoint'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    for (const r of await lagRows()) this.set({ endpoint: String(r.id) }, Number(r.events));
  },
});

/** Reports the lag of this data source's endpoints until the returned function is called. */
export function watchWebhookLag(ds: DataSource): () => void {
  sources.add(ds);
  return () => sources.delete(ds);
}
