import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { assertRequestRoleConfined, embeddedRequestRolePassword, ensureRequestRole, REQUEST_ROLE_PASSWORD_FILE, requestRoleProblems, withCredentials } from '../src/db/request-role';
import { rolledBack, startTestApp, TestApp } from './harness';
import { CREATE_API_TOKEN } from './operations';
import { TEST_ENV } from './test-env';

/**
 * Requests run as a role confined to rows (docs/architecture.md#two-database-roles): through the server's own
 * connections nothing that steps around the triggers keeping records unaltered is possible (disabling them,
 * TRUNCATE, DROP, replica mode, replacing a trigger function, new objects, granting oneself more), while every
 * kind of statement the application runs still works. Start-up refuses a role that is not so confined, and
 * grants again at every start what a new migration added.
 */
let app: TestApp;
const role = process.env[TEST_ENV.appRole]!;
const password = process.env[TEST_ENV.appPassword]!;
/** roles a test made, dropped at the end (their grants go with this test's database) */
const made: string[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
  const client = new pg.Client({ connectionString: process.env[TEST_ENV.serverUrl] });
  await client.connect();
  try {
    for (const name of made) await client.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
});

/** the SQLSTATE PostgreSQL answers `sql` with on the server's own pool (as the request role), in a transaction rolled back; 'OK' when it runs */
async function asRequests(sql: string, params: unknown[] = []): Promise<string> {
  return rolledBack(app.serverDs, (runner) =>
    runner.query(sql, params).then(
      () => 'OK',
      (error: unknown) => `${(error as { code?: string }).code}: ${(error as Error).message}`,
    ),
  );
}

const PERMISSION = /^42501: /;

describe('the server logs in as the request role', () => {
  it('its connections are the request role, not the owner (pg_stat_activity, after requests)', async () => {
    await app.as('manager', `query { firms(options: { take: 1 }) { totalItems } }`);
    await app.gql(`mutation { login(username: "manager", password: "wrong-password") { token } }`);
    const sessions: Array<{ usename: string; application_name: string }> = await app.ds.query(
      `SELECT usename, application_name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'wuye-api%'`,
    );
    expect(sessions.length).toBeGreaterThanOrEqual(2); // the pool and the change feed's listener
    expect(new Set(sessions.map((s) => s.application_name))).toEqual(new Set(['wuye-api', 'wuye-api-feed']));
    expect(new Set(sessions.map((s) => s.usename))).toEqual(new Set([role]));
    const [{ user }] = await app.serverDs.query(`SELECT current_user AS user`);
    expect(user).toBe(role);
    const [{ owner }] = await app.ds.query(`SELECT current_user AS owner`);
    expect(owner).not.toBe(role);
  });

  it('which is confined: no attribute, ownership or privilege that steps around the triggers', async () => {
    expect(await requestRoleProblems(app.serverDs)).toEqual([]);
    const [attributes] = await app.ds.query(`SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1`, [role]);
    expect(attributes).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false, rolcanlogin: true });
  });
});

describe('through the request role, PostgreSQL refuses', () => {
  const [owner] = [() => app.ds.query(`SELECT current_user AS name`).then((r) => r[0].name as string)];

  it.each([
    ['disabling a trigger', `ALTER TABLE ballot DISABLE TRIGGER ballot_not_removed`],
    ['disabling every trigger', `ALTER TABLE audit_event DISABLE TRIGGER ALL`],
    ['disabling the user triggers', `ALTER TABLE vote_record DISABLE TRIGGER USER`],
    ['a trigger only for replicas', `ALTER TABLE ballot ENABLE REPLICA TRIGGER ballot_unaltered`],
    ['TRUNCATE of the audit trail', `TRUNCATE audit_event`],
    ['TRUNCATE of ballots', `TRUNCATE ballot CASCADE`],
    ['TRUNCATE of a table no trigger guards', `TRUNCATE firm CASCADE`],
    ['DROP TABLE', `DROP TABLE ballot CASCADE`],
    ['DROP TRIGGER', `DROP TRIGGER audit_event_append_only ON audit_event`],
    ['DROP FUNCTION', `DROP FUNCTION record_kept() CASCADE`],
    ['replacing a trigger function', `CREATE OR REPLACE FUNCTION record_kept() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`],
    ['a trigger of its own', `CREATE TRIGGER sneak BEFORE INSERT ON firm FOR EACH ROW EXECUTE FUNCTION touch_updated_at()`],
    ['replica mode, which skips triggers', `SET session_replication_role = replica`],
    ['replica mode for a transaction', `SET LOCAL session_replication_role = replica`],
    ['CREATE TABLE', `CREATE TABLE sneak (id integer)`],
    ['CREATE TEMP TABLE (a temporary table would shadow a real one in its session)', `CREATE TEMP TABLE ballot (id integer)`],
    ['CREATE SCHEMA', `CREATE SCHEMA sneak`],
    ['CREATE FUNCTION', `CREATE FUNCTION sneak() RETURNS integer LANGUAGE sql AS 'SELECT 1'`],
    ['CREATE ROLE', `CREATE ROLE sneak`],
    ['ALTER TABLE … OWNER', `ALTER TABLE audit_event OWNER TO CURRENT_USER`],
    ['adding a column', `ALTER TABLE firm ADD COLUMN sneak integer`],
    ['row security off', `ALTER TABLE ballot DISABLE ROW LEVEL SECURITY`],
    ['resetting a sequence (setval)', `SELECT setval(pg_get_serial_sequence('audit_event', 'id'), 1)`],
    ['writing which migrations ran', `INSERT INTO migrations (timestamp, name) VALUES (1, 'Sneak1')`],
    ['forgetting a migration', `DELETE FROM migrations`],
    ['reading a server file', `SELECT pg_read_file('postgresql.conf')`],
    ['COPY to a server file', `COPY firm TO '/tmp/wuye-sneak.csv'`],
    ['COPY from a program', `COPY firm FROM PROGRAM 'true'`],
    ['acting as the owner (a role it is no member of)', `SET ROLE postgres`],
    ['another session authorization', `SET SESSION AUTHORIZATION postgres`],
    ['CREATE INDEX', `CREATE INDEX sneak ON firm (name)`],
    ['REINDEX', `REINDEX TABLE ballot`],
    ['CREATE EXTENSION', `CREATE EXTENSION IF NOT EXISTS hstore`],
    ['COMMENT ON a table', `COMMENT ON TABLE ballot IS 'sneak'`],
    ['a large object from a server file', `SELECT lo_import('/etc/hostname')`],
  ])('%s', async (_what, sql) => {
    expect(await asRequests(sql)).toMatch(PERMISSION);
  });

  it('granting itself more: a role, superuser, or privileges on the tables', async () => {
    expect(await asRequests(`GRANT ${pg.escapeIdentifier(await owner())} TO CURRENT_USER`)).toMatch(PERMISSION);
    expect(await asRequests(`ALTER ROLE CURRENT_USER SUPERUSER`)).toMatch(PERMISSION);
    expect(await asRequests(`ALTER ROLE CURRENT_USER BYPASSRLS`)).toMatch(PERMISSION);
    expect(await asRequests(`GRANT pg_write_server_files TO CURRENT_USER`)).toMatch(PERMISSION);
    // GRANT on a table it holds privileges on without GRANT OPTION is a warning that grants nothing
    for (const sql of [`GRANT ALL ON audit_event TO PUBLIC`, `GRANT TRUNCATE, TRIGGER ON ballot TO CURRENT_USER`, `GRANT ALL ON ALL TABLES IN SCHEMA public TO CURRENT_USER`]) {
      const runner = app.serverDs.createQueryRunner();
      await runner.connect();
      try {
        await runner.query(sql).catch((error: { code?: string }) => expect(error.code).toBe('42501'));
      } finally {
        await runner.release();
      }
    }
    for (const [table, privilege] of [['audit_event', 'TRUNCATE'], ['ballot', 'TRUNCATE'], ['ballot', 'TRIGGER'], ['vote_record', 'REFERENCES']]) {
      const [{ ok }] = await app.ds.query(`SELECT has_table_privilege($1, $2, $3) AS ok`, [role, table, privilege]);
      expect([table, privilege, ok]).toEqual([table, privilege, false]);
      const [{ anyone }] = await app.ds.query(`SELECT has_table_privilege('public', $1, $2) AS anyone`, [table, privilege]).catch(() => [{ anyone: false }]);
      expect(anyone).toBe(false);
    }
    expect(await asRequests(`TRUNCATE audit_event`)).toMatch(PERMISSION);
  });
});

describe('through the request role, the triggers keep the records', () => {
  it.each([
    ['UPDATE of an audit event', `UPDATE audit_event SET action = 'sneak' WHERE id = (SELECT min(id) FROM audit_event)`, /append-only/],
    ['DELETE of the audit trail', `DELETE FROM audit_event`, /append-only/],
    ['moving the audit chain head back', `UPDATE audit_chain_head SET seq = seq - 1`, /moves only forward/],
    ['removing the audit chain head', `DELETE FROM audit_chain_head`, /moved only by appending/],
    ['UPDATE of a ballot', `UPDATE ballot SET choices = '{}'`, /never altered/],
    ['DELETE of a ballot', `DELETE FROM ballot`, /never removed/],
    ['UPDATE of a vote record', `UPDATE vote_record SET headcount = headcount + 1`, /only ever sealed, once/],
    ['DELETE of a vote record', `DELETE FROM vote_record`, /never altered/],
    ['UPDATE of a voting roll', `UPDATE vote_roll_person SET name = name`, /never altered/],
    ['UPDATE of a sealed result', `UPDATE vote_result SET vote_record_id = vote_record_id WHERE vote_record_id IN (SELECT id FROM vote_record WHERE sha256 IS NOT NULL)`, /sealed/],
    ['UPDATE of a published red/black list', `UPDATE red_black_entry SET id = id`, /never changed/],
    ['UPDATE of a posted month', `UPDATE repair_fund_accrual SET id = id`, /posted once/],
    ['DELETE of a closed quarter', `DELETE FROM account_period WHERE status <> 'OPEN'`, /a closed quarter is final/],
    // a vote without its record yet (not yet voting, or cancelled before) takes no ballot: opening it would seal the ballot in
    ['a ballot in an election not yet voting', `INSERT INTO ballot (election_id, voter_key, method, choices)
       SELECT id, 'owner:1', 'PAPER', '{}' FROM election e WHERE phase = 'CANDIDATE_PUBLICITY' AND NOT EXISTS (SELECT 1 FROM vote_record r WHERE r.election_id = e.id)`, /only while its vote is open/],
    ['a ballot in an election cancelled before voting', `INSERT INTO ballot (election_id, voter_key, method, choices)
       SELECT id, 'owner:1', 'PAPER', '{}' FROM election e WHERE phase = 'CANCELLED' AND NOT EXISTS (SELECT 1 FROM vote_record r WHERE r.election_id = e.id)`, /only while its vote is open/],
    ['a ballot on a draft resolution', `INSERT INTO resolution_ballot (resolution_id, voter_key, choice, method)
       SELECT id, 'owner:1', 'YES', 'PAPER' FROM resolution r WHERE phase = 'DRAFT'`, /only while its vote is open/],
  ])('%s', async (_what, sql, refusal) => {
    const answer = await asRequests(sql);
    // the trigger's own refusal (raised as an exception or a check violation), not a missing privilege
    expect(answer).toMatch(/^(P0001|23514): /);
    expect(answer).toMatch(refusal);
  });
});

describe('through the request role, history is written as it happens', () => {
  it('an audit event is dated by the database, whatever the insert says: a backdated event is dated now and its hash covers that', async () => {
    await rolledBack(app.serverDs, async (runner) => {
      const [event] = await runner.query(
        `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, before, after, at)
         VALUES (NULL, 'probe', 'election.close_voting', 'Election', '1', NULL, '{}', '2020-01-01T00:00:00Z') RETURNING at = now()::timestamptz(3) AS dated_now, at`,
      );
      expect(event.dated_now).toBe(true);
      expect(new Date(event.at).getUTCFullYear()).toBeGreaterThan(2020);
      const [{ holds }] = await runner.query(`SELECT hash = audit_event_hash(prev_hash, e) AS holds FROM audit_event e ORDER BY chain_seq DESC LIMIT 1`);
      expect(holds).toBe(true);
    });
  });
});

describe('what the application does still works as the request role', () => {
  it.each([
    ['an advisory lock for the transaction', `SELECT pg_advisory_xact_lock(hashtext('wuye.probe'))`],
    ['a session advisory lock', `SELECT pg_try_advisory_lock(1, 2), pg_advisory_unlock(1, 2)`],
    ['a notification', `SELECT pg_notify('change_feed', '0')`],
    ['LISTEN', `LISTEN change_feed`],
    ['a row lock', `SELECT id FROM estate ORDER BY id LIMIT 1 FOR UPDATE`],
    ['a table lock', `LOCK TABLE checklist_version IN SHARE ROW EXCLUSIVE MODE`],
    ['an exclusive table lock', `LOCK TABLE holiday_notice_day IN EXCLUSIVE MODE`],
    ['SET LOCAL of a setting of its own', `SET LOCAL statement_timeout = '5s'`],
    ['an audited insert: the chain, the change feed and the table versions move (triggers as the caller)',
      `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, before, after) VALUES (NULL, 'probe', 'probe.run', 'Firm', 1, NULL, '{}')`],
    ['reading which migrations ran (/readyz)', `SELECT name FROM migrations`],
    ['reading its statistics', `SELECT count(*) FROM pg_stat_user_tables`],
    ['a prepared statement', `PREPARE probe (integer) AS SELECT name FROM firm WHERE id = $1`],
    ['drawing from a sequence (nextval)', `SELECT nextval(pg_get_serial_sequence('firm', 'id'))`],
    ['an anonymous block', `DO $$ BEGIN PERFORM 1; END $$`],
  ])('%s', async (_what, sql) => {
    expect(await asRequests(sql)).toBe('OK');
  });

  it('requests that write: a sign-in (a session) and an audited change, through the audit chain (triggers run as the caller)', async () => {
    const count = async (table: string) => Number((await app.ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    const [sessions, events] = [await count('access_token'), await count('audit_event')];
    await app.tokenFor('admin');
    expect(await count('access_token')).toBe(sessions + 1);
    const { createApiToken } = await app.as('admin', CREATE_API_TOKEN, { input: { name: 'request-role probe', scopes: ['REGISTRY_READ'] } });
    expect(createApiToken.token).toMatch(/^wya_/);
    expect(await count('audit_event')).toBeGreaterThan(events);
    // the chain's head moved to its last event, as the triggers keep it
    const [head] = await app.ds.query(`SELECT h.seq = (SELECT max(chain_seq) FROM audit_event) AS at_end FROM audit_chain_head h`);
    expect(head.at_end).toBe(true);
  });
});

describe('start-up', () => {
  /** a login role of this run with `attributes`, and its URL on this test's database */
  async function makeRole(attributes: string): Promise<{ name: string; url: string }> {
    const name = `wuye_test_probe_${crypto.randomBytes(4).toString('hex')}`;
    const secret = crypto.randomBytes(12).toString('hex');
    await app.ds.query(`CREATE ROLE ${name} LOGIN PASSWORD '${secret}' ${attributes}`);
    made.push(name);
    return { name, url: withCredentials(app.databaseUrl, name, secret) };
  }

  it('refuses to serve as the owner or a superuser', async () => {
    await expect(assertRequestRoleConfined(app.ds)).rejects.toThrow(/not confined[\s\S]*SUPERUSER/);
    // DATABASE_APP_URL naming the owner is refused before anything connects
    await expect(startTestApp({ DATABASE_APP_URL: app.databaseUrl }, { sameDatabaseAs: app })).rejects.toThrow(/DATABASE_APP_URL must name a role other than/);
    const superuser = await makeRole('SUPERUSER');
    await expect(startTestApp({ DATABASE_APP_URL: superuser.url }, { sameDatabaseAs: app })).rejects.toThrow(/not confined[\s\S]*is SUPERUSER/);
  });

  it.each([['CREATEROLE'], ['CREATEDB'], ['REPLICATION'], ['BYPASSRLS']])('refuses to serve as a role with %s', async (attribute) => {
    const { url } = await makeRole(attribute);
    await expect(startTestApp({ DATABASE_APP_URL: url }, { sameDatabaseAs: app })).rejects.toThrow(new RegExp(`not confined[\\s\\S]*is ${attribute}`));
  });

  it('refuses to serve as a role that owns a table, or can act as one that does', async () => {
    const owning = await makeRole('');
    await app.ds.query(`CREATE TABLE probe_owned (id integer)`);
    try {
      await app.ds.query(`ALTER TABLE probe_owned OWNER TO ${owning.name}`);
      await expect(startTestApp({ DATABASE_APP_URL: owning.url }, { sameDatabaseAs: app })).rejects.toThrow(/not confined[\s\S]*owner[\s\S]*probe_owned/);
      const member = await makeRole('');
      await app.ds.query(`GRANT ${owning.name} TO ${member.name}`);
      await expect(startTestApp({ DATABASE_APP_URL: member.url }, { sameDatabaseAs: app })).rejects.toThrow(/not confined[\s\S]*probe_owned/);
    } finally {
      await app.ds.query(`DROP TABLE probe_owned`);
    }
    // the table's owner kept its rights: start-up refused before it revoked anything
  });

  it('confines a role of its own that did not exist: created with LOGIN and rows only', async () => {
    const name = `wuye_test_probe_${crypto.randomBytes(4).toString('hex')}`;
    made.push(name);
    const url = withCredentials(app.databaseUrl, name, crypto.randomBytes(12).toString('base64url'));
    const fresh = await startTestApp({ DATABASE_APP_URL: url }, { sameDatabaseAs: app });
    try {
      const [{ user }] = await fresh.serverDs.query(`SELECT current_user AS user`);
      expect(user).toBe(name);
      expect((await fresh.as('manager', `query { firms(options: { take: 1 }) { totalItems } }`)).firms.totalItems).toBeGreaterThan(0);
      expect(fresh.logLines.join('')).not.toContain(new URL(url).password);
    } finally {
      await fresh.close();
    }
  });

  it('a password outside ASCII logs in as PostgreSQL and pg prepare it (SASLprep)', async () => {
    const name = `wuye_test_probe_${crypto.randomBytes(4).toString('hex')}`;
    made.push(name);
    const secret = `pässwörd\u00A0全角ｗｉｄｅ-${crypto.randomBytes(4).toString('hex')}`;
    await ensureRequestRole(app.ds, name, secret);
    const client = new pg.Client({ connectionString: withCredentials(app.databaseUrl, name, secret) });
    await client.connect();
    try {
      expect((await client.query(`SELECT current_user AS user`)).rows[0].user).toBe(name);
    } finally {
      await client.end();
    }
  });

  it('grants again at every start: a table a new migration added is reachable after a restart, its rows only', async () => {
    await app.ds.query(`CREATE TABLE probe_added (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)`);
    try {
      expect(await asRequests(`INSERT INTO probe_added (note) VALUES ('before')`)).toMatch(PERMISSION);
      const restarted = await startTestApp({}, { sameDatabaseAs: app });
      try {
        const [row] = await restarted.serverDs.query(`INSERT INTO probe_added (note) VALUES ('after') RETURNING id, note`);
        expect(row.note).toBe('after');
        expect((await restarted.serverDs.query(`SELECT count(*)::int AS n FROM probe_added`))[0].n).toBe(1);
        await expect(restarted.serverDs.query(`TRUNCATE probe_added`)).rejects.toMatchObject({ code: '42501' });
        await expect(restarted.serverDs.query(`DROP TABLE probe_added`)).rejects.toMatchObject({ code: '42501' });
        expect(await requestRoleProblems(restarted.serverDs)).toEqual([]);
      } finally {
        await restarted.close();
      }
    } finally {
      await app.ds.query(`DROP TABLE probe_added`);
    }
  });
});

describe('the request role’s password', () => {
  it('never appears in the server’s log lines', async () => {
    await app.as('manager', `query { firms(options: { take: 1 }) { totalItems } }`);
    expect(app.logLines.length).toBeGreaterThan(0);
    const logged = app.logLines.join('');
    expect(logged).not.toContain(password);
    expect(logged).not.toContain(encodeURIComponent(password));
    expect(logged).not.toContain(app.appDatabaseUrl);
  });

  it('is not in the SQL that made the role: PostgreSQL keeps a SCRAM verifier of it', async () => {
    const [stored] = await app.ds.query(`SELECT rolpassword FROM pg_authid WHERE rolname = $1`, [role]);
    expect(stored.rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);
    expect(stored.rolpassword).not.toContain(password);
  });

  it('of the embedded PostgreSQL is generated once, kept in DATA_DIR/pg-app-password, readable by its owner only (0600)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-app-password-'));
    try {
      const first = embeddedRequestRolePassword(dir);
      const file = path.join(dir, REQUEST_ROLE_PASSWORD_FILE);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(embeddedRequestRolePassword(dir)).toBe(first);
      // a copy with looser permissions is tightened again
      fs.chmodSync(file, 0o644);
      expect(embeddedRequestRolePassword(dir)).toBe(first);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(embeddedRequestRolePassword(fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-app-password-')))).not.toBe(first);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
