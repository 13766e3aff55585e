import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What happened is written when it happens (docs/architecture.md#two-database-roles): only the tables' owner (the
 * migrations and the demo seed, which lays down a past) may write history after the fact.
 * - A ballot joins a vote only once that vote is open with its roll fixed. Before, a vote without its record yet (not
 *   yet voting, or cancelled) took any ballot, and opening the vote would then have sealed it in; the demo seed's
 *   ballots, written by the owner before their records, are still fixed into records at start-up.
 * - An audit event is dated by the database. Before, an event could be inserted backdated, and the chain, which hashes
 *   what it is given, still verified.
 */
const OPEN_VOTE_CHECKS = `
        IF vote.sha256 IS NOT NULL OR EXISTS (SELECT 1 FROM vote_result WHERE vote_record_id = vote.id) OR voting_open IS NOT TRUE THEN
          RAISE EXCEPTION 'a ballot is recorded only while its vote is open: INSERT on % refused (vote record %)', TG_TABLE_NAME, vote.id
            USING ERRCODE = 'check_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM vote_roll_person WHERE vote_record_id = vote.id AND person_key = NEW.voter_key) THEN
          RAISE EXCEPTION 'a ballot is recorded only for a person on the roll fixed when voting opened: INSERT on % refused (%)', TG_TABLE_NAME, NEW.voter_key
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;`;

function ballotJoinsOpenVote(withoutRecord: string): string {
  return `
      CREATE OR REPLACE FUNCTION ballot_joins_open_vote() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        vote vote_record%ROWTYPE;
        voting_open boolean;
      BEGIN
        IF TG_TABLE_NAME = 'ballot' THEN
          SELECT * INTO vote FROM vote_record WHERE election_id = NEW.election_id;
          SELECT phase = 'VOTING' INTO voting_open FROM election WHERE id = NEW.election_id;
        ELSE
          SELECT * INTO vote FROM vote_record WHERE resolution_id = NEW.resolution_id;
          SELECT phase = 'VOTING' INTO voting_open FROM resolution WHERE id = NEW.resolution_id;
        END IF;
        IF vote.id IS NULL THEN ${withoutRecord} END IF;${OPEN_VOTE_CHECKS}
      END $$`;
}

export class HistoryWrittenAsItHappens1764804400000 implements MigrationInterface {
  name = 'HistoryWrittenAsItHappens1764804400000';

  async up(q: QueryRunner): Promise<void> {
    // whether the writing role is (a member of) the table's owner: never true for the request role
    await q.query(`
      CREATE FUNCTION written_by_table_owner(rel oid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class WHERE oid = rel
      $$`);
    await q.query(
      ballotJoinsOpenVote(`
          IF written_by_table_owner(TG_RELID) THEN RETURN NEW; END IF;
          RAISE EXCEPTION 'a ballot is recorded only while its vote is open: INSERT on % refused (the vote is not open)', TG_TABLE_NAME
            USING ERRCODE = 'check_violation';`),
    );
    // fires before audit_event_chain (triggers run in name order), so the hash covers the database's time (to the millisecond, as the column keeps it)
    await q.query(`
      CREATE FUNCTION audit_event_at_now() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT written_by_table_owner(TG_RELID) THEN NEW.at := now(); END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_at_now BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_at_now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_at_now ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_at_now()`);
    await q.query(ballotJoinsOpenVote('RETURN NEW;'));
    await q.query(`DROP FUNCTION written_by_table_owner(oid)`);
  }
}
