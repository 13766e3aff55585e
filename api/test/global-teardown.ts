import fs from 'node:fs';
import pg from 'pg';

/** Drops every database this run made and stops the embedded cluster (which deletes its folder). */
export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__WUYE_TEST__;
  if (!run) return;
  const client = new pg.Client({ connectionString: run.serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${run.template}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  await run.cluster?.stop();
  fs.rmSync(run.runDir, { recursive: true, force: true });
}
