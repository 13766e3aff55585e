import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quarter's red/black list waits for a returned assessment as for a submitted one (docs/domain-rules.md#red-black-list;
 * attacker review round 11, F3): a return sends the assessment back to be completed and submitted again, it decides
 * nothing about the project's place; counted as decided, one registrar returned the assessment of a project headed for
 * a black place and published the list without it, which closed the quarter to its resubmission. Checked at the commit
 * as before (migrations/1764806730000), whoever writes SQL as the request role; the tables' owner passes.
 */
export class RedBlackListWaitsForReturned1764806800000 implements MigrationInterface {
  name = 'RedBlackListWaitsForReturned1764806800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(waitingFunction(`('SUBMITTED', 'RETURNED')`, 'submitted or returned'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(waitingFunction(`('SUBMITTED')`, 'submitted'));
  }
}

function waitingFunction(states: string, what: string): string {
  return `
    CREATE OR REPLACE FUNCTION red_black_list_nothing_waiting() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
      IF EXISTS (SELECT 1 FROM assessment WHERE quarter = NEW.quarter AND state IN ${states}) THEN
        RAISE EXCEPTION 'the % list waits for every ${what} assessment of its quarter to be decided', NEW.quarter
          USING ERRCODE = 'check_violation', CONSTRAINT = 'red_black_list_nothing_waiting', TABLE = TG_TABLE_NAME;
      END IF;
      RETURN NULL;
    END $$`;
}
