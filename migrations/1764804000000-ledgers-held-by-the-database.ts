import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What makes a published statement hold (docs/domain-rules.md#public-statements), held by PostgreSQL whoever writes,
 * not only by the services:
 * - a committee book's quarters close in order, and no quarter is added before one that is no longer open
 *   (docs/domain-rules.md#committee-accounts): its entries would change a closed quarter's opening balance;
 * - a repair-fund correction is dated the day it is posted, by the database's clock, and a withdrawal is inserted as
 *   a request and decided by an update dated then (docs/domain-rules.md#repair-fund): neither can land in a period
 *   that has ended;
 * - a five-party follow-up keeps the due day first recorded (docs/domain-rules.md#five-party-meetings): a corrected
 *   due day is judged against it, so corrections cannot postpone a follow-up again and again.
 */
export class LedgersHeldByTheDatabase1764804000000 implements MigrationInterface {
  name = 'LedgersHeldByTheDatabase1764804000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION account_period_in_order() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM account_period later WHERE later.account_id = NEW.account_id AND later.status <> 'OPEN'
                                          AND (later.year, later.quarter) > (NEW.year, NEW.quarter)) THEN
          RAISE EXCEPTION 'the book is closed after % Q%: no quarter is added before a closed one', NEW.year, NEW.quarter
            USING ERRCODE = 'P0001', CONSTRAINT = 'account_entry_period_closed';
        END IF;
        IF TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM account_period earlier WHERE earlier.account_id = NEW.account_id AND earlier.status = 'OPEN'
                                          AND (earlier.year, earlier.quarter) < (NEW.year, NEW.quarter)) THEN
          RAISE EXCEPTION 'an earlier quarter of the book is open: % Q% closes after it', NEW.year, NEW.quarter;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER account_period_added_in_order BEFORE INSERT ON account_period FOR EACH ROW EXECUTE FUNCTION account_period_in_order()`);
    await q.query(`CREATE TRIGGER account_period_closed_in_order BEFORE UPDATE ON account_period FOR EACH ROW WHEN (OLD.status = 'OPEN' AND NEW.status <> 'OPEN') EXECUTE FUNCTION account_period_in_order()`);

    await q.query(`
      CREATE FUNCTION repair_fund_correction_posted_today() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.posted_on := (now() AT TIME ZONE 'Asia/Shanghai')::date; RETURN NEW; END $$`);
    await q.query(`CREATE TRIGGER repair_fund_correction_posted_today BEFORE INSERT ON repair_fund_correction FOR EACH ROW EXECUTE FUNCTION repair_fund_correction_posted_today()`);

    await q.query(`
      CREATE FUNCTION repair_fund_withdrawal_decided_now() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND (NEW.status <> 'REQUESTED' OR NEW.decided_at IS NOT NULL OR NEW.decided_by_id IS NOT NULL) THEN
          RAISE EXCEPTION 'a withdrawal is requested first and decided by an update: INSERT of a % withdrawal refused', NEW.status;
        END IF;
        IF TG_OP = 'UPDATE' THEN NEW.decided_at := now(); END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER repair_fund_withdrawal_decided_now BEFORE INSERT ON repair_fund_withdrawal FOR EACH ROW EXECUTE FUNCTION repair_fund_withdrawal_decided_now()`);
    await q.query(
      `CREATE TRIGGER repair_fund_withdrawal_decision_dated BEFORE UPDATE ON repair_fund_withdrawal FOR EACH ROW WHEN (OLD.status = 'REQUESTED' AND NEW.status <> 'REQUESTED') EXECUTE FUNCTION repair_fund_withdrawal_decided_now()`,
    );

    await q.query(`ALTER TABLE five_party_follow_up ADD COLUMN first_due_on date`);
    await q.query(`UPDATE five_party_follow_up SET first_due_on = due_on`);
    await q.query(`ALTER TABLE five_party_follow_up ALTER COLUMN first_due_on SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION five_party_follow_up_first_due_on() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.first_due_on := CASE TG_OP WHEN 'INSERT' THEN NEW.due_on ELSE OLD.first_due_on END;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER five_party_follow_up_first_due_on BEFORE INSERT OR UPDATE ON five_party_follow_up FOR EACH ROW EXECUTE FUNCTION five_party_follow_up_first_due_on()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER five_party_follow_up_first_due_on ON five_party_follow_up`);
    await q.query(`DROP FUNCTION five_party_follow_up_first_due_on()`);
    await q.query(`ALTER TABLE five_party_follow_up DROP COLUMN first_due_on`);
    await q.query(`DROP TRIGGER repair_fund_withdrawal_decision_dated ON repair_fund_withdrawal`);
    await q.query(`DROP TRIGGER repair_fund_withdrawal_decided_now ON repair_fund_withdrawal`);
    await q.query(`DROP FUNCTION repair_fund_withdrawal_decided_now()`);
    await q.query(`DROP TRIGGER repair_fund_correction_posted_today ON repair_fund_correction`);
    await q.query(`DROP FUNCTION repair_fund_correction_posted_today()`);
    await q.query(`DROP TRIGGER account_period_closed_in_order ON account_period`);
    await q.query(`DROP TRIGGER account_period_added_in_order ON account_period`);
    await q.query(`DROP FUNCTION account_period_in_order()`);
  }
}
