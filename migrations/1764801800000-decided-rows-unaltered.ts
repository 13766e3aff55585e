import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decided record is not rewritten either (docs/domain-rules.md#committee-accounts, #repair-fund,
 * #demonstration-estates). 1764801700000-records-kept refused removing them; an UPDATE could still change a
 * closed quarter's totals or who closed it, a decided withdrawal's amount or decision, or a withdrawn
 * designation. Each table now lets through only the moves the application makes: a closed quarter is
 * countersigned, then published; a designation is withdrawn once.
 */
const CLOSED_QUARTER_FIXED = ['id', 'account_id', 'estate_id', 'year', 'quarter', 'closed_by_id', 'closed_by_member_id', 'closed_at', 'opening_fen', 'income_fen', 'spending_fen', 'closing_fen', 'created_at'];
const DESIGNATION_FIXED = ['id', 'estate_id', 'level', 'year', 'document_number', 'created_by_id', 'created_at'];
const row = (alias: string, columns: string[]) => `(${columns.map((c) => `${alias}.${c}`).join(', ')})`;

export class DecidedRowsUnaltered1764801800000 implements MigrationInterface {
  name = 'DecidedRowsUnaltered1764801800000';

  async up(q: QueryRunner): Promise<void> {
    // CLOSED → COUNTERSIGNED (the countersignature, once) → PUBLISHED (the day, once); the book's figures stay
    await q.query(`
      CREATE FUNCTION account_period_closed_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ${row('NEW', CLOSED_QUARTER_FIXED)} IS NOT DISTINCT FROM ${row('OLD', CLOSED_QUARTER_FIXED)} AND (
             ((NEW.status, NEW.countersigned_by_id, NEW.countersigned_at, NEW.published_at)
               IS NOT DISTINCT FROM (OLD.status, OLD.countersigned_by_id, OLD.countersigned_at, OLD.published_at))
          OR (OLD.status = 'CLOSED' AND NEW.status = 'COUNTERSIGNED' AND OLD.countersigned_at IS NULL
               AND NEW.countersigned_by_id IS NOT NULL AND NEW.countersigned_at IS NOT NULL AND NEW.published_at IS NULL)
          OR (OLD.status = 'COUNTERSIGNED' AND NEW.status = 'PUBLISHED' AND OLD.published_at IS NULL AND NEW.published_at IS NOT NULL
               AND (NEW.countersigned_by_id, NEW.countersigned_at) IS NOT DISTINCT FROM (OLD.countersigned_by_id, OLD.countersigned_at))) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a closed quarter is final: UPDATE of % period % on account_period refused', OLD.status, OLD.id;
      END $$`);
    await q.query(`CREATE TRIGGER account_period_closed_moves BEFORE UPDATE ON account_period FOR EACH ROW WHEN (OLD.status <> 'OPEN') EXECUTE FUNCTION account_period_closed_moves()`);

    // nothing moves a withdrawal once approved or rejected: the fund's balance moved with the approval
    await q.query(
      `CREATE TRIGGER repair_fund_withdrawal_decided BEFORE UPDATE ON repair_fund_withdrawal FOR EACH ROW WHEN (OLD.status <> 'REQUESTED') EXECUTE FUNCTION record_kept('a decided withdrawal is kept')`,
    );

    // a designation is withdrawn once, with its day, reason and document; never removed, never rewritten
    await q.query(`
      CREATE FUNCTION demonstration_designation_moves() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.withdrawn_on IS NULL AND ${row('NEW', DESIGNATION_FIXED)} IS NOT DISTINCT FROM ${row('OLD', DESIGNATION_FIXED)} THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'a designation is withdrawn once and kept: UPDATE of designation % on demonstration_designation refused', OLD.id;
      END $$`);
    await q.query(`CREATE TRIGGER demonstration_designation_moves BEFORE UPDATE ON demonstration_designation FOR EACH ROW EXECUTE FUNCTION demonstration_designation_moves()`);
    await q.query(`CREATE TRIGGER demonstration_designation_not_removed BEFORE DELETE ON demonstration_designation FOR EACH ROW EXECUTE FUNCTION record_kept('a designation is kept as history')`);
    await q.query(`CREATE TRIGGER demonstration_designation_not_truncated BEFORE TRUNCATE ON demonstration_designation FOR EACH STATEMENT EXECUTE FUNCTION record_kept('a designation is kept as history')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER demonstration_designation_not_truncated ON demonstration_designation`);
    await q.query(`DROP TRIGGER demonstration_designation_not_removed ON demonstration_designation`);
    await q.query(`DROP TRIGGER demonstration_designation_moves ON demonstration_designation`);
    await q.query(`DROP FUNCTION demonstration_designation_moves()`);
    await q.query(`DROP TRIGGER repair_fund_withdrawal_decided ON repair_fund_withdrawal`);
    await q.query(`DROP TRIGGER account_period_closed_moves ON account_period`);
    await q.query(`DROP FUNCTION account_period_closed_moves()`);
  }
}
