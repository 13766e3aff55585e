import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Demonstration designations kept as history (docs/domain-rules.md#demonstration-estates): a designation is
 * withdrawn with the day, the reason and the withdrawing document, never deleted; an estate holds at most one
 * standing designation per level, and may be designated again after a withdrawal. Versioned for the response
 * cache, since the estates list filters by it.
 */
export class DemonstrationHistory1764801400000 implements MigrationInterface {
  name = 'DemonstrationHistory1764801400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE demonstration_designation
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN created_by_id integer REFERENCES app_user(id),
        ADD COLUMN withdrawn_on date,
        ADD COLUMN withdrawal_reason text CHECK (length(withdrawal_reason) BETWEEN 2 AND 500),
        ADD COLUMN withdrawal_document text CHECK (length(withdrawal_document) BETWEEN 2 AND 100),
        ADD CONSTRAINT demonstration_withdrawal_complete CHECK ((withdrawn_on IS NULL) = (withdrawal_reason IS NULL)),
        ADD CONSTRAINT demonstration_withdrawn_after_designation CHECK (withdrawn_on IS NULL OR extract(year FROM withdrawn_on) >= year)`);
    await q.query(`ALTER TABLE demonstration_designation DROP CONSTRAINT demonstration_designation_estate_id_level_key`);
    await q.query(`CREATE UNIQUE INDEX demonstration_designation_standing ON demonstration_designation (estate_id, level) WHERE withdrawn_on IS NULL`);
    await q.query(`INSERT INTO table_version (table_name) VALUES ('demonstration_designation')`);
    await q.query(`CREATE TRIGGER demonstration_designation_version AFTER INSERT OR UPDATE OR DELETE ON demonstration_designation FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
    await q.query(`CREATE TRIGGER demonstration_designation_version_truncate AFTER TRUNCATE ON demonstration_designation FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER demonstration_designation_version_truncate ON demonstration_designation`);
    await q.query(`DROP TRIGGER demonstration_designation_version ON demonstration_designation`);
    await q.query(`DELETE FROM table_version WHERE table_name = 'demonstration_designation'`);
    await q.query(`DROP INDEX demonstration_designation_standing`);
    await q.query(`DELETE FROM demonstration_designation WHERE withdrawn_on IS NOT NULL`);
    await q.query(`ALTER TABLE demonstration_designation ADD CONSTRAINT demonstration_designation_estate_id_level_key UNIQUE (estate_id, level)`);
    await q.query(`
      ALTER TABLE demonstration_designation
        DROP CONSTRAINT demonstration_withdrawn_after_designation, DROP CONSTRAINT demonstration_withdrawal_complete,
        DROP COLUMN withdrawal_document, DROP COLUMN withdrawal_reason, DROP COLUMN withdrawn_on, DROP COLUMN created_by_id, DROP COLUMN version`);
  }
}
