import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The committee's size is judged on the households the estate had when voting opened, not on the registry's figure
 * when the result is certified (docs/domain-rules.md#committee-size; attacker review round 9, O6): a clerk's edit of
 * `estate.households` after the vote made a lawful result uncertifiable, or a 3-seat committee certifiable in an estate
 * of more than 100 households. An election's record keeps the figure with its roll, written by the opening (the
 * request role writes the estate's own, as the roll) and unaltered after, as the rest of the record.
 * Records opened before this migration keep NULL: their certification reads the registry, as before.
 */
export class HouseholdsFixedAtOpening1764806210000 implements MigrationInterface {
  name = 'HouseholdsFixedAtOpening1764806210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE vote_record ADD COLUMN households integer CHECK (households >= 0)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION vote_record_unaltered() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.sha256 IS NOT NULL
           OR (NEW.election_id, NEW.resolution_id, NEW.estate_id, NEW.roll_taken_at, NEW.roll_version, NEW.headcount, NEW.area, NEW.households)
              IS DISTINCT FROM (OLD.election_id, OLD.resolution_id, OLD.estate_id, OLD.roll_taken_at, OLD.roll_version, OLD.headcount, OLD.area, OLD.households)
        THEN RAISE EXCEPTION 'a vote record is only ever sealed, once';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE FUNCTION vote_record_households_of_its_estate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NEW; END IF;
        IF NEW.households IS DISTINCT FROM (CASE WHEN NEW.election_id IS NULL THEN NULL ELSE (SELECT households FROM estate WHERE id = NEW.estate_id) END) THEN
          RAISE EXCEPTION 'an election''s record keeps the households its estate has when voting opens (a resolution''s none): INSERT on vote_record refused'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'vote_record_households_of_its_estate';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER vote_record_households_of_its_estate BEFORE INSERT ON vote_record FOR EACH ROW EXECUTE FUNCTION vote_record_households_of_its_estate()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER vote_record_households_of_its_estate ON vote_record`);
    await q.query(`DROP FUNCTION vote_record_households_of_its_estate()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION vote_record_unaltered() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.sha256 IS NOT NULL
           OR (NEW.election_id, NEW.resolution_id, NEW.estate_id, NEW.roll_taken_at, NEW.roll_version, NEW.headcount, NEW.area)
              IS DISTINCT FROM (OLD.election_id, OLD.resolution_id, OLD.estate_id, OLD.roll_taken_at, OLD.roll_version, OLD.headcount, OLD.area)
        THEN RAISE EXCEPTION 'a vote record is only ever sealed, once';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`ALTER TABLE vote_record DROP COLUMN households`);
  }
}
