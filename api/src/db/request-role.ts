import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { Logger } from '../shared/logger';
import { createDataSource } from './data-source';

/**
 * Requests run as a role of their own, never as the owner of the tables (docs/architecture.md#two-database-roles):
 * the owner could disable the triggers that keep sealed records, audit chains and decided rows unaltered (ALTER
 * TABLE … DISABLE TRIGGER, TRUNCATE, DROP, session_replication_role = replica); the request role can only read and
 * write rows, through those triggers. Migrations, the demo seed and start-up maintenance keep the owner's connection.
 */

/** The embedded PostgreSQL's request role; its password is generated once beside the cluster. */
export const EMBEDDED_REQUEST_ROLE = 'wuye_app';
export const REQUEST_ROLE_PASSWORD_FILE = 'pg-app-password';

/** The one schema the application's objects live in. */
const SCHEMA = 'public';

/** Tables requests may read but never write: which migrations ran is the owner's record (/readyz reads it). */
const READ_ONLY_TABLES = ['migrations'];

/** Predefined roles that reach the server's files or programs: a request role is never one of them. */
const SERVER_ACCESS_ROLES = ['pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files'];

export class RequestRoleError extends Error {}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The user name and password a connection URL logs in with (decoded). */
export function credentialsOf(url: string): { user: string; password: string } {
  const parsed = new URL(url);
  return { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}

/** The same server and database, logged in as another role. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** The embedded request role's password: generated on first use, kept readable by its owner only (0600). */
export function embeddedRequestRolePassword(dataDir: string): string {
  const file = path.join(dataDir, REQUEST_ROLE_PASSWORD_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    // 'wx': two processes starting at once never overwrite each other's password
    try {
      fs.writeFileSync(file, crypto.randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  // a file copied in with looser permissions is tightened: it is a password
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * A SCRAM-SHA-256 verifier of the password (RFC 5803, as PostgreSQL stores it): CREATE/ALTER ROLE sends this, so
 * the password itself never travels in SQL text, a server log or an error.
 */
export function scramVerifier(password: string, salt = crypto.randomBytes(16), iterations = 4096): string {
  // SASLprep's mappings (RFC 4013), as pg and libpq apply them when they log in: non-ASCII spaces, nothing, NFKC
  const prepared = password
    .replace(/[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    // eslint-disable-next-line no-misleading-character-class
    .replace(/[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g, '')
    .normalize('NFKC');
  const salted = crypto.pbkdf2Sync(prepared, salt, iterations, 32, 'sha256');
  const hmac = (key: Buffer, text: string) => crypto.createHmac('sha256', key).update(text).digest();
  const storedKey = crypto.createHash('sha256').update(hmac(salted, 'Client Key')).digest();
  const serverKey = hmac(salted, 'Server Key');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

/** single-quoted SQL literal (DDL takes no parameters) */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

const CONFINED_ATTRIBUTES = 'NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';

/**
 * Run at every start, after the migrations, through the owner's connection: creates the request role when it is
 * missing (LOGIN, nothing more) and (re)applies its grants, so a table a new migration added is reachable.
 * `manage`: the role is this deployment's own (embedded PostgreSQL): its password and attributes are set again each
 * start from `password`. Otherwise (DATABASE_APP_URL) an existing role keeps what its administrator gave it.
 */
export async function ensureRequestRole(ownerDs: DataSource, roleName: string, password: string, options: { manage?: boolean } = {}): Promise<'created' | 'existed'> {
  if (!roleName) throw new RequestRoleError('the request role has no name');
  let outcome: 'created' | 'existed' = 'existed';
  // one start at a time per database: concurrent GRANTs on one object fail ("tuple concurrently updated"); a role is
  // the whole server's, so a start on another database may create it first (a unique violation): then once more
  for (let attempt = 1; ; attempt++) {
    try {
      await ownerDs.transaction(async (em) => {
        outcome = await ensureInTransaction(em, roleName, password, options.manage ?? false);
      });
      return outcome;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 3 || (code !== '23505' && code !== '42710' && code !== 'XX000')) throw error;
    }
  }
}

async function ensureInTransaction(em: EntityManager, roleName: string, password: string, manage: boolean): Promise<'created' | 'existed'> {
  const role = quoteIdent(roleName);
  let outcome: 'created' | 'existed' = 'existed';
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('wuye.request-role'))`);
  const [owner] = await em.query(`SELECT current_user AS name`);
  if (owner.name === roleName) throw new RequestRoleError('the request role is the role that owns the tables: give requests a role of their own');
  const [existing] = await em.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [roleName]);
  if (!existing) {
    await em.query(`CREATE ROLE ${role} LOGIN ${CONFINED_ATTRIBUTES} PASSWORD ${literal(scramVerifier(password))}`);
    outcome = 'created';
  } else if (manage) {
    await em.query(`ALTER ROLE ${role} LOGIN ${CONFINED_ATTRIBUTES} PASSWORD ${literal(scramVerifier(password))}`);
  }
  // revoking from a role that owns the tables (or can act as their owner) would take away the owner's own rights
  const problems = await roleProblems(em, roleName);
  if (problems.length) throw notConfined(roleName, problems);
  await applyGrants(em, role);
  return outcome;
}

async function applyGrants(em: EntityManager, role: string): Promise<void> {
  const [{ db }] = await em.query(`SELECT current_database() AS db`);
  const database = quoteIdent(db);
  const statements = [
    // connect, and nothing else on the database: no schemas (CREATE), no temporary tables (TEMPORARY), for anyone
    `REVOKE ALL ON DATABASE ${database} FROM ${role}`,
    `REVOKE CREATE, TEMPORARY ON DATABASE ${database} FROM PUBLIC`,
    `GRANT CONNECT ON DATABASE ${database} TO ${role}`,
    // the schema's objects may be used, none created (PostgreSQL 15+ already refuses PUBLIC; older ones did not)
    `REVOKE ALL ON SCHEMA ${SCHEMA} FROM ${role}`,
    `REVOKE CREATE ON SCHEMA ${SCHEMA} FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA ${SCHEMA} TO ${role}`,
    // rows only: never TRUNCATE (it skips row triggers), TRIGGER or REFERENCES
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${SCHEMA} FROM ${role}`,
    `REVOKE TRUNCATE, TRIGGER, REFERENCES ON ALL TABLES IN SCHEMA ${SCHEMA} FROM PUBLIC`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${SCHEMA} TO ${role}`,
    // identities and serials draw from their sequences (nextval: USAGE); setval (UPDATE) is the owner's
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${SCHEMA} FROM ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${SCHEMA} TO ${role}`,
    // the functions the statements and the triggers call (run as the caller: none is SECURITY DEFINER)
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${SCHEMA} TO ${role}`,
  ];
  for (const sql of statements) await em.query(sql);
  for (const table of READ_ONLY_TABLES) {
    const [{ exists }] = await em.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`${SCHEMA}.${table}`]);
    if (exists) await em.query(`REVOKE INSERT, UPDATE, DELETE ON TABLE ${SCHEMA}.${quoteIdent(table)} FROM ${role}`);
  }
}

function notConfined(role: string, problems: string[]): RequestRoleError {
  return new RequestRoleError(
    `the request role ${role} is not confined to reading and writing rows (docs/architecture.md#two-database-roles):\n  - ${problems.join('\n  - ')}`,
  );
}

/** What `role` is (its attributes and those of the roles it is a member of) and owns that would let it step around the triggers. */
async function roleProblems(em: EntityManager, role: string): Promise<string[]> {
  const problems: string[] = [];
  const attributes: Array<{ rolname: string; rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolreplication: boolean; rolbypassrls: boolean }> = await em.query(
    `SELECT r.rolname, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls
       FROM pg_roles r, pg_roles me WHERE me.rolname = $1 AND (r.oid = me.oid OR (NOT me.rolsuper AND pg_has_role(me.oid, r.oid, 'MEMBER')))
      ORDER BY r.oid <> me.oid, r.rolname`,
    [role],
  );
  for (const r of attributes) {
    const held = [r.rolsuper && 'SUPERUSER', r.rolcreaterole && 'CREATEROLE', r.rolcreatedb && 'CREATEDB', r.rolreplication && 'REPLICATION', r.rolbypassrls && 'BYPASSRLS'].filter(Boolean);
    if (held.length) problems.push(r.rolname === role ? `is ${held.join(', ')}` : `is a member of ${r.rolname}, which is ${held.join(', ')}`);
    if (SERVER_ACCESS_ROLES.includes(r.rolname)) problems.push(`is a member of ${r.rolname}`);
  }
  // a superuser is a member of every role: what it owns says nothing more
  if (!attributes[0]?.rolsuper) problems.push(...(await ownershipProblems(em, role)));
  return problems;
}

/** What `role` owns, or could act as the owner of, in this database (and of the shared objects: databases). */
async function ownershipProblems(em: EntityManager, role: string): Promise<string[]> {
  const rows: Array<{ problem: string }> = await em.query(
    `WITH me AS (SELECT oid FROM pg_roles WHERE rolname = $1)
     SELECT format('owns or can act as the owner (%s) of %s', pg_get_userbyid(c.relowner), c.oid::regclass) AS problem
       FROM pg_class c, me WHERE c.relnamespace = $2::regnamespace AND c.relkind NOT IN ('i', 'I', 'c', 't') AND pg_has_role(me.oid, c.relowner, 'MEMBER')
     UNION ALL
     SELECT format('owns or can act as the owner (%s) of schema %s', pg_get_userbyid(n.nspowner), n.nspname)
       FROM pg_namespace n, me WHERE pg_has_role(me.oid, n.nspowner, 'MEMBER') AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
     UNION ALL
     SELECT format('owns or can act as the owner (%s) of function %s', pg_get_userbyid(p.proowner), p.oid::regprocedure)
       FROM pg_proc p, me WHERE p.pronamespace = $2::regnamespace AND pg_has_role(me.oid, p.proowner, 'MEMBER')
     UNION ALL
     SELECT format('owns or can act as the owner (%s) of database %s', pg_get_userbyid(d.datdba), d.datname)
       FROM pg_database d, me WHERE d.datname = current_database() AND pg_has_role(me.oid, d.datdba, 'MEMBER')
     UNION ALL
     SELECT format('owns %s object(s) recorded in pg_shdepend', count(*))
       FROM pg_shdepend s, me
      WHERE s.refclassid = 'pg_authid'::regclass AND s.refobjid = me.oid AND s.deptype = 'o'
        AND s.dbid IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
     HAVING count(*) > 0
     LIMIT 20`,
    [role, SCHEMA],
  );
  return rows.map((r) => r.problem);
}

/**
 * Why the role this connection logs in as could step around the triggers or change the schema; empty when it
 * cannot. Read through its own connection, so what is checked is what requests will be able to do.
 */
export async function requestRoleProblems(requestDs: DataSource): Promise<string[]> {
  const em = requestDs.manager;
  const [{ me }] = await em.query(`SELECT current_user AS me`);
  const problems = await roleProblems(em, me);
  const privileges: Array<{ problem: string }> = await em.query(
    `SELECT format('may %s on %s', p.privilege, c.oid::regclass) AS problem
       FROM pg_class c CROSS JOIN unnest(ARRAY['TRUNCATE', 'TRIGGER', 'REFERENCES']) AS p(privilege)
      WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
        AND CASE WHEN c.relkind IN ('r', 'p', 'v', 'm', 'f') THEN has_table_privilege(c.oid, p.privilege) END
     UNION ALL
     SELECT format('may UPDATE (setval) sequence %s', c.oid::regclass)
       FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind = 'S'
        -- CASE: the planner may test the privilege before the kind, and only a sequence has sequence privileges
        AND CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(c.oid, 'UPDATE') END
     UNION ALL
     SELECT format('may CREATE in schema %s', n.nspname)
       FROM pg_namespace n WHERE has_schema_privilege(n.oid, 'CREATE') AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
     UNION ALL
     SELECT format('may %s on database %s', p.privilege, current_database())
       FROM unnest(ARRAY['CREATE', 'TEMPORARY']) AS p(privilege) WHERE has_database_privilege(current_database(), p.privilege)
     LIMIT 20`,
    [SCHEMA],
  );
  problems.push(...privileges.map((r) => r.problem));
  return problems;
}

/** Start-up refuses to serve through a role that could step around the triggers (requestRoleProblems). */
export async function assertRequestRoleConfined(requestDs: DataSource): Promise<void> {
  const problems = await requestRoleProblems(requestDs);
  if (problems.length) {
    const [{ me }] = await requestDs.query(`SELECT current_user AS me`);
    throw notConfined(me, problems);
  }
}

/**
 * Start-up, once the owner has migrated: the request role's grants (re)applied through the owner, then the pool
 * requests use, logged in as that role, refused unless confined.
 */
export async function openRequestDataSource(
  ownerDs: DataSource,
  appUrl: string,
  log: Logger,
  options: { manage?: boolean; poolSize?: number; applicationName?: string; preparedStatements?: number } = {},
): Promise<DataSource> {
  const { user, password } = credentialsOf(appUrl);
  const outcome = await ensureRequestRole(ownerDs, user, password, { manage: options.manage });
  if (outcome === 'created') log.info('db.requestRole.created', { role: user });
  const ds = createDataSource(appUrl, log, { poolSize: options.poolSize, applicationName: options.applicationName, preparedStatements: options.preparedStatements });
  await ds.initialize();
  try {
    await assertRequestRoleConfined(ds);
  } catch (error) {
    await ds.destroy();
    throw error;
  }
  return ds;
}
