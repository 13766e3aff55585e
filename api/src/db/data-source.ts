import pg from 'pg';
import { DataSource } from 'typeorm';
import { reconcileProvisionalDeadlines } from '../committees/filing-deadlines';
import { ensureDefaultChecklist } from '../eligibility/eligibility.service';
import { Logger } from '../shared/logger';
import { unlessOwnStop } from '../shared/process-stopping';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming';
import { PREPARED_STATEMENTS_DEFAULT, preparedStatementNames, preparingClient } from './prepared-statements';
import { SqlLogger } from './sql-logger';

// Calendar dates stay "YYYY-MM-DD" strings: parsing them into JS Dates would shift them by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function createDataSource(url: string, log: Logger, options: { poolSize?: number; applicationName?: string; preparedStatements?: number } = {}): DataSource {
  const prepared = options.preparedStatements ?? PREPARED_STATEMENTS_DEFAULT;
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logger: new SqlLogger(log),
    maxQueryExecutionTime: 1000,
    // an idle connection PostgreSQL ended: the pool drops it and opens another when needed
    poolErrorHandler: (error: Error) => {
      unlessOwnStop(error, () => log.warn('db.pool.connectionLost', { name: error.name, code: (error as { code?: string }).code ?? null }));
    },
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'wuye-api',
      // repeated statements parsed and planned once per connection, none with PREPARED_STATEMENTS=0, and rows as arrays
      // where a statement asks (prepared-statements.ts)
      Client: preparingClient(preparedStatementNames(prepared)),
    },
  });
}

/**
 * Applies every pending migration (each in its own transaction), then the reference data every deployment
 * needs: the shipped eligibility checklist, and provisional deadlines recomputed over the entered holiday notices.
 * The shipped assessment scheme is not among them: a demo seed publishes it dated before its first assessed
 * quarter, anything else at its first start (ensureDefaultScheme after the seed).
 */
export async function migrate(ds: DataSource): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  await ensureDefaultChecklist(ds);
  await reconcileProvisionalDeadlines(ds.manager);
  return applied.map((m) => m.name);
}
