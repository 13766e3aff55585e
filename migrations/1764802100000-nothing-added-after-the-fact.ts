import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Nothing is added to a record after the fact (docs/domain-rules.md#vote-record, docs/domain-rules.md#list-seal):
 * earlier triggers refused UPDATE, DELETE and TRUNCATE, but an INSERT could still slip a ballot into a vote already
 * counted or sealed, a person or unit into a roll fixed at opening, or an entry into a published red/black list.
 * - A ballot joins a vote whose record exists only while that vote is open, before its result is stored, and only
 *   for a person on its roll. (Before the record exists, rows seeded directly are fixed into it at start-up.)
 * - A roll's rows, and a list's entries, are written in the transaction that wrote their record or list, never later.
 */
export class NothingAddedAfterTheFact1764802100000 implements MigrationInterface {
  name = 'NothingAddedAfterTheFact1764802100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION ballot_joins_open_vote() RETURNS trigger LANGUAGE plpgsql AS $$
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
        IF vote.id IS NULL THEN RETURN NEW; END IF;
        IF vote.sha256 IS NOT NULL OR EXISTS (SELECT 1 FROM vote_result WHERE vote_record_id = vote.id) OR voting_open IS NOT TRUE THEN
          RAISE EXCEPTION 'a ballot is recorded only while its vote is open: INSERT on % refused (vote record %)', TG_TABLE_NAME, vote.id
            USING ERRCODE = 'check_violation';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM vote_roll_person WHERE vote_record_id = vote.id AND person_key = NEW.voter_key) THEN
          RAISE EXCEPTION 'a ballot is recorded only for a person on the roll fixed when voting opened: INSERT on % refused (%)', TG_TABLE_NAME, NEW.voter_key
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of ['ballot', 'resolution_ballot']) {
      await q.query(`CREATE TRIGGER ${table}_joins_open_vote BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ballot_joins_open_vote()`);
    }

    // TG_ARGV: the parent table, the child's column naming it, and why; the parent row must be this transaction's own
    await q.query(`
      CREATE FUNCTION written_with_parent() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent_id integer := (to_jsonb(NEW) ->> TG_ARGV[1])::integer;
        same_transaction boolean;
      BEGIN
        EXECUTE format('SELECT xmin = pg_current_xact_id()::xid FROM %I WHERE id = $1', TG_ARGV[0]) INTO same_transaction USING parent_id;
        IF same_transaction IS NOT TRUE THEN
          RAISE EXCEPTION '%: INSERT on % refused (% %)', TG_ARGV[2], TG_TABLE_NAME, TG_ARGV[0], parent_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    const children: Array<[child: string, parent: string, column: string, why: string]> = [
      ['vote_roll_person', 'vote_record', 'vote_record_id', 'the voting roll of a vote is fixed when voting opens and never altered'],
      ['vote_roll_unit', 'vote_record', 'vote_record_id', 'the voting roll of a vote is fixed when voting opens and never altered'],
      ['red_black_entry', 'red_black_list', 'list_id', 'a published red/black list is never changed'],
    ];
    for (const [child, parent, column, why] of children) {
      await q.query(`CREATE TRIGGER ${child}_written_with_parent BEFORE INSERT ON ${child} FOR EACH ROW EXECUTE FUNCTION written_with_parent('${parent}', '${column}', '${why}')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const child of ['red_black_entry', 'vote_roll_unit', 'vote_roll_person']) await q.query(`DROP TRIGGER ${child}_written_with_parent ON ${child}`);
    await q.query(`DROP FUNCTION written_with_parent()`);
    for (const table of ['resolution_ballot', 'ballot']) await q.query(`DROP TRIGGER ${table}_joins_open_vote ON ${table}`);
    await q.query(`DROP FUNCTION ballot_joins_open_vote()`);
  }
}
