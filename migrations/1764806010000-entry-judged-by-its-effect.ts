import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A book entry is judged by what it does to the balance, not by its direction's name (docs/domain-rules.md#entry-effect):
 * a correction taking spending back raised the balance on the booker's word alone, one taking income back paid out past
 * the limit. PostgreSQL now holds the parts a row can show, for every role but the tables' owner (the seed), on insert:
 * an entry raising the balance by a correction or by more than the book's limit waits for the sign-off; one lowering it
 * by more than the limit waits for the sign-off and, when it is spending, names a resolution. Counting together is the service's, under the
 * book's lock. Entries on file stay as booked.
 */
export class EntryJudgedByItsEffect1764806010000 implements MigrationInterface {
  name = 'EntryJudgedByItsEffect1764806010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION account_entry_judged_by_effect() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        limit_fen bigint;
        movement bigint := CASE WHEN NEW.direction = 'INCOME' THEN NEW.amount_fen ELSE -NEW.amount_fen END;
      BEGIN
        IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN RETURN NEW; END IF;
        SELECT a.spending_limit_fen INTO limit_fen FROM account_period p JOIN committee_account a ON a.id = p.account_id WHERE p.id = NEW.period_id;
        IF movement > 0 AND (NEW.corrects_entry_id IS NOT NULL OR movement > limit_fen) AND NOT NEW.sign_off_required THEN
          RAISE EXCEPTION 'an entry raising the book''s balance by a correction or above the limit waits for the community''s sign-off (% of %)', NEW.direction, NEW.amount_fen
            USING ERRCODE = 'check_violation', CONSTRAINT = 'account_entry_judged_by_effect', TABLE = TG_TABLE_NAME;
        END IF;
        -- income taken back corrects a record: the sign-off, no resolution (the resolution authorises spending)
        IF movement < 0 AND -movement > limit_fen AND NOT (NEW.sign_off_required AND (NEW.resolution_id IS NOT NULL OR NEW.direction = 'INCOME')) THEN
          RAISE EXCEPTION 'an entry lowering the book''s balance above the limit waits for the sign-off, and spending names the owners'' resolution (% of %)', NEW.direction, NEW.amount_fen
            USING ERRCODE = 'check_violation', CONSTRAINT = 'account_entry_judged_by_effect', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER account_entry_judged_by_effect BEFORE INSERT ON account_entry FOR EACH ROW EXECUTE FUNCTION account_entry_judged_by_effect()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER account_entry_judged_by_effect ON account_entry`);
    await q.query(`DROP FUNCTION account_entry_judged_by_effect()`);
  }
}
