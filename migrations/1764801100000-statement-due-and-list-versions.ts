import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two things the dashboard and the public lists need: each committee book says within how many days after a
 * quarter ends its statement is due (docs/domain-rules.md#statement-due), data set per estate like its spending
 * limit; and the published red/black lists join the versioned tables (docs/architecture.md#response-cache), so
 * the public read can be answered from memory until a new quarter is published.
 */
const VERSIONED = ['red_black_list', 'red_black_entry'];

export class StatementDueAndListVersions1764801100000 implements MigrationInterface {
  name = 'StatementDueAndListVersions1764801100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE committee_account ADD COLUMN statement_due_days integer NOT NULL DEFAULT 30 CHECK (statement_due_days BETWEEN 1 AND 366)`);
    // the dashboard finds the quarters that have ended unpublished by status and quarter
    await q.query(`CREATE INDEX account_period_unpublished ON account_period (account_id, year, quarter) WHERE status <> 'PUBLISHED'`);
    for (const table of VERSIONED) {
      await q.query(`INSERT INTO table_version (table_name) VALUES ($1)`, [table]);
      await q.query(`CREATE TRIGGER ${table}_version AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
      await q.query(`CREATE TRIGGER ${table}_version_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION bump_table_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED) {
      await q.query(`DROP TRIGGER ${table}_version_truncate ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_version ON ${table}`);
      await q.query(`DELETE FROM table_version WHERE table_name = $1`, [table]);
    }
    await q.query(`DROP INDEX account_period_unpublished`);
    await q.query(`ALTER TABLE committee_account DROP COLUMN statement_due_days`);
  }
}
