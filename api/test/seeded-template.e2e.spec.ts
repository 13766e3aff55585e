import crypto from 'node:crypto';
import pg from 'pg';
import { dropDatabase, ensureDatabase, withDatabase } from '../src/db/database';
import { addDays, todayInChina } from '../src/shared/iso-date';
import { startTestApp } from './harness';
import { dayTemplateName, seedTemplate, templateSeededFor } from './seeded-template';
import { requiredTestEnv, runRequestRole, TEST_ENV } from './test-env';

/**
 * A run whose template was seeded before China's midnight: a test file starting after it gets a database seeded
 * for its own day, from a template the first file to ask seeds once and the others reuse. Played on a base
 * template of this file's own, seeded for yesterday, so the run's template and the other files are left alone.
 */
const serverUrl = requiredTestEnv(TEST_ENV.serverUrl);
const runTemplate = requiredTestEnv(TEST_ENV.template);
const today = todayInChina();
const yesterday = addDays(today, -1);
const staleBase = `${runTemplate}_stale_${crypto.randomBytes(4).toString('hex')}`;
const todaysTemplate = dayTemplateName(staleBase, today);

/** The demo's fee vote in progress (resolution 3, election-demo.ts) closes ten days after the day the seed is dated from. */
async function feeVoteEndsOn(database: string): Promise<string> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, database) });
  await client.connect();
  try {
    return (await client.query(`SELECT voting_ends_on::text AS day FROM resolution WHERE id = 3`)).rows[0].day;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await seedTemplate(serverUrl, staleBase, yesterday, runRequestRole());
  expect(await feeVoteEndsOn(staleBase)).toBe(addDays(yesterday, 10));
}, 180_000);

afterAll(async () => {
  for (const database of [todaysTemplate, staleBase]) await dropDatabase(serverUrl, database);
});

it('a template seeded for the day asked about is copied as it is', async () => {
  expect(await templateSeededFor(yesterday, staleBase)).toEqual({ template: staleBase, seeded: false });
});

it('on a later day, one of two callers at once seeds a template for that day; the other waits for it and reuses it, as does the next', async () => {
  const callers = await Promise.all([templateSeededFor(today, staleBase), templateSeededFor(today, staleBase)]);
  expect(callers.map((c) => c.template)).toEqual([todaysTemplate, todaysTemplate]);
  expect(callers.map((c) => c.seeded).sort()).toEqual([false, true]);
  expect(await feeVoteEndsOn(todaysTemplate)).toBe(addDays(today, 10));
  expect(await templateSeededFor(today, staleBase)).toEqual({ template: todaysTemplate, seeded: false });
}, 180_000);

it('a test server started on a run whose template is a day old serves a copy seeded for today', async () => {
  process.env[TEST_ENV.template] = staleBase;
  try {
    const app = await startTestApp();
    try {
      const [{ database }] = await app.ds.query(`SELECT current_database() AS database`);
      expect(database.startsWith(`${todaysTemplate}_`)).toBe(true);
      expect(await feeVoteEndsOn(database)).toBe(addDays(today, 10));
    } finally {
      await app.close();
    }
  } finally {
    process.env[TEST_ENV.template] = runTemplate;
  }
}, 180_000);

it('a template whose seeding was cut short (created, no day recorded) is dropped and seeded again', async () => {
  const tomorrow = addDays(today, 1);
  const halfSeeded = dayTemplateName(staleBase, tomorrow);
  await ensureDatabase(serverUrl, halfSeeded);
  try {
    expect(await templateSeededFor(tomorrow, staleBase)).toEqual({ template: halfSeeded, seeded: true });
    expect(await feeVoteEndsOn(halfSeeded)).toBe(addDays(tomorrow, 10));
  } finally {
    await dropDatabase(serverUrl, halfSeeded);
  }
}, 180_000);
