import { loadConfig } from '../src/config';
import { createDataSource, migrate } from '../src/db/data-source';
import { ensureDatabase } from '../src/db/database';
import { ensureRequestRole, quoteIdent } from '../src/db/request-role';
import { ensureVoteRecords } from '../src/elections/vote-records-backfill';
import { systemContext } from '../src/request/context';
import { seedDemo } from '../src/seed/seed';
import { assertIsoDate, IsoDate } from '../src/shared/iso-date';
import { createLogger } from '../src/shared/logger';

/** Migrates and seeds `template` for `day` as `npm start` does (grants, demo, the votes' records); the day goes on last, as its comment. */
export async function seedTemplate(serverUrl: string, template: string, day: IsoDate, requestRole: { name: string; password: string }): Promise<void> {
  assertIsoDate(day, 'the seeded day'); // it goes into SQL text: DDL takes no parameters
  const log = createLogger('warn');
  const ds = createDataSource(await ensureDatabase(serverUrl, template), log, { poolSize: 2 });
  await ds.initialize();
  try {
    await migrate(ds);
    // created here, granted again by every test server on its own copy (as every start does)
    await ensureRequestRole(ds, requestRole.name, requestRole.password, { manage: true });
    await seedDemo(ds, log, { today: day });
    // what npm start does next: the demo's votes get their records (roll fixed, counted, sealed)
    await ensureVoteRecords(systemContext(ds, loadConfig({ NODE_ENV: 'test', DATABASE_URL: serverUrl }), log));
    // a comment is not copied with the database, so only a template carries it, and only once it is complete
    await ds.query(`COMMENT ON DATABASE ${quoteIdent(template)} IS '${day}'`);
  } finally {
    await ds.destroy();
  }
}
