import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/**
 * Personal data never reaches the logs: the logger masks anything shaped like an ID number or a mobile
 * phone, and leaves a marker where it did. A marker in the whole suite's server log means some code tried
 * to log personal data — the run fails.
 */
function personalDataInLog(logFile: string): string[] {
  if (!fs.existsSync(logFile)) return [];
  return fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes('[id-number]') || line.includes('[phone]') || /(?<![0-9])[1-9][0-9]{16}[0-9X](?![0-9])/.test(line));
}

/** Drops every database this run made and its request role, and stops the embedded cluster (which deletes its folder). */
export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__WUYE_TEST__;
  if (!run) return;
  const leaks = personalDataInLog(path.join(run.runDir, 'server.log'));
  const client = new pg.Client({ connectionString: run.serverUrl });
  await client.connect();
  try {
    // the template's name starts them all: its copies, and the templates seeded for a later China day and theirs
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [run.template]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    // its grants went with the databases; whatever it was given in this one goes first
    if (run.appRole && (await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [run.appRole])).rowCount) {
      await client.query(`DROP OWNED BY "${run.appRole}"`);
      await client.query(`DROP ROLE "${run.appRole}"`);
    }
  } finally {
    await client.end();
  }
  await run.cluster?.stop();
  fs.rmSync(run.runDir, { recursive: true, force: true });
  if (leaks.length) {
    throw new Error(`The server tried to log personal data ${leaks.length} time(s), e.g.:\n${leaks.slice(0, 3).join('\n')}`);
  }
}
