import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quarter's red/black list is published only once the registrars have decided every submitted assessment of the
 * quarter (docs/domain-rules.md#red-black-list; attacker review round 10, O4): a submitted assessment left unreviewed
 * was left unranked, so one registrar who never reviewed a project headed for a black place kept it off the list, and
 * after publication it could no longer be reviewed. Checked at the commit, as the list's other rules are, whoever
 * writes SQL as the request role; the tables' owner passes (the demo seed lays down published quarters).
 */
export class RedBlackListWaitsForSubmitted1764806730000 implements MigrationInterface {
  name = 'RedBlackListWaitsForSubmitted1764806730000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION red_black_list_nothing_waiting() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        IF EXISTS (SELECT 1 FROM assessment WHERE quarter = NEW.quarter AND state = 'SUBMITTED') THEN
          RAISE EXCEPTION 'the % list waits for every submitted assessment of its quarter to be decided', NEW.quarter
            USING ERRCODE = 'check_violation', CONSTRAINT = 'red_black_list_nothing_waiting', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER red_black_list_nothing_waiting AFTER INSERT ON red_black_list DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION red_black_list_nothing_waiting()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER red_black_list_nothing_waiting ON red_black_list`);
    await q.query(`DROP FUNCTION red_black_list_nothing_waiting()`);
  }
}
