import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ballots as the tally reads them: in id order per election (it reads only those recorded since it last
 * looked), and never altered once recorded (so the rows it holds stay the rows stored).
 */
export class BallotBox1764547200000 implements MigrationInterface {
  name = 'BallotBox1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ballot_election_id_idx ON ballot (election_id, id)`);
    await q.query(`
      CREATE FUNCTION ballot_unaltered() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'a recorded ballot is never altered'; END $$`);
    await q.query(`CREATE TRIGGER ballot_unaltered BEFORE UPDATE ON ballot FOR EACH STATEMENT EXECUTE FUNCTION ballot_unaltered()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER ballot_unaltered ON ballot`);
    await q.query(`DROP FUNCTION ballot_unaltered()`);
    await q.query(`DROP INDEX ballot_election_id_idx`);
  }
}
