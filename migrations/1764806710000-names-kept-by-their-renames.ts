import { MigrationInterface, QueryRunner } from 'typeorm';

/** The records whose names are kept (migrations/1764806050000-names-as-published.ts). */
const NAMED = ['estate', 'project', 'firm', 'district', 'subdistrict', 'community'];

/**
 * A name enters the history only as its record takes it, whoever writes SQL as the request role (docs/architecture.md#documents;
 * attacker review round 10, F1): a back-dated row inserted by hand made a published statement print a name its estate
 * never bore. Now a row is the record's name at its birth (valid from -infinity, the record inserted in this
 * transaction) or at its rename (valid from this transaction's now(), the record written in it), and it is the name the
 * record has; the same holds for the rename trigger's own rewrite within one transaction. The tables' owner passes.
 */
export class NamesKeptByTheirRenames1764806710000 implements MigrationInterface {
  name = 'NamesKeptByTheirRenames1764806710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION name_history_as_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        current_name text;
        written_now boolean;
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NEW; END IF;
        IF NEW.table_name = ANY (ARRAY[${NAMED.map((t) => `'${t}'`).join(', ')}]) THEN
          EXECUTE format('SELECT name, xmin = pg_current_xact_id()::xid FROM %I WHERE id = $1', NEW.table_name)
             INTO current_name, written_now USING NEW.record_id;
        END IF;
        IF written_now IS NOT TRUE OR NEW.name IS DISTINCT FROM current_name
           OR NOT (NEW.valid_from = now() OR (TG_OP = 'INSERT' AND NEW.valid_from = '-infinity'::timestamptz)) THEN
          RAISE EXCEPTION 'a name enters its history as its record takes it, in that transaction (% %)', NEW.table_name, NEW.record_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'name_history_as_renamed', TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NEW;
      END $$`);
    // before name_history_unaltered (triggers fire in name order), which keeps every other update and every removal out
    await q.query(`CREATE TRIGGER name_history_as_renamed BEFORE INSERT OR UPDATE ON name_history FOR EACH ROW EXECUTE FUNCTION name_history_as_renamed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER name_history_as_renamed ON name_history`);
    await q.query(`DROP FUNCTION name_history_as_renamed()`);
  }
}
