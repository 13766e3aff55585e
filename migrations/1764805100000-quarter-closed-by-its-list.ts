import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quarter's assessments are written only while its red/black list is not published, and never while it is being
 * published (docs/roles-and-workflows.md#assessment: once the quarter's list is published, nothing of the quarter
 * changes). The service checked for the list, but outside the publication's lock: publishing took the quarter's
 * advisory lock and the quarter's existing rows, so an assessment begun while the list was being written did not wait,
 * saw no list, and committed — a draft stranded in a closed quarter, or, taken on to REVIEWED before the list
 * committed, a complete assessment the list that claims the quarter left out (api/test/red-black-race.e2e.spec.ts).
 *
 * The quarter's lock is the publication's advisory key, (hashtext('wuye.red-black-list'), hashtext(quarter)):
 * publishing holds it exclusively (api/src/assessments/assessment.service.ts, publishList) from before its ranking to
 * its commit; every write of an assessment holds it shared, so writes of a quarter run together but each one lands
 * wholly before the publication ranks the quarter or is refused after the list is sealed. Here every INSERT, UPDATE
 * and DELETE of an assessment takes it (the service takes it first, in assertQuarterOpen, to refuse with its coded
 * error) and is refused once the quarter's list exists, SQLSTATE 23514 naming assessment_quarter_open. Let through:
 * a touch (only the version and its time move, as the change feed moves a record's), which changes nothing of the
 * quarter, and the publication's own move, REVIEWED to PUBLISHED (after a list is sealed no assessment of its quarter
 * is left REVIEWED: this rule keeps any from becoming so). The table's owner is refused nothing, as with
 * 1764804300000's rules: the demo seed lays down published quarters.
 *
 * Locks are taken in one order: the publication locks the quarter's rows, then the key; a write locks its row (if
 * any), then the key. A write never waits for the key while holding a row the publication has yet to lock.
 */
export class QuarterClosedByItsList1764805100000 implements MigrationInterface {
  name = 'QuarterClosedByItsList1764805100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION assessment_quarter_open() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        held text;
      BEGIN
        -- the publication's own move first: it is the cheap test, and a publish makes thousands of them
        IF TG_OP = 'UPDATE' AND ((OLD.state = 'REVIEWED' AND NEW.state = 'PUBLISHED')
                                 OR (to_jsonb(NEW) - 'version' - 'updated_at') = (to_jsonb(OLD) - 'version' - 'updated_at')) THEN
          RETURN NEW;
        END IF;
        FOREACH held IN ARRAY ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.quarter END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.quarter END]) x WHERE x IS NOT NULL ORDER BY x) LOOP
          PERFORM pg_advisory_xact_lock_shared(hashtext('wuye.red-black-list'), hashtext(held));
          IF NOT written_by_table_owner(TG_RELID) AND EXISTS (SELECT 1 FROM red_black_list l WHERE l.quarter = held) THEN
            RAISE EXCEPTION 'once a quarter''s red/black list is published nothing of the quarter changes: % on assessment refused (% is published)', TG_OP, held
              USING ERRCODE = 'check_violation', CONSTRAINT = 'assessment_quarter_open';
          END IF;
        END LOOP;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    // after assessment_state_moves (triggers run in name order): a move the lifecycle refuses is refused as such
    await q.query(`CREATE TRIGGER assessment_while_quarter_open BEFORE INSERT OR UPDATE OR DELETE ON assessment FOR EACH ROW EXECUTE FUNCTION assessment_quarter_open()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER assessment_while_quarter_open ON assessment`);
    await q.query(`DROP FUNCTION assessment_quarter_open()`);
  }
}
