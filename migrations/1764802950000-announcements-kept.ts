import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every announcement of a period told to the owners is kept (docs/domain-rules.md#voting-period): the plan holds only
 * the latest days, so a period announced anew left no trace of what the owners had been told before but the audit
 * log. Each new announcement of an election's NOMINATION, VOTING or RESULT_PUBLICITY days, or of a resolution's
 * voting days, appends a row here, whoever writes them; the rows are never altered or removed. The notices print them.
 */
const ANNOUNCED_PHASES = `('NOMINATION', 'VOTING', 'RESULT_PUBLICITY')`;

export class AnnouncementsKept1764802950000 implements MigrationInterface {
  name = 'AnnouncementsKept1764802950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE announced_period (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        election_id integer REFERENCES election(id),
        resolution_id integer REFERENCES resolution(id),
        phase text NOT NULL CHECK (phase IN ${ANNOUNCED_PHASES}),
        starts_on date,
        ends_on date,
        announced_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((election_id IS NULL) <> (resolution_id IS NULL)),
        CHECK (resolution_id IS NULL OR phase = 'VOTING')
      )`);
    await q.query(`CREATE INDEX ON announced_period (election_id, phase, id) WHERE election_id IS NOT NULL`);
    await q.query(`CREATE INDEX ON announced_period (resolution_id, id) WHERE resolution_id IS NOT NULL`);
    // what stands today, as announced when the vote was created: the best evidence left
    await q.query(`
      INSERT INTO announced_period (election_id, phase, starts_on, ends_on, announced_at)
      SELECT p.election_id, p.phase, p.starts_on, p.ends_on, e.created_at
        FROM election_phase p JOIN election e ON e.id = p.election_id
       WHERE p.phase IN ${ANNOUNCED_PHASES} AND (p.starts_on IS NOT NULL OR p.ends_on IS NOT NULL)
       ORDER BY p.election_id, p.phase`);
    await q.query(`
      INSERT INTO announced_period (resolution_id, phase, starts_on, ends_on, announced_at)
      SELECT id, 'VOTING', voting_starts_on, voting_ends_on, created_at FROM resolution
       WHERE voting_starts_on IS NOT NULL OR voting_ends_on IS NOT NULL ORDER BY id`);

    await q.query(`
      CREATE FUNCTION election_period_announced() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.phase IN ${ANNOUNCED_PHASES} AND (NEW.starts_on IS NOT NULL OR NEW.ends_on IS NOT NULL)
           AND (TG_OP = 'INSERT' OR (NEW.starts_on, NEW.ends_on) IS DISTINCT FROM (OLD.starts_on, OLD.ends_on)) THEN
          INSERT INTO announced_period (election_id, phase, starts_on, ends_on) VALUES (NEW.election_id, NEW.phase, NEW.starts_on, NEW.ends_on);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER election_phase_announced AFTER INSERT OR UPDATE OF starts_on, ends_on ON election_phase FOR EACH ROW EXECUTE FUNCTION election_period_announced()`);
    await q.query(`
      CREATE FUNCTION resolution_period_announced() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.voting_starts_on IS NOT NULL OR NEW.voting_ends_on IS NOT NULL)
           AND (TG_OP = 'INSERT' OR (NEW.voting_starts_on, NEW.voting_ends_on) IS DISTINCT FROM (OLD.voting_starts_on, OLD.voting_ends_on)) THEN
          INSERT INTO announced_period (resolution_id, phase, starts_on, ends_on) VALUES (NEW.id, 'VOTING', NEW.voting_starts_on, NEW.voting_ends_on);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER resolution_announced AFTER INSERT OR UPDATE OF voting_starts_on, voting_ends_on ON resolution FOR EACH ROW EXECUTE FUNCTION resolution_period_announced()`);
    // kept as told (record_kept: migrations/1764801700000-records-kept.ts)
    await q.query(`CREATE TRIGGER announced_period_kept BEFORE UPDATE OR DELETE ON announced_period FOR EACH ROW EXECUTE FUNCTION record_kept('an announcement told to the owners is kept')`);
    await q.query(`CREATE TRIGGER announced_period_truncate_kept BEFORE TRUNCATE ON announced_period FOR EACH STATEMENT EXECUTE FUNCTION record_kept('an announcement told to the owners is kept')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER resolution_announced ON resolution`);
    await q.query(`DROP FUNCTION resolution_period_announced()`);
    await q.query(`DROP TRIGGER election_phase_announced ON election_phase`);
    await q.query(`DROP FUNCTION election_period_announced()`);
    await q.query(`DROP TABLE announced_period`);
  }
}
