import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tie at the last seat settled by the owners' rules of procedure (docs/domain-rules.md#election-tally): one settlement
 * per counted result (a recount stores a new result, which needs its own), written while that result is the stored,
 * unsealed one and naming only candidates of its tie; kept as written — UPDATE, DELETE and TRUNCATE are refused.
 */
export class TieSettlement1764802200000 implements MigrationInterface {
  name = 'TieSettlement1764802200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tie_settlement (
        id serial PRIMARY KEY,
        election_id integer NOT NULL REFERENCES election(id),
        vote_record_id integer NOT NULL REFERENCES vote_record(id),
        -- the counted_at of the result it settles: a recount's result is another one
        counted_at timestamptz(3) NOT NULL,
        method text NOT NULL CHECK (method IN ('RUNOFF_VOTE', 'DRAWING_LOTS')),
        chosen_candidate_ids integer[] NOT NULL CHECK (cardinality(chosen_candidate_ids) > 0),
        decided_on date NOT NULL,
        note text NOT NULL CHECK (note ~ '[^[:space:]]'),
        recorded_by_id integer REFERENCES app_user(id),
        recorded_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (vote_record_id, counted_at)
      )`);
    await q.query(`CREATE INDEX tie_settlement_election ON tie_settlement (election_id)`);
    await q.query(`
      CREATE FUNCTION tie_settles_stored_result() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        vote vote_record%ROWTYPE;
        tied jsonb;
      BEGIN
        SELECT * INTO vote FROM vote_record WHERE id = NEW.vote_record_id;
        IF vote.election_id IS DISTINCT FROM NEW.election_id OR vote.sha256 IS NOT NULL THEN
          RAISE EXCEPTION 'a tie is settled only in the unsealed record of its own election: INSERT on tie_settlement refused (vote record %)', NEW.vote_record_id
            USING ERRCODE = 'check_violation';
        END IF;
        SELECT i -> 'candidates' INTO tied FROM vote_result r, jsonb_array_elements(r.issues) i
         WHERE r.vote_record_id = NEW.vote_record_id AND r.counted_at = NEW.counted_at AND i ->> 'code' = 'TIE_AT_LAST_SEAT';
        IF tied IS NULL OR EXISTS (SELECT 1 FROM unnest(NEW.chosen_candidate_ids) c WHERE NOT tied ? c::text) THEN
          RAISE EXCEPTION 'a settlement names candidates of the tie in the result stored now: INSERT on tie_settlement refused (vote record %)', NEW.vote_record_id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tie_settlement_settles_stored_result BEFORE INSERT ON tie_settlement FOR EACH ROW EXECUTE FUNCTION tie_settles_stored_result()`);
    const why = 'a settlement of a tie is kept as recorded';
    await q.query(`CREATE TRIGGER tie_settlement_unaltered BEFORE UPDATE ON tie_settlement FOR EACH ROW EXECUTE FUNCTION record_kept('${why}')`);
    await q.query(`CREATE TRIGGER tie_settlement_not_removed BEFORE DELETE ON tie_settlement FOR EACH ROW EXECUTE FUNCTION record_kept('${why}')`);
    await q.query(`CREATE TRIGGER tie_settlement_not_truncated BEFORE TRUNCATE ON tie_settlement FOR EACH STATEMENT EXECUTE FUNCTION record_kept('${why}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tie_settlement`);
    await q.query(`DROP FUNCTION tie_settles_stored_result()`);
  }
}
