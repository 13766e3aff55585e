import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quarter's statement is judged against the due days in force for it, not the book's current ones
 * (docs/domain-rules.md#statement-due; attacker review round 9, O5: raising the days hid quarters already overdue,
 * lowering them made quarters overdue after the fact). Every change of a book's `statement_due_days` is kept with
 * the day it takes effect (China's today; the book's first days from the start, `-infinity`), written by the book's
 * own UPDATE; a quarter is judged by the days in force on its last day (`dueDaysInForce`,
 * api/src/committee-accounts/statement-due.ts). The history is held as a record: written only with the book's change,
 * that day's row rewritten only that day, never removed; the tables' owner passes (the demo seed).
 * Books opened before this migration start their history with their current days: their earlier changes are not
 * reconstructed.
 */
const CHINA_TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

export class DueDaysInForce1764806510000 implements MigrationInterface {
  name = 'DueDaysInForce1764806510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE committee_account_due_days (
        account_id integer NOT NULL REFERENCES committee_account(id),
        -- the first day of the quarters' ends it judges; -infinity for the book's first days
        effective_from date NOT NULL,
        statement_due_days integer NOT NULL CHECK (statement_due_days BETWEEN 1 AND 366),
        PRIMARY KEY (account_id, effective_from)
      )`);
    await q.query(`INSERT INTO committee_account_due_days (account_id, effective_from, statement_due_days)
                   SELECT id, '-infinity', statement_due_days FROM committee_account`);

    await q.query(`
      CREATE FUNCTION committee_account_due_days_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO committee_account_due_days (account_id, effective_from, statement_due_days) VALUES (NEW.id, '-infinity', NEW.statement_due_days);
        ELSIF NEW.statement_due_days IS DISTINCT FROM OLD.statement_due_days THEN
          INSERT INTO committee_account_due_days (account_id, effective_from, statement_due_days) VALUES (NEW.id, ${CHINA_TODAY}, NEW.statement_due_days)
          ON CONFLICT (account_id, effective_from) DO UPDATE SET statement_due_days = EXCLUDED.statement_due_days;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER committee_account_due_days_kept AFTER INSERT OR UPDATE OF statement_due_days ON committee_account
      FOR EACH ROW EXECUTE FUNCTION committee_account_due_days_kept()`);

    await q.query(`
      CREATE FUNCTION committee_account_due_days_in_force() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
        IF TG_OP = 'DELETE'
           OR (TG_OP = 'UPDATE' AND (OLD.effective_from <> ${CHINA_TODAY} OR (NEW.account_id, NEW.effective_from) IS DISTINCT FROM (OLD.account_id, OLD.effective_from)))
           OR NOT EXISTS (SELECT 1 FROM committee_account a WHERE a.id = NEW.account_id AND a.xmin = pg_current_xact_id()::xid
                                                             AND a.statement_due_days = NEW.statement_due_days)
           OR NOT (NEW.effective_from = ${CHINA_TODAY}
                   OR (NEW.effective_from = '-infinity' AND NOT EXISTS (SELECT 1 FROM committee_account_due_days d WHERE d.account_id = NEW.account_id))) THEN
          RAISE EXCEPTION 'a book''s due days are kept with the day they take effect, written by its change that day: % on committee_account_due_days refused', TG_OP
            USING ERRCODE = 'check_violation', CONSTRAINT = 'committee_account_due_days_in_force';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER committee_account_due_days_in_force BEFORE INSERT OR UPDATE OR DELETE ON committee_account_due_days
      FOR EACH ROW EXECUTE FUNCTION committee_account_due_days_in_force()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER committee_account_due_days_in_force ON committee_account_due_days`);
    await q.query(`DROP FUNCTION committee_account_due_days_in_force()`);
    await q.query(`DROP TRIGGER committee_account_due_days_kept ON committee_account`);
    await q.query(`DROP FUNCTION committee_account_due_days_kept()`);
    await q.query(`DROP TABLE committee_account_due_days`);
  }
}
