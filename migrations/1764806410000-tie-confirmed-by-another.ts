import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tie at the last seat is settled by two officers, as every other decision of consequence is (maker-checker;
 * docs/domain-rules.md#election-tally; attacker review round 9, O1: one officer recorded the lots and certification
 * went on with the chosen). One officer records the settlement, a different officer with jurisdiction over the estate
 * confirms it; until then the tie is unsettled. The confirmation is two columns, written once, from nothing, and only
 * by the confirm move: by another officer than the recorder, at that moment, while the result is counted or published
 * and its record unsealed, for the result stored now (a recount's new result voids it). Everything else of a
 * settlement stays as recorded (the UPDATE refusal of 1764802200000, narrowed to these columns). A settlement of an
 * election already final when this landed needs none (needs_confirmation false): it was recorded under the rule of its day. The tables' owner
 * may lay down a confirmed settlement of the past (the demo seed); no role rewrites one.
 */
const OWNER = `written_by_table_owner(TG_RELID)`;

export class TieConfirmedByAnother1764806410000 implements MigrationInterface {
  name = 'TieConfirmedByAnother1764806410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tie_settlement_unaltered ON tie_settlement`);
    await q.query(`
      ALTER TABLE tie_settlement
        ADD COLUMN confirmed_by_id integer REFERENCES app_user(id),
        ADD COLUMN confirmed_at timestamptz(3),
        ADD COLUMN needs_confirmation boolean NOT NULL DEFAULT true,
        ADD CONSTRAINT tie_settlement_confirmed_together CHECK ((confirmed_by_id IS NULL) = (confirmed_at IS NULL))`);
    // a settlement of an election already certified or cancelled stands as it was recorded, under the rule of its day
    // (its sealed record carries it without a confirmation); one of an election still running waits for its checker
    await q.query(`UPDATE tie_settlement s SET needs_confirmation = false FROM election e WHERE e.id = s.election_id AND e.phase IN ('CERTIFIED', 'CANCELLED')`);
    await q.query(`
      CREATE FUNCTION tie_settlement_confirmed_by_another() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed text[];
        open_count boolean;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NOT ${OWNER} AND (NEW.confirmed_by_id IS NOT NULL OR NEW.recorded_by_id IS NULL OR NOT NEW.needs_confirmation) THEN
            RAISE EXCEPTION 'a settlement is recorded by an officer, unconfirmed: INSERT on tie_settlement refused (election %)', NEW.election_id
              USING ERRCODE = 'check_violation', CONSTRAINT = 'tie_settlement_confirmed_by_another';
          END IF;
          RETURN NEW;
        END IF;
        SELECT array_agg(n.key ORDER BY n.key) INTO changed FROM jsonb_each(to_jsonb(NEW)) n
         WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key AND NOT (n.key IN ('confirmed_by_id', 'confirmed_at'));
        IF changed IS NOT NULL OR OLD.confirmed_by_id IS NOT NULL THEN
          RAISE EXCEPTION 'a settlement of a tie is kept as recorded, and confirmed once: UPDATE of % on tie_settlement refused (election %)',
            coalesce(array_to_string(changed, ', '), 'confirmed_by_id, confirmed_at'), OLD.election_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'tie_settlement_confirmed_by_another';
        END IF;
        IF ${OWNER} THEN RETURN NEW; END IF;
        SELECT e.phase IN ('COUNTING', 'RESULT_PUBLICITY') AND r.sha256 IS NULL AND v.counted_at = NEW.counted_at INTO open_count
          FROM vote_record r JOIN election e ON e.id = r.election_id JOIN vote_result v ON v.vote_record_id = r.id
         WHERE r.id = NEW.vote_record_id AND e.id = NEW.election_id;
        IF NEW.confirmed_by_id IS NOT DISTINCT FROM NEW.recorded_by_id OR NEW.confirmed_at IS DISTINCT FROM now()::timestamptz(3) OR open_count IS NOT TRUE THEN
          RAISE EXCEPTION 'a settlement is confirmed by another officer than its recorder, now, while its count stands unsealed: UPDATE on tie_settlement refused (election %)', OLD.election_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'tie_settlement_confirmed_by_another';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tie_settlement_confirmed_by_another BEFORE INSERT OR UPDATE ON tie_settlement FOR EACH ROW EXECUTE FUNCTION tie_settlement_confirmed_by_another()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tie_settlement_confirmed_by_another ON tie_settlement`);
    await q.query(`DROP FUNCTION tie_settlement_confirmed_by_another()`);
    await q.query(`CREATE TRIGGER tie_settlement_unaltered BEFORE UPDATE ON tie_settlement FOR EACH ROW EXECUTE FUNCTION record_kept('a settlement of a tie is kept as recorded')`);
    await q.query(`ALTER TABLE tie_settlement DROP CONSTRAINT tie_settlement_confirmed_together, DROP COLUMN needs_confirmation, DROP COLUMN confirmed_at, DROP COLUMN confirmed_by_id`);
  }
}
