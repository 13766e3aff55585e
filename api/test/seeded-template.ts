import crypto from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../src/config';
import { createDataSource, migrate } from '../src/db/data-source';
import { dropDatabase, ensureDatabase } from '../src/db/database';
import { ensureRequestRole, quoteIdent } from '../src/db/request-role';
import { ensureVoteRecords } from '../src/elections/vote-records-backfill';
import { ensureFilingsAsApproved } from '../src/filings/as-approved';
import { systemContext } from '../src/request/context';
import { seedDemo } from '../src/seed/seed';
import { assertIsoDate, IsoDate, todayInChina } from '../src/shared/iso-date';
import { createLogger } from '../src/shared/logger';
import { requiredTestEnv, runRequestRole, TEST_ENV } from './test-env';

/**
 * The demo seed dates itself from the China day it runs (midnight there is 16:00 UTC), and the tests and the
 * server count from theirs: a test file that starts on a later day than the run's template was seeded for copies
 * a template seeded for its own day instead, built once per day by the first worker that asks. A file that is
 * itself running across midnight keeps the day it started on: that narrow window stays open.
 */

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
    // what npm start does next: the demo's votes get their records (roll fixed, counted, sealed), its approved filings what they were approved on
    const ctx = systemContext(ds, loadConfig({ NODE_ENV: 'test', DATABASE_URL: serverUrl }), log);
    await ensureVoteRecords(ctx);
    await ensureFilingsAsApproved(ctx);
    // a comment is not copied with the database, so only a template carries it, and only once it is complete
    await ds.query(`COMMENT ON DATABASE ${quoteIdent(template)} IS '${day}'`);
  } finally {
    await ds.destroy();
  }
}

/** The China day `template` was seeded for; null while it is missing or half seeded. */
async function seededDay(client: pg.Client, template: string): Promise<IsoDate | null> {
  const { rows } = await client.query<{ day: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS day FROM pg_database WHERE datname = $1`, [template]);
  return rows[0]?.day ?? null;
}

/** The template seeded for `day` on a run whose own template, `base`, was seeded for an earlier one. */
export function dayTemplateName(base: string, day: IsoDate): string {
  return `${base}_day_${day.replaceAll('-', '')}`;
}

/**
 * The template to copy on `day`: `base` when it was seeded for that day, otherwise `<base>_day_<yyyymmdd>`, seeded
 * by the first caller under an advisory lock while later callers (other jest workers) wait and reuse it.
 * `seeded` tells whether this call did the seeding. Its name starts with `base`, so the teardown drops it too.
 */
export async function templateSeededFor(
  day: IsoDate = todayInChina(),
  base: string = requiredTestEnv(TEST_ENV.template),
): Promise<{ template: string; seeded: boolean }> {
  const serverUrl = requiredTestEnv(TEST_ENV.serverUrl);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    if ((await seededDay(client, base)) === day) return { template: base, seeded: false };
    const template = dayTemplateName(base, day);
    // a session lock, on the one database every worker connects to: it is released if the seeding process dies
    await client.query(`SELECT pg_advisory_lock(hashtext($1))`, [template]);
    try {
      if ((await seededDay(client, template)) === day) return { template, seeded: false };
      // no day recorded: a seed cut short, which starts over
      await dropDatabase(serverUrl, template);
      await seedTemplate(serverUrl, template, day, runRequestRole());
      return { template, seeded: true };
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [template]);
    }
  } finally {
    await client.end();
  }
}

/** A database of its own for a test, copied from the template seeded for today: its name (to drop it) and URL. */
export async function copyOfSeededTemplate(): Promise<{ database: string; databaseUrl: string }> {
  const { template } = await templateSeededFor();
  const database = `${template}_${crypto.randomBytes(4).toString('hex')}`;
  return { database, databaseUrl: await ensureDatabase(requiredTestEnv(TEST_ENV.serverUrl), database, template) };
}
