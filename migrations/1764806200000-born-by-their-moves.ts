import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A final record is born only by the move that makes it, and what a confirmation fixed stays fixed, whoever writes
 * SQL as the request role (docs/architecture.md#two-database-roles; attacker review round 9, F1 and F2). Earlier
 * triggers kept these rows once written, but let the request role write them in any state, at any time:
 * - a vote's record (its roll) is born in the transaction that opens the vote, unsealed, taken at that moment, and
 *   it is the estate's live roll at commit: a roll planted before the opening was adopted by OPEN_VOTING;
 * - a red/black list is born after its quarter, in the transaction that publishes the quarter's reviewed
 *   assessments, and names each project as its published assessment scores it: a sealed list was planted for a
 *   quarter not over, shutting out the real one;
 * - a book's quarter is born open, undecided and not in the future: a published future quarter closed the book;
 * - a repair fund's confirmed terms are never rewritten or removed, and a fund, a book and a committee keep what
 *   places them (project, estate, opening month; a committee's term, which ends early only the day before its
 *   successor's starts): an UPDATE raised a confirmed fee rate tenfold and moved a book to another estate.
 * The tables' owner passes (the demo seed and tests lay down a past; start-up completes an older vote's record).
 */
const OWNER_PASSES = `IF written_by_table_owner(TG_RELID) THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;`;
const CHINA_TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** the columns a row keeps from its INSERT on, and why (TG_ARGV: why, then the columns) */
const PLACED: Array<[table: string, why: string, columns: string[]]> = [
  ['repair_fund', 'a fund stays with its project and opening month', ['project_id', 'estate_id', 'opened_month', 'created_by_id']],
  ['committee_account', 'a book stays with its estate', ['estate_id', 'created_by_id']],
  ['committee', 'a committee keeps its estate and term', ['estate_id', 'term_number', 'elected_on', 'term_start']],
];

export class BornByTheirMoves1764806200000 implements MigrationInterface {
  name = 'BornByTheirMoves1764806200000';

  async up(q: QueryRunner): Promise<void> {
    // ---- a vote's record
    await q.query(`
      CREATE FUNCTION vote_record_born_opening() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE opened boolean;
      BEGIN
        ${OWNER_PASSES}
        IF NEW.election_id IS NOT NULL THEN
          SELECT phase = 'VOTING' AND xmin = pg_current_xact_id()::xid AND estate_id = NEW.estate_id INTO opened FROM election WHERE id = NEW.election_id;
        ELSE
          SELECT phase = 'VOTING' AND xmin = pg_current_xact_id()::xid AND estate_id = NEW.estate_id INTO opened FROM resolution WHERE id = NEW.resolution_id;
        END IF;
        IF opened IS NOT TRUE OR NEW.sha256 IS NOT NULL OR NEW.sealed_at IS NOT NULL OR NEW.estate_name IS NOT NULL
           OR NEW.roll_taken_at <> date_trunc('milliseconds', now()) THEN
          RAISE EXCEPTION 'a vote''s roll is fixed by the move that opens the vote, unsealed, at that moment: INSERT on vote_record refused'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'vote_record_born_opening';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER vote_record_born_opening BEFORE INSERT ON vote_record FOR EACH ROW EXECUTE FUNCTION vote_record_born_opening()`);
    // at commit: the roll is the estate's live roll of that moment — every unit with its area, voted for by its
    // designated voter, else one of its owners, else the developer — and the record's totals are its persons'
    await q.query(`
      CREATE FUNCTION vote_record_is_the_live_roll() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE persons integer; total numeric;
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        SELECT count(*), coalesce(sum(area), 0) INTO persons, total FROM vote_roll_person WHERE vote_record_id = NEW.id;
        IF persons <> NEW.headcount OR total <> NEW.area
           OR EXISTS ((SELECT unit_id, area, developer_held FROM vote_roll_unit WHERE vote_record_id = NEW.id)
                      EXCEPT (SELECT id, area, developer_held FROM unit WHERE estate_id = NEW.estate_id))
           OR EXISTS ((SELECT id, area, developer_held FROM unit WHERE estate_id = NEW.estate_id)
                      EXCEPT (SELECT unit_id, area, developer_held FROM vote_roll_unit WHERE vote_record_id = NEW.id))
           OR EXISTS (SELECT 1 FROM vote_roll_unit r
                       WHERE r.vote_record_id = NEW.id
                         AND NOT CASE
                           WHEN r.developer_held OR NOT EXISTS (SELECT 1 FROM ownership s WHERE s.unit_id = r.unit_id) THEN r.voter_key = 'DEVELOPER'
                           WHEN EXISTS (SELECT 1 FROM ownership s WHERE s.unit_id = r.unit_id AND s.designated_voter)
                             THEN EXISTS (SELECT 1 FROM ownership s WHERE s.unit_id = r.unit_id AND s.designated_voter AND r.voter_key = 'owner:' || s.owner_id)
                           ELSE EXISTS (SELECT 1 FROM ownership s WHERE s.unit_id = r.unit_id AND r.voter_key = 'owner:' || s.owner_id)
                         END)
           OR EXISTS ((SELECT person_key, area FROM vote_roll_person WHERE vote_record_id = NEW.id)
                      EXCEPT (SELECT voter_key, sum(area) FROM vote_roll_unit WHERE vote_record_id = NEW.id GROUP BY voter_key))
           OR EXISTS ((SELECT voter_key, sum(area) FROM vote_roll_unit WHERE vote_record_id = NEW.id GROUP BY voter_key)
                      EXCEPT (SELECT person_key, area FROM vote_roll_person WHERE vote_record_id = NEW.id)) THEN
          RAISE EXCEPTION 'a vote''s roll is the estate''s live roll when the vote opens, and its totals are its persons'' (record %)', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'vote_record_is_the_live_roll';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER vote_record_is_the_live_roll AFTER INSERT ON vote_record DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION vote_record_is_the_live_roll()`);

    // ---- a red/black list
    await q.query(`
      CREATE FUNCTION red_black_list_born_published() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE last_day date;
      BEGIN
        ${OWNER_PASSES}
        last_day := (make_date(substr(NEW.quarter, 1, 4)::int, substr(NEW.quarter, 7, 1)::int * 3, 1) + interval '1 month' - interval '1 day')::date;
        IF last_day >= ${CHINA_TODAY} OR NEW.sha256 IS NULL THEN
          RAISE EXCEPTION 'a quarter''s red/black list is published, sealed, once the quarter is over: INSERT on red_black_list refused (%)', NEW.quarter
            USING ERRCODE = 'check_violation', CONSTRAINT = 'red_black_list_born_published';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER red_black_list_born_published BEFORE INSERT ON red_black_list FOR EACH ROW EXECUTE FUNCTION red_black_list_born_published()`);
    // at commit: the quarter's reviewed assessments were published with it (some in this transaction, none left
    // reviewed), each entry is its project's published assessment as scored, and no black place outscores a red one
    await q.query(`
      CREATE FUNCTION red_black_list_is_its_assessments() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF written_by_table_owner(TG_RELID) THEN RETURN NULL; END IF;
        IF EXISTS (SELECT 1 FROM assessment WHERE quarter = NEW.quarter AND state = 'REVIEWED')
           OR NOT EXISTS (SELECT 1 FROM assessment WHERE quarter = NEW.quarter AND state = 'PUBLISHED' AND xmin = pg_current_xact_id()::xid)
           OR EXISTS (SELECT 1 FROM red_black_entry e
                       WHERE e.list_id = NEW.id
                         AND NOT EXISTS (SELECT 1 FROM assessment a
                                          WHERE a.quarter = NEW.quarter AND a.project_id = e.project_id AND a.state = 'PUBLISHED'
                                            AND a.total = e.total AND a.category = e.category AND a.firm_id = e.firm_id))
           OR EXISTS (SELECT 1 FROM red_black_entry r JOIN red_black_entry b ON b.list_id = r.list_id AND b.category = r.category
                       WHERE r.list_id = NEW.id AND r.place = 'RED' AND b.place = 'BLACK' AND b.total >= r.total) THEN
          RAISE EXCEPTION 'a red/black list is the quarter''s published assessments, ranked: % refused', NEW.quarter
            USING ERRCODE = 'check_violation', CONSTRAINT = 'red_black_list_is_its_assessments';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER red_black_list_is_its_assessments AFTER INSERT ON red_black_list DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION red_black_list_is_its_assessments()`);

    // ---- a book's quarter
    await q.query(`
      CREATE FUNCTION account_period_born_open() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF NEW.status <> 'OPEN' OR num_nonnulls(NEW.closed_by_id, NEW.closed_by_member_id, NEW.closed_at, NEW.countersigned_by_id,
                                                NEW.countersigned_at, NEW.published_at, NEW.returned_at, NEW.returned_by_id, NEW.return_reason) > 0
           OR make_date(NEW.year, NEW.quarter * 3 - 2, 1) > ${CHINA_TODAY} THEN
          RAISE EXCEPTION 'a book''s quarter is opened by its first entry, undecided and not ahead of today: INSERT on account_period refused (% Q%)', NEW.year, NEW.quarter
            USING ERRCODE = 'check_violation', CONSTRAINT = 'account_period_born_open';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER account_period_born_open BEFORE INSERT ON account_period FOR EACH ROW EXECUTE FUNCTION account_period_born_open()`);

    // ---- what a confirmation fixed, and what places a fund, a book, a committee
    await q.query(`
      CREATE FUNCTION row_kept_from_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        RAISE EXCEPTION '%: % on % refused', TG_ARGV[0], TG_OP, TG_TABLE_NAME USING ERRCODE = 'check_violation';
      END $$`);
    await q.query(`CREATE TRIGGER repair_fund_terms_kept BEFORE UPDATE OR DELETE ON repair_fund_terms FOR EACH ROW EXECUTE FUNCTION row_kept_from_insert('confirmed terms are never rewritten: new terms are proposed and confirmed')`);
    await q.query(`CREATE TRIGGER repair_fund_terms_not_truncated BEFORE TRUNCATE ON repair_fund_terms FOR EACH STATEMENT EXECUTE FUNCTION record_kept('confirmed terms are kept')`);
    await q.query(`
      CREATE FUNCTION columns_kept_from_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE col text;
      BEGIN
        ${OWNER_PASSES}
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION '%: DELETE on % refused', TG_ARGV[0], TG_TABLE_NAME USING ERRCODE = 'check_violation';
        END IF;
        FOREACH col IN ARRAY TG_ARGV[1:] LOOP
          IF to_jsonb(NEW) -> col IS DISTINCT FROM to_jsonb(OLD) -> col THEN
            RAISE EXCEPTION '%: % on % refused', TG_ARGV[0], col, TG_TABLE_NAME USING ERRCODE = 'check_violation';
          END IF;
        END LOOP;
        RETURN NEW;
      END $$`);
    for (const [table, why, columns] of PLACED) {
      const args = [why, ...columns].map((a) => `'${a}'`).join(', ');
      await q.query(`CREATE TRIGGER ${table}_placed_kept BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION columns_kept_from_insert(${args})`);
    }
    // a committee's term ends early only when its successor is certified: the day before the successor's term starts
    await q.query(`
      CREATE FUNCTION committee_term_ends_for_successor() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${OWNER_PASSES}
        IF NEW.term_end > OLD.term_end OR NOT EXISTS (SELECT 1 FROM committee s WHERE s.estate_id = NEW.estate_id AND s.term_number > NEW.term_number
                                                                               AND s.term_start = NEW.term_end + 1) THEN
          RAISE EXCEPTION 'a committee''s term ends early only the day before its successor''s starts: UPDATE on committee refused (%)', NEW.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$`);
    // at commit: certification ends the outgoing term before it inserts the successor
    await q.query(`
      CREATE CONSTRAINT TRIGGER committee_term_ends_for_successor AFTER UPDATE ON committee DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
      WHEN (NEW.term_end IS DISTINCT FROM OLD.term_end) EXECUTE FUNCTION committee_term_ends_for_successor()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER committee_term_ends_for_successor ON committee`);
    await q.query(`DROP FUNCTION committee_term_ends_for_successor()`);
    for (const [table] of [...PLACED].reverse()) await q.query(`DROP TRIGGER ${table}_placed_kept ON ${table}`);
    await q.query(`DROP FUNCTION columns_kept_from_insert()`);
    await q.query(`DROP TRIGGER repair_fund_terms_not_truncated ON repair_fund_terms`);
    await q.query(`DROP TRIGGER repair_fund_terms_kept ON repair_fund_terms`);
    await q.query(`DROP FUNCTION row_kept_from_insert()`);
    await q.query(`DROP TRIGGER account_period_born_open ON account_period`);
    await q.query(`DROP FUNCTION account_period_born_open()`);
    await q.query(`DROP TRIGGER red_black_list_is_its_assessments ON red_black_list`);
    await q.query(`DROP FUNCTION red_black_list_is_its_assessments()`);
    await q.query(`DROP TRIGGER red_black_list_born_published ON red_black_list`);
    await q.query(`DROP FUNCTION red_black_list_born_published()`);
    await q.query(`DROP TRIGGER vote_record_is_the_live_roll ON vote_record`);
    await q.query(`DROP FUNCTION vote_record_is_the_live_roll()`);
    await q.query(`DROP TRIGGER vote_record_born_opening ON vote_record`);
    await q.query(`DROP FUNCTION vote_record_born_opening()`);
  }
}
