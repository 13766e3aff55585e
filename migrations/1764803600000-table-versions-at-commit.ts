import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose version moves on inserts too (a new access token changes no token already checked: not on insert). */
const EVENTS = (table: string) => (table === 'access_token' ? 'UPDATE OR DELETE' : 'INSERT OR UPDATE OR DELETE');

/**
 * A table's version is moved when its writer commits, not at its first write (docs/architecture.md#table-versions).
 * The move is an UPDATE of one row per table, which every writer of the table locks until it commits: taken at
 * the first write, the lock was held across the rest of the transaction's round trips (the audit event, the
 * COMMIT), and under load writers of one table queued for it (1–2 of 8 filing-flow users waited on it at any
 * time). Now a row trigger's WHEN notes the table once per transaction (no event for later rows), and a deferred
 * constraint trigger moves, at commit, every table the transaction noted, in name order, so the lock lasts only
 * the commit and two writers of two tables cannot lock them in opposite orders. Readers see what they saw before:
 * the new version becomes visible with the write, at commit, or never. TRUNCATE keeps its statement trigger.
 */
export class TableVersionsAtCommit1764803600000 implements MigrationInterface {
  name = 'TableVersionsAtCommit1764803600000';

  async up(q: QueryRunner): Promise<void> {
    // true the first time a transaction writes `tbl`: notes it for the commit-time move
    await q.query(`
      CREATE FUNCTION table_version_due(tbl text) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        IF coalesce(current_setting('wuye_table_version.' || tbl, true), '') <> '' THEN
          RETURN false;
        END IF;
        PERFORM set_config('wuye_table_version.' || tbl, '1', true);
        PERFORM set_config('wuye_table_versions.due', concat_ws(',', nullif(current_setting('wuye_table_versions.due', true), ''), tbl), true);
        RETURN true;
      END $$`);
    // the first noted table's event moves them all, in name order; the others find nothing left to move
    await q.query(`
      CREATE FUNCTION move_due_table_versions() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        due text := coalesce(current_setting('wuye_table_versions.due', true), '');
        tbl text;
      BEGIN
        IF due = '' THEN
          RETURN NULL;
        END IF;
        PERFORM set_config('wuye_table_versions.due', '', true);
        FOR tbl IN SELECT DISTINCT t FROM unnest(string_to_array(due, ',')) AS t ORDER BY t LOOP
          UPDATE table_version SET version = version + 1 WHERE table_name = tbl;
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const table of await versionedTables(q)) {
      await q.query(`DROP TRIGGER ${table}_version ON ${table}`);
      await q.query(versionTrigger(table));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of await versionedTables(q)) {
      await q.query(`DROP TRIGGER ${table}_version ON ${table}`);
      await q.query(`CREATE TRIGGER ${table}_version AFTER ${EVENTS(table)} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
    }
    await q.query(`DROP FUNCTION move_due_table_versions()`);
    await q.query(`DROP FUNCTION table_version_due(text)`);
  }
}

/** The trigger that versions `table`'s writes; a table versioned later gets its version row and this trigger. */
export function versionTrigger(table: string): string {
  return `CREATE CONSTRAINT TRIGGER ${table}_version AFTER ${EVENTS(table)} ON ${table}
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (table_version_due('${table}'))
            EXECUTE FUNCTION move_due_table_versions()`;
}

async function versionedTables(q: QueryRunner): Promise<string[]> {
  return (await q.query(`SELECT table_name FROM table_version ORDER BY table_name`)).map((row: { table_name: string }) => row.table_name);
}
