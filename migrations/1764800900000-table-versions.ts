import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One version per table that a cached answer may depend on (docs/architecture.md#response-cache): a statement-level
 * trigger bumps it on every write, in the writer's transaction, so the new version is visible exactly when the
 * rows are. Every API process reads all of them in one statement per request and serves a cached token or
 * response only while the versions it was computed under still hold.
 */
const VERSIONED = [
  'access_token',
  'app_user',
  'officer_jurisdiction',
  'district',
  'subdistrict',
  'community',
  'estate',
  'firm',
  'project',
  'committee',
  'committee_member',
];

export class TableVersions1764800900000 implements MigrationInterface {
  name = 'TableVersions1764800900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE table_version (table_name text PRIMARY KEY, version bigint NOT NULL DEFAULT 0)`);
    // once per table and transaction: a bulk import's thousands of statements move the version once
    await q.query(`
      CREATE FUNCTION bump_table_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('wuye_table_version.' || TG_TABLE_NAME, true), '') = '' THEN
          UPDATE table_version SET version = version + 1 WHERE table_name = TG_TABLE_NAME;
          PERFORM set_config('wuye_table_version.' || TG_TABLE_NAME, '1', true);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of VERSIONED) {
      await q.query(`INSERT INTO table_version (table_name) VALUES ($1)`, [table]);
      // a new token changes no token already checked (unknown ones are never kept): sign-ins leave the version alone
      const events = table === 'access_token' ? 'UPDATE OR DELETE' : 'INSERT OR UPDATE OR DELETE';
      await q.query(`CREATE TRIGGER ${table}_version AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
      await q.query(`CREATE TRIGGER ${table}_version_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED) {
      await q.query(`DROP TRIGGER ${table}_version_truncate ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_version ON ${table}`);
    }
    await q.query(`DROP FUNCTION bump_table_version()`);
    await q.query(`DROP TABLE table_version`);
  }
}
