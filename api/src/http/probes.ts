import { Router } from 'express';
import { DataSource } from 'typeorm';

/** Migrations this build needs that the database has not recorded (an empty list when it is up to date). */
export async function missingMigrations(ds: DataSource): Promise<string[]> {
  const table = ds.options.migrationsTableName ?? 'migrations';
  const [{ exists }] = await ds.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [table]);
  const rows: Array<{ name: string }> = exists ? await ds.query(`SELECT name FROM "${table}"`) : [];
  const applied = new Set(rows.map((row) => row.name));
  return ds.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}

/**
 * Probes for an orchestrator: /healthz (live: the process answers and reaches its database) and /readyz
 * (ready: the database answers and has every migration this build needs; 503 otherwise, so a load
 * balancer keeps traffic away from an instance that would fail).
 */
export function probes(ds: DataSource): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  router.get('/readyz', async (_req, res) => {
    let missing: string[];
    try {
      missing = await missingMigrations(ds);
    } catch {
      res.status(503).json({ status: 'database unavailable' });
      return;
    }
    if (missing.length) res.status(503).json({ status: 'migrations pending', pending: missing });
    else res.json({ status: 'ready' });
  });
  return router;
}
